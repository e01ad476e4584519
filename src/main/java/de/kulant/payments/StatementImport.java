package de.kulant.payments;

import de.kulant.platform.money.Money;
import java.util.List;

/**
 * The outcome of importing one statement file.
 *
 * @param entries every entry in the file (camt {@code Ntry}, MT940 {@code :61:})
 * @param credits entries credited to the account
 * @param matched credit payments booked to claims without a person
 * @param unmatched credit payments waiting in the manual queue
 * @param duplicates entries imported before, which booked nothing again
 * @param returns returned payments whose earlier booking was reversed
 * @param pending entries the bank has not booked yet (intraday reports); they count when booked
 * @param matchedAmount the sum of the matched payments
 * @param warnings statements whose own balances do not add up, and similar things a person should know
 */
public record StatementImport(StatementId id, BankFormat format, int entries, int credits, int matched, int unmatched,
                              int duplicates, int returns, int pending, Money matchedAmount, List<Reason> warnings) {
}
