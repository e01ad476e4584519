package de.kulant.payments;

import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code kulant.payments.*}.
 *
 * @param autoBookThreshold matches at or above this confidence (0 to 1) are booked without a person
 * @param maxFileSize the largest statement file accepted
 * @param chunkSize how many entries are deduplicated, matched and booked together
 * @param importFolder a folder watched for statement files (relative paths under the data directory);
 *                     imported files move to {@code done/}, refused ones to {@code failed/} with the reason beside them
 * @param importFolderEnabled whether the folder is watched
 * @param importFolderInterval how often the folder is looked at
 * @param accountHolder the holder's name on refund transfers from the agency's own account (a creditor's account
 *                      pays in the creditor's name)
 */
@ConfigurationProperties("kulant.payments")
public record PaymentsProperties(@DefaultValue("0.9") BigDecimal autoBookThreshold,
                                 @DefaultValue("256MB") DataSize maxFileSize,
                                 @DefaultValue("1000") int chunkSize,
                                 @DefaultValue("bank-import") String importFolder,
                                 @DefaultValue("true") boolean importFolderEnabled,
                                 @DefaultValue("30s") Duration importFolderInterval,
                                 @DefaultValue("Kulant Forderungsmanagement") String accountHolder) {
}
