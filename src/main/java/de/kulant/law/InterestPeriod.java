package de.kulant.law;

import de.kulant.platform.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * One stretch of constant principal and rate, both ends inclusive. The amount stays unrounded
 * (exact as {@code numerator / 365,000,000} euros); only the sum of all periods is rounded.
 */
public record InterestPeriod(LocalDate from, LocalDate to, int days, Money principal, BigDecimal ratePercent,
                             long numerator, boolean provisional) {

    /** The exact amount in euros, to six decimals for display. */
    public BigDecimal amount() {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(DefaultInterest.DENOMINATOR_EUROS), 6,
                RoundingMode.HALF_UP);
    }
}
