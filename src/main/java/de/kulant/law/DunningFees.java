package de.kulant.law;

import de.kulant.law.FeeDecision.FeeAllowed;
import de.kulant.law.FeeDecision.FeeReason;
import de.kulant.law.FeeDecision.FeeRefused;
import de.kulant.platform.money.Money;

/**
 * The creditor's own dunning fee: only real material costs of a notice sent to a debtor already in
 * default are recoverable (§§280, 286 BGB); the notice that causes default is free. Courts accept about
 * 1.00 to 2.50 EUR per letter, so a configured fee is capped at {@link #maximum()}.
 */
public final class DunningFees {

    public static final Money DEFAULT_MAXIMUM = Money.eur("2.50");

    private final Money maximum;

    public DunningFees(Money maximum) {
        if (maximum.isNegative()) {
            throw new IllegalArgumentException("the maximum dunning fee must not be negative");
        }
        this.maximum = maximum;
    }

    public Money maximum() {
        return maximum;
    }

    /**
     * @param configuredFee the fee the creditor's policy sets for this level
     * @param inDefaultBeforeNotice whether the debtor was in default before this notice was sent
     */
    public FeeDecision decide(Money configuredFee, boolean inDefaultBeforeNotice) {
        if (configuredFee.isNegative()) {
            throw new LawInputException("fee", "must not be negative");
        }
        if (configuredFee.isZero()) {
            return new FeeRefused(FeeReason.NO_FEE_CONFIGURED);
        }
        if (!inDefaultBeforeNotice) {
            return new FeeRefused(FeeReason.NOTICE_CREATES_DEFAULT);
        }
        if (configuredFee.isGreaterThan(maximum)) {
            return new FeeAllowed(maximum, FeeReason.CAPPED_AT_MAXIMUM);
        }
        return new FeeAllowed(configuredFee, FeeReason.DEBTOR_IN_DEFAULT);
    }
}
