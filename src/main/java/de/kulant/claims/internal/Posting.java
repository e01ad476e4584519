package de.kulant.claims.internal;

import de.kulant.claims.PostingSource;
import de.kulant.platform.money.Money;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One append-only ledger line. {@code amount} is signed: positive raises what the debtor owes in
 * {@code bucket}, negative lowers it. Postings of one business event share an {@code entryId}; {@code source} says
 * what it comes from (the intake, a notice, a payment, a credit note).
 */
public record Posting(UUID id, UUID entryId, PostingKind kind, Bucket bucket, Money amount, LocalDate bookingDate,
                      LocalDate periodFrom, LocalDate periodTo, String reference, String note, PostingSource source) {
}
