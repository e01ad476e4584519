package de.kulant.claims;

/**
 * Where a claim stands in its life (domain.md, "Life of a claim"). RETURNED: the creditor declined the handover to
 * collection and pursues the claim itself; Kulant sends nothing more, but still books what the debtor pays.
 */
public enum ClaimStatus {
    OPEN, DUNNING, COLLECTION, PAID, CANCELLED, WRITTEN_OFF, RETURNED;

    /** Paid, cancelled or written off: nothing more is owed or booked on it. */
    public boolean isClosed() {
        return this == PAID || this == CANCELLED || this == WRITTEN_OFF;
    }
}
