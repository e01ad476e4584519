package de.kulant.claims;

import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.time.LocalDate;

/**
 * A claim as payment matching compares it with a bank payment.
 *
 * @param outstanding what is open by the ledger (without interest accrued since the last posting)
 */
public record MatchCandidate(ClaimId id, CreditorId creditor, DebtorId debtor, String invoiceNumber,
                             long referenceNumber, ClaimStatus status, Money amount, Money outstanding,
                             LocalDate dueDate, String debtorName, String nameKey) {

    public boolean open() {
        return !status.isClosed();
    }
}
