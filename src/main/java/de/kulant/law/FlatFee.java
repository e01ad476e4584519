package de.kulant.law;

import de.kulant.platform.money.Money;
import java.util.Optional;

/** The flat fee of §288 Abs. 5 BGB: 40 EUR per claim when a debtor who is not a consumer is in default. */
public final class FlatFee {

    public static final Money B2B_FLAT_FEE = Money.eur("40.00");
    public static final String BASIS = "§288 Abs. 5 BGB";

    private FlatFee() {
    }

    public static Optional<Money> forClaim(DebtorKind kind, boolean inDefault) {
        return kind == DebtorKind.BUSINESS && inDefault ? Optional.of(B2B_FLAT_FEE) : Optional.empty();
    }
}
