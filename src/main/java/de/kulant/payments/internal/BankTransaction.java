package de.kulant.payments.internal;

import java.math.BigDecimal;

/**
 * One transaction inside a bank entry (camt {@code TxDtls}, or the whole MT940 {@code :61:}/{@code :86:} pair).
 *
 * @param amount the transaction's own amount; the entry's when the bank gives none
 * @param counterpartyName who paid (credits) or who was paid (debits), as the bank reports it
 * @param remittance the unstructured remittance lines joined by a space
 * @param creditorReference a structured creditor reference (e.g. an RF reference) when the payer gave one
 * @param returnReason the ISO reason code of a returned payment (e.g. {@code MD06}), when it is a return
 */
public record BankTransaction(BigDecimal amount, String endToEndId, String transactionId, String bankReference,
                              String mandateId, String counterpartyName, String counterpartyIban, String remittance,
                              String creditorReference, String returnReason) {
}
