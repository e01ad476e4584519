package de.kulant.collection;

/** Why a case was closed. PAID is also set by itself when every claim of the case is paid. */
public enum CloseReason {
    PAID, SETTLED, WITHDRAWN, UNCOLLECTIBLE, WRITTEN_OFF, INSOLVENCY, DECEASED
}
