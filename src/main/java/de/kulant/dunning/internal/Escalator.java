package de.kulant.dunning.internal;

import de.kulant.claims.ClaimStatus;
import de.kulant.claims.DueClaim;
import de.kulant.dunning.DunningPolicy;
import de.kulant.dunning.PolicyLevel;
import de.kulant.dunning.PolicyVariant;
import de.kulant.dunning.SkipReason;
import de.kulant.law.DefaultFacts;
import de.kulant.law.DefaultStart;
import de.kulant.law.Deadlines;
import de.kulant.law.DunningFees;
import de.kulant.law.FeeDecision;
import de.kulant.law.FlatFee;
import de.kulant.law.NoticeFeeFacts;
import de.kulant.law.PlaceOfPerformance;
import de.kulant.law.StartOfDefault;
import de.kulant.platform.money.Money;
import java.time.LocalDate;

/**
 * Decides, for one claim on the run date, whether its next level is due. Never skips a level: one step per
 * run. The next level is due when its days after the due date have passed, the last notice's payment term
 * has run out, and the minimum days between notices have passed; the handover likewise after the last level.
 */
public final class Escalator {

    private final StartOfDefault startOfDefault;
    private final Deadlines deadlines;
    private final DunningFees fees;

    public Escalator(StartOfDefault startOfDefault, Deadlines deadlines, DunningFees fees) {
        this.startOfDefault = startOfDefault;
        this.deadlines = deadlines;
        this.fees = fees;
    }

    public Decision decide(DueClaim claim, DunningPolicy policy, PolicyVariant variant, LastNotice last, LocalDate asOf) {
        if (claim.status() != ClaimStatus.OPEN && claim.status() != ClaimStatus.DUNNING) {
            return new Decision.Skip(SkipReason.CLOSED);
        }
        if (claim.onHold()) {
            return new Decision.Skip(SkipReason.ON_HOLD);
        }
        if (!claim.balance().outstanding().isPositive()) {
            return new Decision.Skip(SkipReason.NOTHING_OUTSTANDING);
        }
        LocalDate earliest = last == null ? null
                : later(last.issuedOn().plusDays(policy.minimumDaysBetweenLevels()), last.payBy().plusDays(1));
        int current = claim.dunningLevel();
        if (current >= variant.lastLevel()) {
            if (variant.handoverDaysAfterDue() == null) {
                return new Decision.Wait(SkipReason.NO_HANDOVER, null);
            }
            LocalDate handOverOn = later(claim.dueDate().plusDays(variant.handoverDaysAfterDue()),
                    last == null ? null : last.payBy().plusDays(1));
            return asOf.isBefore(handOverOn) ? new Decision.Wait(SkipReason.NOT_DUE_YET, handOverOn) : new Decision.HandOver();
        }
        PolicyLevel next = variant.level(current + 1);
        LocalDate dueOn = later(claim.dueDate().plusDays(next.daysAfterDue()), earliest);
        if (asOf.isBefore(dueOn)) {
            return new Decision.Wait(SkipReason.NOT_DUE_YET, dueOn);
        }
        PlaceOfPerformance place = PlaceOfPerformance.ofAddress(claim.country(), claim.postalCode());
        LocalDate payBy = deadlines.nextWorkingDay(asOf.plusDays(next.paymentTermDays()), place);
        boolean inDefault = claim.defaultSince() != null && !claim.defaultSince().isAfter(asOf);
        boolean flatFeeBefore = last != null && last.flatFeeCharged();
        Money flatFee = policy.chargeBusinessFlatFee()
                ? FlatFee.dueNow(claim.debtorKind(), inDefault, flatFeeBefore, last == null ? Money.zeroEur() : last.feesCharged())
                : Money.zeroEur();
        // a debtor without an e-mail address gets the notice as a letter
        boolean byPost = next.channel().includesLetter() || !claim.reachableByEmail();
        FeeDecision fee = fees.decide(new NoticeFeeFacts(next.fee(), inDefault, byPost,
                flatFeeBefore || flatFee.isPositive()));
        DefaultStart defaultStart = null;
        if (claim.defaultSince() == null || claim.defaultSince().isAfter(asOf)) {
            // §286: default begins on the earliest date any rule gives; this notice may bring it forward
            DefaultStart candidate = startOfDefault.determine(DefaultFacts.of(claim.debtorKind(), claim.invoiceDate(),
                            claim.dueDate(), place)
                    .withCalendarDueDateAgreed(claim.calendarDueDateAgreed())
                    .withConsumerNoticeGiven(claim.consumerNoticeGiven())
                    .withNotice(asOf, payBy)).orElse(null);
            if (candidate != null && (claim.defaultSince() == null || candidate.since().isBefore(claim.defaultSince()))) {
                defaultStart = candidate;
            }
        }
        return new Decision.Escalate(next, payBy, fee, flatFee, defaultStart,
                nextOn(claim, policy, variant, current + 1, asOf, payBy));
    }

    /** After issuing level {@code level} today: the day the run looks at the claim again, or null for never. */
    static LocalDate nextOn(DueClaim claim, DunningPolicy policy, PolicyVariant variant, int level, LocalDate asOf,
                            LocalDate payBy) {
        LocalDate afterTerm = payBy.plusDays(1);
        if (level < variant.lastLevel()) {
            return later(later(claim.dueDate().plusDays(variant.level(level + 1).daysAfterDue()),
                    asOf.plusDays(policy.minimumDaysBetweenLevels())), afterTerm);
        }
        return variant.handoverDaysAfterDue() == null ? null
                : later(claim.dueDate().plusDays(variant.handoverDaysAfterDue()), afterTerm);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b == null || a.isAfter(b) ? a : b;
    }
}
