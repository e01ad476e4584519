package de.kulant.law;

import de.kulant.law.FeeDecision.FeeAllowed;
import de.kulant.law.FeeDecision.FeeReason;
import de.kulant.law.FeeDecision.FeeRefused;
import de.kulant.platform.money.Money;

/**
 * The creditor's own dunning fee: only real material costs (paper, print, postage) of a notice sent to a
 * debtor already in default are recoverable (§§280, 286 BGB; BGH VIII ZR 95/18); the notice that causes
 * default is free, an e-mail costs no material, one letter costs its postage once however many claims it
 * lists, and against a business the 40 EUR of §288 Abs. 5 BGB already cover the dunning costs. A configured
 * fee is capped at {@link #maximum()} (decision 006).
 */
public final class DunningFees {

    public static final Money DEFAULT_MAXIMUM = Money.eur("1.20");

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

    /** A letter's fee by the rules above, before deciding which claim of a combined letter carries it. */
    public FeeDecision decide(NoticeFeeFacts facts) {
        Money configuredFee = facts.configuredFee();
        if (configuredFee.isNegative()) {
            throw new LawInputException("fee", "must not be negative");
        }
        if (configuredFee.isZero()) {
            return new FeeRefused(FeeReason.NO_FEE_CONFIGURED);
        }
        if (!facts.inDefaultBeforeNotice()) {
            return new FeeRefused(FeeReason.NOTICE_CREATES_DEFAULT);
        }
        if (!facts.byPost()) {
            return new FeeRefused(FeeReason.SENT_BY_EMAIL_ONLY);
        }
        if (facts.businessFlatFeeCharged()) {
            return new FeeRefused(FeeReason.COVERED_BY_FLAT_FEE);
        }
        if (configuredFee.isGreaterThan(maximum)) {
            return new FeeAllowed(maximum, FeeReason.CAPPED_AT_MAXIMUM);
        }
        return new FeeAllowed(configuredFee, FeeReason.DEBTOR_IN_DEFAULT);
    }

    /** The same for a letter to a consumer. */
    public FeeDecision decide(Money configuredFee, boolean inDefaultBeforeNotice) {
        return decide(NoticeFeeFacts.letter(configuredFee, inDefaultBeforeNotice));
    }
}
