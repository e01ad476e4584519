package de.kulant.claims;

/** Where a claim stands in its life (domain.md, "Life of a claim"). */
public enum ClaimStatus {
    OPEN, DUNNING, COLLECTION, PAID, CANCELLED, WRITTEN_OFF;

    /** Paid, cancelled or written off: nothing more is owed or booked on it. */
    public boolean isClosed() {
        return this == PAID || this == CANCELLED || this == WRITTEN_OFF;
    }
}
