package de.kulant.claims;

import de.kulant.platform.CreditorId;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A booked payment the bank took back (a returned direct debit, a chargeback): each share is reversed. */
public record ReturnedPayment(UUID paymentId, CreditorId creditor, List<ClaimShare> shares, LocalDate date,
                              String reason) {
}
