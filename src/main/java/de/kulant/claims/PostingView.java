package de.kulant.claims;

import de.kulant.platform.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of a claim's ledger. Amounts are signed: positive raises what the debtor owes. {@code source} is what the
 * posting comes from (null for postings written before sources were recorded).
 */
public record PostingView(UUID id, UUID entryId, String kind, String bucket, Money amount, LocalDate bookingDate,
                          LocalDate periodFrom, LocalDate periodTo, String reference, String note, Instant createdAt,
                          String createdBy, PostingSource source) {
}
