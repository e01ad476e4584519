package de.kulant.claims.internal;

import de.kulant.platform.money.Money;
import java.time.LocalDate;

/** What the claim's latest notice asked for: its amount on its date, its pay-by date, and what was paid before it. */
public record Demand(Money amount, LocalDate on, LocalDate payBy, Money paidBefore) {

    /** What the notice still asks for after {@code paidTotal} was paid in all; null once its pay-by date has passed. */
    Money stillAsked(LocalDate bookingDate, Money paidTotal) {
        if (bookingDate.isAfter(payBy)) {
            return null;
        }
        return amount.minus(paidTotal.minus(paidBefore));
    }
}
