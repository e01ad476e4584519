package de.kulant.claims.internal;

/** What a ledger posting records. CLAIM, INTEREST, FEE and COST raise the debt; the others lower it. */
public enum PostingKind {
    CLAIM, INTEREST, FEE, COST, PAYMENT, CREDIT_NOTE, WRITE_OFF
}
