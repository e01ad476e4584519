package de.kulant.claims.internal;

/** The separate balances of a claim (§367 BGB and §289 BGB need them apart). */
public enum Bucket {
    PRINCIPAL, INTEREST, FEES, COSTS
}
