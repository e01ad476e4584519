package de.kulant.law;

import de.kulant.platform.money.Money;

/** A payment allocated within one claim, and what was left over. */
public record ClaimAllocation(Allocation allocation, Money remainder) {
}
