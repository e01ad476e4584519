package de.kulant.dunning;

/** Why a dunning run left a claim as it was. */
public enum SkipReason {
    /** A hold is in force. */
    ON_HOLD,
    /** Its next level is not due yet (days after due, payment term or minimum days between notices). */
    NOT_DUE_YET,
    /** Paid, cancelled or handed over meanwhile. */
    CLOSED,
    /** Nothing is outstanding. */
    NOTHING_OUTSTANDING,
    /** The last level was sent and the policy has no handover day. */
    NO_HANDOVER,
    /** A payment, credit note or hold arrived while the run was working; the claim is looked at next time. */
    CHANGED_DURING_RUN
}
