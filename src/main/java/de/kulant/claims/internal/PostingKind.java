package de.kulant.claims.internal;

/**
 * What a ledger posting records. CLAIM, INTEREST, FEE and COST raise the debt, and so does PAYMENT_RETURNED,
 * which takes back a payment the bank returned; the others lower it. WAIVER lets go a small residual the creditor
 * does not chase (interest grown after a notice the debtor paid as asked, a shortfall within its tolerance).
 */
public enum PostingKind {
    CLAIM, INTEREST, FEE, COST, PAYMENT, PAYMENT_RETURNED, CREDIT_NOTE, WRITE_OFF, WAIVER, SETTLEMENT_DISCOUNT
}
