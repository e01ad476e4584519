package de.kulant.claims;

import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A credit balance that was paid back to the debtor out of a bank payment the bank then returned: the refund was
 * paid out of money that came back, and {@code amount} is to be recovered. It waits for a person until resolved.
 */
public record RefundToRecover(UUID id, CreditorId creditorId, ClaimId claimId, String invoiceNumber, DebtorId debtorId,
                              String debtorName, Money amount, LocalDate receivedOn, LocalDate returnedOn,
                              UUID paymentId) {
}
