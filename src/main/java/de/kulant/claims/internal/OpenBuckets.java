package de.kulant.claims.internal;

import de.kulant.law.OpenItems;
import de.kulant.platform.money.Money;

/** The cached balance per bucket: always the sum of the claim's postings in that bucket. */
public record OpenBuckets(Money principal, Money interest, Money fees, Money costs) {

    public static OpenBuckets zero() {
        Money zero = Money.zeroEur();
        return new OpenBuckets(zero, zero, zero, zero);
    }

    public OpenBuckets plus(Bucket bucket, Money amount) {
        return switch (bucket) {
            case PRINCIPAL -> new OpenBuckets(principal.plus(amount), interest, fees, costs);
            case INTEREST -> new OpenBuckets(principal, interest.plus(amount), fees, costs);
            case FEES -> new OpenBuckets(principal, interest, fees.plus(amount), costs);
            case COSTS -> new OpenBuckets(principal, interest, fees, costs.plus(amount));
        };
    }

    /** Bucket by bucket the sum of both. */
    public OpenBuckets plusAll(OpenBuckets other) {
        return new OpenBuckets(principal.plus(other.principal), interest.plus(other.interest), fees.plus(other.fees),
                costs.plus(other.costs));
    }

    public Money total() {
        return principal.plus(interest).plus(fees).plus(costs);
    }

    public OpenItems asOpenItems() {
        return new OpenItems(costs, fees, interest, principal);
    }
}
