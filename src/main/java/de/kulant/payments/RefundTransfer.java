package de.kulant.payments;

import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A SEPA credit transfer file (pain.001) that pays refunds back from one account.
 *
 * @param creditorId whose account pays, or null for the agency's own account
 * @param messageId the file's id, as the bank shows it
 */
public record RefundTransfer(UUID id, CreditorId creditorId, String accountIban, String messageId, int items,
                             Money total, LocalDate executionDate, Instant createdAt, String createdBy) {
}
