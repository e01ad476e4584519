package de.kulant.law;

import de.kulant.platform.money.Money;
import java.util.List;

/**
 * Default interest over a span, with the periods it was computed from. {@code provisional} when a
 * period used a base rate not yet published.
 */
public record InterestResult(Money amount, List<InterestPeriod> periods, boolean provisional) {

    public static final String DAY_COUNT = "act/365";
}
