package de.kulant.dunning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.claims.Balance;
import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimStatus;
import de.kulant.claims.DebtorId;
import de.kulant.claims.DueClaim;
import de.kulant.dunning.DunningPolicy;
import de.kulant.dunning.SkipReason;
import de.kulant.law.DebtorKind;
import de.kulant.law.Deadlines;
import de.kulant.law.DefaultRule;
import de.kulant.law.DefaultStart;
import de.kulant.law.DunningFees;
import de.kulant.law.FeeDecision;
import de.kulant.law.StartOfDefault;
import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The standard chain, day by day, for a consumer claim due on Monday 2026-03-02 in Hannover. */
class EscalatorTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 2);
    private final Escalator escalator = new Escalator(new StartOfDefault(Deadlines.germany(), 4), Deadlines.germany(),
            new DunningFees(DunningFees.DEFAULT_MAXIMUM));
    private final DunningPolicy policy = DunningPolicy.standard();

    @Test
    void walksAClaimThroughEveryLevelAndHandsItOverOnTheDayThePolicySays() {
        DueClaim claim = aClaim(0, null, false);

        assertThat(decide(claim, null, "2026-03-06")).isEqualTo(new Decision.Wait(SkipReason.NOT_DUE_YET, date("2026-03-07")));

        // level 1 five days after due: pay by Saturday 03-14 → Monday 03-16; free, it puts the debtor into default
        Decision.Escalate reminder = (Decision.Escalate) decide(claim, null, "2026-03-07");
        assertThat(reminder.level().level()).isEqualTo(1);
        assertThat(reminder.payBy()).isEqualTo(date("2026-03-16"));
        assertThat(reminder.fee()).isEqualTo(new FeeDecision.FeeRefused(FeeDecision.FeeReason.NO_FEE_CONFIGURED));
        assertThat(reminder.defaultStart()).isEqualTo(new DefaultStart(date("2026-03-17"), DefaultRule.DUNNING_NOTICE));
        assertThat(reminder.nextOn()).isEqualTo(date("2026-03-21"));

        DueClaim afterReminder = aClaim(1, date("2026-03-17"), false);
        LastNotice first = new LastNotice(1, date("2026-03-07"), date("2026-03-16"), false, Money.zeroEur());
        assertThat(decide(afterReminder, first, "2026-03-20")).isInstanceOf(Decision.Wait.class);

        // level 2 on day 19, e-mail and letter: the debtor is in default now, so the fee of 1.20 is allowed
        Decision.Escalate notice = (Decision.Escalate) decide(afterReminder, first, "2026-03-21");
        assertThat(notice.level().level()).isEqualTo(2);
        assertThat(notice.payBy()).isEqualTo(date("2026-03-31"));
        assertThat(notice.fee()).isEqualTo(new FeeDecision.FeeAllowed(Money.eur("1.20"), FeeDecision.FeeReason.DEBTOR_IN_DEFAULT));
        assertThat(notice.defaultStart()).isNull();
        assertThat(notice.nextOn()).isEqualTo(date("2026-04-04"));

        // level 3 on day 33 announces the handover; pay by Saturday 04-11 → Monday 04-13
        DueClaim afterNotice = aClaim(2, date("2026-03-17"), false);
        LastNotice second = new LastNotice(2, date("2026-03-21"), date("2026-03-31"), false, Money.zeroEur());
        Decision.Escalate last = (Decision.Escalate) decide(afterNotice, second, "2026-04-04");
        assertThat(last.level().level()).isEqualTo(3);
        assertThat(last.level().announcesHandover()).isTrue();
        assertThat(last.payBy()).isEqualTo(date("2026-04-13"));
        assertThat(last.nextOn()).isEqualTo(date("2026-04-14"));

        // handover six weeks after due, but not before the final notice's term has run out
        DueClaim afterLast = aClaim(3, date("2026-03-17"), false);
        LastNotice third = new LastNotice(3, date("2026-04-04"), date("2026-04-13"), false, Money.zeroEur());
        assertThat(decide(afterLast, third, "2026-04-13")).isEqualTo(new Decision.Wait(SkipReason.NOT_DUE_YET, date("2026-04-14")));
        assertThat(decide(afterLast, third, "2026-04-14")).isInstanceOf(Decision.HandOver.class);
    }

    @Test
    void neverSkipsALevelWhenAClaimArrivesLate() {
        // imported 60 days after its due date: still the reminder first
        Decision.Escalate first = (Decision.Escalate) decide(aClaim(0, null, false), null, "2026-05-01");

        assertThat(first.level().level()).isEqualTo(1);
        // the next level waits for the payment term and the minimum of seven days
        assertThat(first.nextOn()).isEqualTo(date("2026-05-09"));
    }

    @Test
    void waitsForThePaymentTermOfTheLastNoticeEvenWhenTheDaysHavePassed() {
        LastNotice first = new LastNotice(1, date("2026-05-01"), date("2026-05-08"), false, Money.zeroEur());

        assertThat(decide(aClaim(1, date("2026-05-09"), false), first, "2026-05-08"))
                .isEqualTo(new Decision.Wait(SkipReason.NOT_DUE_YET, date("2026-05-09")));
    }

    @Test
    void aHoldStopsEscalation() {
        assertThat(decide(aClaim(1, null, true), null, "2026-04-01")).isEqualTo(new Decision.Skip(SkipReason.ON_HOLD));
    }

    @Test
    void aBusinessInDefaultPaysTheFlatFeeOnceWhenThePolicyClaimsIt() {
        DunningPolicy withFlatFee = new DunningPolicy(policy.levels(), policy.handoverDaysAfterDue(),
                policy.minimumDaysBetweenLevels(), policy.tone(), true, policy.segments());
        DueClaim business = new DueClaim(new ClaimId(UUID.randomUUID()), new CreditorId(UUID.randomUUID()),
                new DebtorId(UUID.randomUUID()), DebtorKind.BUSINESS, "30159", "DE", null, "R-1", date("2026-02-16"),
                DUE, Money.eur("500.00"), false, false, ClaimStatus.DUNNING, 1, date("2026-03-05"),
                DefaultRule.THIRTY_DAYS, 100_001, 1, balance("500.00"), false, false, true);
        LastNotice first = new LastNotice(1, date("2026-03-07"), date("2026-03-16"), false, Money.zeroEur());

        Decision.Escalate escalate = (Decision.Escalate) escalator.decide(business, withFlatFee,
                withFlatFee.variantFor(business), first, date("2026-03-21"));
        assertThat(escalate.flatFee()).isEqualTo(Money.eur("40.00"));
        // §288 Abs. 5: the 40 EUR cover the dunning costs, so the letter's own fee is not charged on top
        assertThat(escalate.fee()).isEqualTo(new FeeDecision.FeeRefused(FeeDecision.FeeReason.COVERED_BY_FLAT_FEE));

        LastNotice charged = new LastNotice(2, date("2026-03-21"), date("2026-03-31"), true, Money.zeroEur());
        DueClaim later = new DueClaim(business.id(), business.creditorId(), business.debtorId(), DebtorKind.BUSINESS,
                "30159", "DE", null, "R-1", date("2026-02-16"), DUE, Money.eur("500.00"), false, false,
                ClaimStatus.DUNNING, 2, date("2026-03-05"), DefaultRule.THIRTY_DAYS, 100_001, 2, balance("541.50"),
                false, false, true);
        Decision.Escalate third = (Decision.Escalate) escalator.decide(later, withFlatFee, withFlatFee.variantFor(later),
                charged, date("2026-04-04"));
        assertThat(third.flatFee()).isEqualTo(Money.eur("0.00"));
        assertThat(third.fee()).isEqualTo(new FeeDecision.FeeRefused(FeeDecision.FeeReason.COVERED_BY_FLAT_FEE));
    }

    @Test
    void theFlatFeeTopsUpDunningFeesChargedBeforeToFortyEuros() {
        DunningPolicy withFlatFee = new DunningPolicy(policy.levels(), policy.handoverDaysAfterDue(),
                policy.minimumDaysBetweenLevels(), policy.tone(), true, policy.segments());
        DueClaim business = businessClaim(2, date("2026-03-05"), date("2026-03-05"), true);
        LastNotice feeCharged = new LastNotice(2, date("2026-03-21"), date("2026-03-31"), false, Money.eur("1.20"));

        Decision.Escalate escalate = (Decision.Escalate) escalator.decide(business, withFlatFee,
                withFlatFee.variantFor(business), feeCharged, date("2026-04-04"));

        assertThat(escalate.flatFee()).isEqualTo(Money.eur("38.80"));
        assertThat(escalate.fee()).isEqualTo(new FeeDecision.FeeRefused(FeeDecision.FeeReason.COVERED_BY_FLAT_FEE));
    }

    @Test
    void aNoticeThatGoesOutOnlyByEmailCarriesNoFee() {
        DunningPolicy emailOnly = new DunningPolicy(policy.levels().stream()
                .map(l -> new de.kulant.dunning.PolicyLevel(l.level(), l.name(), l.daysAfterDue(), l.fee(),
                        de.kulant.dunning.Channel.EMAIL, l.paymentTermDays(), l.announcesHandover()))
                .toList(), 42, 7, policy.tone(), false, java.util.List.of());
        DueClaim afterReminder = aClaim(1, date("2026-03-17"), false);
        LastNotice first = new LastNotice(1, date("2026-03-07"), date("2026-03-16"), false, Money.zeroEur());

        Decision.Escalate byEmail = (Decision.Escalate) escalator.decide(afterReminder, emailOnly,
                emailOnly.variantFor(afterReminder), first, date("2026-03-21"));
        assertThat(byEmail.fee()).isEqualTo(new FeeDecision.FeeRefused(FeeDecision.FeeReason.SENT_BY_EMAIL_ONLY));

        // without an e-mail address the same notice goes out as a letter and may carry the fee
        DueClaim noEmail = withoutEmail(afterReminder);
        Decision.Escalate byPost = (Decision.Escalate) escalator.decide(noEmail, emailOnly, emailOnly.variantFor(noEmail),
                first, date("2026-03-21"));
        assertThat(byPost.fee()).isEqualTo(new FeeDecision.FeeAllowed(Money.eur("1.20"), FeeDecision.FeeReason.DEBTOR_IN_DEFAULT));
    }

    @Test
    void aLaterNoticeBringsTheStartOfDefaultOfABusinessForward() {
        // invoice 2026-02-16, due 2026-03-02: the 30-day rule fixed default at intake for 2026-04-07 at the latest.
        // The reminder of 2026-03-07 with pay-by 2026-03-16 puts the debtor into default from 2026-03-17 (§286 Abs. 1).
        DueClaim business = businessClaim(0, date("2026-04-07"), null, true);

        Decision.Escalate reminder = (Decision.Escalate) decide(business, null, "2026-03-07");

        assertThat(reminder.defaultStart()).isEqualTo(new DefaultStart(date("2026-03-17"), DefaultRule.DUNNING_NOTICE));
    }

    @Test
    void aNoticeNeverPushesAnEarlierStartOfDefaultBack() {
        DueClaim business = businessClaim(1, date("2026-03-10"), null, true);
        LastNotice first = new LastNotice(1, date("2026-03-07"), date("2026-03-16"), false, Money.zeroEur());

        Decision.Escalate notice = (Decision.Escalate) decide(business, first, "2026-03-21");

        assertThat(notice.defaultStart()).isNull();
    }

    private static DueClaim businessClaim(int level, LocalDate defaultSince, LocalDate unused, boolean email) {
        return new DueClaim(new ClaimId(UUID.randomUUID()), new CreditorId(UUID.randomUUID()),
                new DebtorId(UUID.randomUUID()), DebtorKind.BUSINESS, "30159", "DE", null, "R-1", date("2026-02-16"),
                DUE, Money.eur("500.00"), false, false, level == 0 ? ClaimStatus.OPEN : ClaimStatus.DUNNING, level,
                defaultSince, DefaultRule.THIRTY_DAYS, 100_001, level, balance("500.00"), false, false, email);
    }

    private static DueClaim withoutEmail(DueClaim c) {
        return new DueClaim(c.id(), c.creditorId(), c.debtorId(), c.debtorKind(), c.postalCode(), c.country(),
                c.customerTag(), c.invoiceNumber(), c.invoiceDate(), c.dueDate(), c.amount(), c.consumerNoticeGiven(),
                c.calendarDueDateAgreed(), c.status(), c.dunningLevel(), c.defaultSince(), c.defaultRule(),
                c.referenceNumber(), c.version(), c.balance(), c.onHold(), c.debtorDunnedBefore(), false);
    }

    @Test
    void aPolicyWithoutHandoverStopsAfterTheLastLevel() {
        DunningPolicy noHandover = new DunningPolicy(policy.levels(), null, 7, policy.tone(), false, policy.segments());
        DueClaim claim = aClaim(3, date("2026-03-17"), false);

        assertThat(escalator.decide(claim, noHandover, noHandover.variantFor(claim),
                new LastNotice(3, date("2026-04-04"), date("2026-04-13"), false, Money.zeroEur()), date("2026-06-01")))
                .isEqualTo(new Decision.Wait(SkipReason.NO_HANDOVER, null));
    }

    private Decision decide(DueClaim claim, LastNotice last, String asOf) {
        return escalator.decide(claim, policy, policy.variantFor(claim), last, date(asOf));
    }

    private static DueClaim aClaim(int level, LocalDate defaultSince, boolean onHold) {
        return new DueClaim(new ClaimId(UUID.randomUUID()), new CreditorId(UUID.randomUUID()),
                new DebtorId(UUID.randomUUID()), DebtorKind.CONSUMER, "30159", "DE", null, "R-1", date("2026-02-16"),
                DUE, Money.eur("119.00"), false, false, level == 0 ? ClaimStatus.OPEN : ClaimStatus.DUNNING, level,
                defaultSince, defaultSince == null ? null : DefaultRule.DUNNING_NOTICE, 100_001, level,
                balance("119.00"), onHold, false, true);
    }

    private static Balance balance(String principal) {
        Money zero = Money.zeroEur();
        return new Balance(Money.eur(principal), zero, zero, zero, zero, Money.eur(principal), DUE, false);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
