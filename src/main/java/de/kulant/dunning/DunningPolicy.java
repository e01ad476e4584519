package de.kulant.dunning;

import de.kulant.claims.DueClaim;
import de.kulant.platform.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A creditor's dunning policy: ordered levels, the handover day (null: no handover), the minimum days
 * between two notices, the tone, whether the 40 EUR flat fee of §288 Abs. 5 BGB is claimed from
 * businesses, and segments that vary the chain.
 */
public record DunningPolicy(List<PolicyLevel> levels, Integer handoverDaysAfterDue, int minimumDaysBetweenLevels,
                            Tone tone, boolean chargeBusinessFlatFee, List<Segment> segments) {

    public static final String STANDARD = "standard";

    /**
     * The default of domain.md: a friendly reminder five days after the due date, one dunning notice, a
     * final notice announcing the handover, and the handover six weeks after the due date.
     */
    public static DunningPolicy standard() {
        return new DunningPolicy(List.of(
                new PolicyLevel(1, "Zahlungserinnerung", 5, Money.eur("0.00"), Channel.EMAIL, 7, false),
                new PolicyLevel(2, "Mahnung", 19, Money.eur("1.20"), Channel.EMAIL_AND_LETTER, 10, false),
                new PolicyLevel(3, "Letzte Mahnung", 33, Money.eur("1.20"), Channel.EMAIL_AND_LETTER, 7, true)),
                42, 7, Tone.FRIENDLY, false, List.of());
    }

    /** The variant for a claim: the first segment whose conditions all hold, else the policy itself. */
    public PolicyVariant variantFor(DueClaim claim) {
        for (Segment segment : segments) {
            List<String> reasons = matches(segment.when(), claim);
            if (reasons != null) {
                return new PolicyVariant(segment.name(), segment.tone() == null ? tone : segment.tone(),
                        segment.levels() == null || segment.levels().isEmpty() ? levels : segment.levels(),
                        segment.handoverDaysAfterDue() == null ? handoverDaysAfterDue : segment.handoverDaysAfterDue(),
                        reasons);
            }
        }
        return new PolicyVariant(STANDARD, tone, levels, handoverDaysAfterDue,
                List.of(segments.isEmpty() ? "no segments defined" : "no segment matches"));
    }

    /** The reasons a claim matches, or null when it does not. */
    private static List<String> matches(SegmentCondition when, DueClaim claim) {
        List<String> reasons = new ArrayList<>();
        if (when.debtorKind() != null) {
            if (when.debtorKind() != claim.debtorKind()) {
                return null;
            }
            reasons.add("debtor is " + when.debtorKind().name().toLowerCase(Locale.ROOT));
        }
        Money amount = claim.amount();
        if (when.minAmount() != null) {
            if (amount.isLessThan(when.minAmount())) {
                return null;
            }
            reasons.add("amount " + amount.toPlainString() + " ≥ " + when.minAmount().toPlainString());
        }
        if (when.maxAmount() != null) {
            if (amount.isGreaterThan(when.maxAmount())) {
                return null;
            }
            reasons.add("amount " + amount.toPlainString() + " ≤ " + when.maxAmount().toPlainString());
        }
        if (when.history() != null) {
            boolean repeated = claim.debtorDunnedBefore();
            if ((when.history() == SegmentCondition.History.REPEATED) != repeated) {
                return null;
            }
            reasons.add(repeated ? "debtor was dunned before for an older claim" : "first late payment of this debtor");
        }
        if (when.customerTag() != null) {
            if (claim.customerTag() == null || !claim.customerTag().equalsIgnoreCase(when.customerTag())) {
                return null;
            }
            reasons.add("customer tag " + when.customerTag());
        }
        if (reasons.isEmpty()) {
            reasons.add("applies to every claim");
        }
        return reasons;
    }
}
