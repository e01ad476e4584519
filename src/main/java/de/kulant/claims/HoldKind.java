package de.kulant.claims;

/** Why dunning stops for a claim (Mahnsperre). */
public enum HoldKind {
    MANUAL, DISPUTE, INSOLVENCY, DECEASED, DO_NOT_CONTACT
}
