package de.kulant.law;

import de.kulant.platform.money.Money;

/** How much of a payment went to each bucket of one claim. */
public record Allocation(Money costs, Money fees, Money interest, Money principal) {

    public static Allocation none(Money zero) {
        return new Allocation(zero, zero, zero, zero);
    }

    public Money total() {
        return costs.plus(fees).plus(interest).plus(principal);
    }
}
