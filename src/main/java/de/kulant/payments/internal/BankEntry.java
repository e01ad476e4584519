package de.kulant.payments.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One booking on the account as the statement lists it (camt {@code Ntry}, MT940 {@code :61:}).
 *
 * @param position where the entry starts in the file ("line 12" or "line 12, column 5"), for error messages
 * @param credit whether money came in; a reversal of a credit ({@code RvslInd}, MT940 {@code RC}) is not a credit
 * @param reversal whether the bank cancels an earlier booking with this entry
 * @param returned whether the entry returns an earlier payment (return information or a return transaction code)
 * @param booked false for pending or informational entries, which move no money yet
 */
public record BankEntry(String position, String statementId, String accountIban, String currency, BigDecimal amount,
                        boolean credit, boolean reversal, boolean returned, boolean booked, LocalDate bookingDate,
                        LocalDate valueDate, String entryReference, String bankCode, List<BankTransaction> transactions) {

    /** Signed as the account sees it: credits positive, debits negative. */
    public BigDecimal signedAmount() {
        return credit ? amount : amount.negate();
    }
}
