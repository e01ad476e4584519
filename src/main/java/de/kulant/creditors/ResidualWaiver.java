package de.kulant.creditors;

import de.kulant.platform.money.Money;

/**
 * What a creditor lets go when a debtor pays what a notice asked for by its pay-by date: the interest accrued
 * since the notice, up to {@code maximum} per claim, and a principal short of at most {@code principalTolerance}
 * (decision 013).
 */
public record ResidualWaiver(boolean enabled, Money maximum, Money principalTolerance) {

    /** The largest waiver maximum and tolerance a creditor may set. */
    public static final Money LIMIT = Money.eur("50.00");

    public static ResidualWaiver standard() {
        return new ResidualWaiver(true, Money.eur("5.00"), Money.zeroEur());
    }
}
