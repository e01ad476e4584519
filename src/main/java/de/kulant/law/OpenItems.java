package de.kulant.law;

import de.kulant.platform.money.Money;

/** What is open on one claim, in the buckets §367 BGB distinguishes (fees are costs in its sense). */
public record OpenItems(Money costs, Money fees, Money interest, Money principal) {

    public OpenItems {
        for (Money bucket : new Money[] {costs, fees, interest, principal}) {
            if (bucket.isNegative()) {
                throw new LawInputException("open", "open amounts must not be negative");
            }
        }
    }

    public static OpenItems principalOnly(Money principal) {
        Money zero = principal.zero();
        return new OpenItems(zero, zero, zero, principal);
    }

    public Money total() {
        return costs.plus(fees).plus(interest).plus(principal);
    }

    public OpenItems minus(Allocation allocation) {
        return new OpenItems(costs.minus(allocation.costs()), fees.minus(allocation.fees()),
                interest.minus(allocation.interest()), principal.minus(allocation.principal()));
    }
}
