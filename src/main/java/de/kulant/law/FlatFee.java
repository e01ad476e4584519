package de.kulant.law;

import de.kulant.platform.money.Money;
import java.util.Optional;

/**
 * The flat fee of §288 Abs. 5 BGB: 40 EUR per claim when a debtor who is not a consumer is in default. It
 * compensates the creditor's costs of pursuit, its own dunning fees included, so the two are never both
 * charged: the larger one is (legal-reference.md §7).
 */
public final class FlatFee {

    public static final Money B2B_FLAT_FEE = Money.eur("40.00");
    public static final String BASIS = "§288 Abs. 5 BGB";

    private FlatFee() {
    }

    public static Optional<Money> forClaim(DebtorKind kind, boolean inDefault) {
        return kind == DebtorKind.BUSINESS && inDefault ? Optional.of(B2B_FLAT_FEE) : Optional.empty();
    }

    /**
     * What to charge now: the flat fee less the dunning fees already charged on the claim, so that fees and flat
     * fee together are the larger of the two; nothing when it was charged before or does not apply.
     */
    public static Money dueNow(DebtorKind kind, boolean inDefault, boolean chargedBefore, Money dunningFeesCharged) {
        if (chargedBefore) {
            return Money.zeroEur();
        }
        return forClaim(kind, inDefault).map(fee -> fee.minus(dunningFeesCharged.min(fee))).orElse(Money.zeroEur());
    }
}
