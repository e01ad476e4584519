package de.kulant.payments.internal;

import java.math.BigDecimal;

/**
 * What one statement (camt {@code Stmt}/{@code Rpt}/{@code Ntfctn}, MT940 {@code :20:} block) says about itself
 * next to what was counted in it, so that a reader can check the file's own control sums.
 *
 * @param declaredEntries the number of entries the bank declares ({@code TxsSummry/TtlNtries/NbOfNtries}), or null
 * @param declaredNet the net sum of entries the bank declares (credits minus debits), or null
 * @param opening the opening balance, signed, or null when the statement has none
 * @param closing the closing balance, signed, or null when the statement has none
 * @param countedNet the signed sum of the booked entries counted
 */
public record StatementTotals(String statementId, String accountIban, Integer declaredEntries, BigDecimal declaredNet,
                              BigDecimal opening, BigDecimal closing, int countedEntries, BigDecimal countedNet) {
}
