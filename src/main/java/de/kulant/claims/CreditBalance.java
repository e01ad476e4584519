package de.kulant.claims;

import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.time.LocalDate;
import java.util.UUID;

/** Money a debtor paid beyond what a claim owed, listed for refund. {@code paymentId} is the bank payment, if any. */
public record CreditBalance(UUID id, CreditorId creditorId, ClaimId claimId, String invoiceNumber, DebtorId debtorId,
                            String debtorName, Money amount, LocalDate bookingDate, String reference, UUID paymentId) {
}
