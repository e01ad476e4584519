package de.kulant.claims;

import de.kulant.platform.money.Money;
import java.time.LocalDate;

/** How many claims stand at one status, dunning level and due date, with their amounts, open sums and payments. */
public record StandingFigure(ClaimStatus status, int dunningLevel, LocalDate dueDate, long claims, Money amount,
                             Money outstanding, Money paid) {
}
