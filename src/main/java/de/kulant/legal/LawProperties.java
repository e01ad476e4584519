package de.kulant.legal;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kulant.law.*}.
 *
 * @param deliveryDays days after its date on which a letter counts as received (§286 BGB)
 * @param maximumDunningFee cap for a creditor's own dunning fee per letter: postage and material (decision 006)
 */
@ConfigurationProperties("kulant.law")
public record LawProperties(@DefaultValue("4") int deliveryDays, @DefaultValue("1.20") BigDecimal maximumDunningFee) {
}
