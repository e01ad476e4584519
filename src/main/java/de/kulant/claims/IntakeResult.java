package de.kulant.claims;

/** What a batch or file import did: how many claims are new, how many were there already unchanged. */
public record IntakeResult(int created, int unchanged) {
}
