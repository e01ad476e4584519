package de.kulant.claims;

import de.kulant.law.Allocation;

/** The part of a payment that went to one claim, and the claim's status afterwards. */
public record ClaimShare(ClaimId claim, Allocation allocation, ClaimStatus statusAfter) {
}
