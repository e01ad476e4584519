package de.kulant.claims;

import de.kulant.platform.money.Money;
import java.time.LocalDate;

/**
 * What a claim stands at on {@code asOf}: open principal, interest (posted and accrued, unpaid), fees and
 * costs, what was paid, and the total outstanding. {@code interestProvisional} when accrued interest used a
 * base rate not yet published.
 */
public record Balance(Money principal, Money interest, Money fees, Money costs, Money paid, Money outstanding,
                      LocalDate asOf, boolean interestProvisional) {
}
