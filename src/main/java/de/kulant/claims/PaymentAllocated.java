package de.kulant.claims;

import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.time.LocalDate;

/** A payment was booked on a claim: what went to costs, fees, interest and principal, and what was too much. */
public record PaymentAllocated(ClaimId claimId, CreditorId creditorId, LocalDate bookingDate, Money costs, Money fees,
                               Money interest, Money principal, Money overpayment, ClaimStatus statusAfter) {
}
