package de.kulant.claims.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimStatus;
import de.kulant.claims.PaymentId;
import de.kulant.claims.PostingSource;
import de.kulant.claims.DebtorId;
import de.kulant.claims.Escalation;
import de.kulant.claims.NoticeId;
import de.kulant.law.BaseRateTable;
import de.kulant.law.ClaimAllocation;
import de.kulant.law.DebtorKind;
import de.kulant.law.DefaultInterest;
import de.kulant.law.DefaultRule;
import de.kulant.platform.ConflictException;
import de.kulant.platform.CreditorId;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.money.Money;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ClaimLedgerTest {

    static final DefaultInterest INTEREST = new DefaultInterest(BaseRateTable.published());
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final PaymentId PAYMENT = new PaymentId(UUID.randomUUID());
    static final UUID CREDIT_NOTE = UUID.randomUUID();

    /** A claim of {@code principal} invoiced 2025-01-01, in default from {@code defaultSince} (may be null). */
    static Claim aClaim(String principal, DebtorKind kind, LocalDate defaultSince) {
        Money amount = Money.eur(principal);
        Money zero = Money.zeroEur();
        return new Claim(new ClaimFacts(new ClaimId(UUID.randomUUID()), new CreditorId(UUID.randomUUID()),
                new DebtorId(UUID.randomUUID()), kind, "R-1", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1),
                amount, ClaimStatus.OPEN, 0, defaultSince, defaultSince == null ? null : DefaultRule.CALENDAR_DUE_DATE,
                new OpenBuckets(amount, zero, zero, zero), zero, null, LocalDate.of(2025, 1, 1), 0, null, null));
    }

    @Test
    void postsTheInterestUpToTheDayBeforeThePaymentThenAllocatesIt() {
        // LR 5 without costs: 1,000.00 from 2025-01-02, 300.00 on 2025-03-03 → interest 11.95, principal 288.05
        Claim claim = aClaim("1000.00", DebtorKind.CONSUMER, LocalDate.of(2025, 1, 2));

        ClaimAllocation result = claim.recordPayment(Money.eur("300.00"), LocalDate.of(2025, 3, 3), "Teilzahlung", TODAY, INTEREST, PAYMENT);

        assertThat(result.allocation().interest()).isEqualTo(Money.eur("11.95"));
        assertThat(result.allocation().principal()).isEqualTo(Money.eur("288.05"));
        assertThat(claim.facts().open().principal()).isEqualTo(Money.eur("711.95"));
        assertThat(claim.facts().interestPostedThrough()).isEqualTo(LocalDate.of(2025, 3, 2));
        assertThat(claim.newPostings()).extracting(Posting::kind)
                .containsExactly(PostingKind.INTEREST, PostingKind.PAYMENT, PostingKind.PAYMENT);
        assertThat(claim.newPostings().get(0).periodFrom()).isEqualTo(LocalDate.of(2025, 1, 2));
    }

    @Test
    void theBalanceAfterAPartialPaymentAccruesOnTheRestFromThePaymentDay() {
        // LR 5 figures without costs: afterwards 711.95 bears interest from 2025-03-03.
        Claim claim = aClaim("1000.00", DebtorKind.CONSUMER, LocalDate.of(2025, 1, 2));
        claim.recordPayment(Money.eur("300.00"), LocalDate.of(2025, 3, 3), null, TODAY, INTEREST, PAYMENT);

        // the balance as of 2025-08-01 counts interest through 2025-07-31, the period of LR example 5
        var balance = Balances.current(claim.facts(), LocalDate.of(2025, 8, 1), INTEREST);

        // 711.95 × (120 × 7.27 % + 31 × 6.27 %) / 365 = 17.0165 + 3.7912 = 20.8077 → 20.81
        assertThat(balance.interest()).isEqualTo(Money.eur("20.81"));
        assertThat(balance.outstanding()).isEqualTo(Money.eur("732.76"));
        assertThat(balance.paid()).isEqualTo(Money.eur("300.00"));
    }

    @Test
    void aClaimNotInDefaultBearsNoInterest() {
        Claim claim = aClaim("100.00", DebtorKind.CONSUMER, null);

        ClaimAllocation result = claim.recordPayment(Money.eur("100.00"), LocalDate.of(2026, 3, 1), null, TODAY, INTEREST, PAYMENT);

        assertThat(result.allocation().interest().isZero()).isTrue();
        assertThat(claim.facts().status()).isEqualTo(ClaimStatus.PAID);
    }

    @Test
    void aPaymentOnAClosedClaimIsAllOverpayment() {
        Claim claim = aClaim("100.00", DebtorKind.CONSUMER, null);
        claim.recordPayment(Money.eur("100.00"), LocalDate.of(2026, 3, 1), null, TODAY, INTEREST, PAYMENT);

        ClaimAllocation again = claim.recordPayment(Money.eur("100.00"), LocalDate.of(2026, 3, 2), null, TODAY, INTEREST, PAYMENT);

        assertThat(again.remainder()).isEqualTo(Money.eur("100.00"));
        assertThat(again.allocation().total().isZero()).isTrue();
    }

    @Test
    void costsBookedBackThatWereAlreadyPaidGoToWhatTheClaimStillOwes() {
        Claim claim = aClaim("500.00", DebtorKind.BUSINESS, null);
        PostingSource collectionCase = PostingSource.collectionCase(UUID.randomUUID());
        claim.chargeCosts(Money.eur("30.90"), LocalDate.of(2026, 3, 1), "Inkassokosten", collectionCase, INTEREST);
        // costs first (§367 BGB): 30.90 of costs, 19.10 of principal
        claim.recordPayment(Money.eur("50.00"), LocalDate.of(2026, 3, 2), null, TODAY, INTEREST, PAYMENT);

        Money refund = claim.chargeCosts(Money.eur("-15.10"), LocalDate.of(2026, 3, 3), "Inkassokosten",
                collectionCase, INTEREST);

        // 15.80 of costs remain and are paid; the other 15.10 now pay principal: 480.90 − 15.10 = 465.80
        assertThat(refund.isZero()).isTrue();
        assertThat(claim.facts().open().costs().isZero()).isTrue();
        assertThat(claim.facts().open().principal()).isEqualTo(Money.eur("465.80"));
        assertThat(claim.facts().paidTotal()).isEqualTo(Money.eur("50.00"));
        assertThat(claim.newPostings()).filteredOn(p -> p.kind() == PostingKind.PAYMENT)
                .extracting(p -> p.bucket() + " " + p.amount().toPlainString())
                .containsExactly("COSTS -30.90", "PRINCIPAL -19.10", "COSTS 15.10", "PRINCIPAL -15.10");
    }

    @Test
    void costsBookedBackOnAClaimPaidInFullAreListedForRefund() {
        Claim claim = aClaim("100.00", DebtorKind.CONSUMER, null);
        PostingSource collectionCase = PostingSource.collectionCase(UUID.randomUUID());
        claim.chargeCosts(Money.eur("30.90"), LocalDate.of(2026, 3, 1), "Inkassokosten", collectionCase, INTEREST);
        claim.recordPayment(Money.eur("130.90"), LocalDate.of(2026, 3, 2), null, TODAY, INTEREST, PAYMENT);

        Money refund = claim.chargeCosts(Money.eur("-30.90"), LocalDate.of(2026, 3, 3), "Inkassokosten",
                collectionCase, INTEREST);

        assertThat(refund).isEqualTo(Money.eur("30.90"));
        assertThat(claim.facts().status()).isEqualTo(ClaimStatus.PAID);
        assertThat(claim.facts().open().total().isZero()).isTrue();
        assertThat(claim.facts().paidTotal()).isEqualTo(Money.eur("100.00"));
        Money posted = claim.newPostings().stream().map(Posting::amount).reduce(Money.zeroEur(), Money::plus);
        assertThat(posted).as("the cache moved by exactly the postings").isEqualTo(Money.eur("-100.00"));
    }

    @Test
    void aFullCreditNoteCancelsTheClaimWithItsInterest() {
        Claim claim = aClaim("200.00", DebtorKind.BUSINESS, LocalDate.of(2025, 2, 1));

        claim.creditNote(Money.eur("200.00"), LocalDate.of(2025, 4, 1), "Retoure", TODAY, INTEREST, CREDIT_NOTE);

        assertThat(claim.facts().status()).isEqualTo(ClaimStatus.CANCELLED);
        assertThat(claim.facts().open().total().isZero()).isTrue();
        assertThat(claim.newPostings()).extracting(Posting::bucket)
                .containsExactly(Bucket.INTEREST, Bucket.PRINCIPAL, Bucket.INTEREST);
    }

    @Test
    void refusesBookingsBeforeTheLatestOne() {
        Claim claim = aClaim("200.00", DebtorKind.CONSUMER, null);
        claim.recordPayment(Money.eur("10.00"), LocalDate.of(2026, 3, 1), null, TODAY, INTEREST, PAYMENT);

        assertThatThrownBy(() -> claim.recordPayment(Money.eur("10.00"), LocalDate.of(2026, 2, 28), null, TODAY, INTEREST, PAYMENT))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("2026-03-01");
        assertThatThrownBy(() -> claim.creditNote(Money.eur("10.00"), LocalDate.of(2026, 2, 28), "x", TODAY, INTEREST, CREDIT_NOTE))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void refusesACreditNoteOnACancelledClaim() {
        Claim claim = aClaim("50.00", DebtorKind.CONSUMER, null);
        claim.creditNote(Money.eur("50.00"), LocalDate.of(2025, 2, 1), "Retoure", TODAY, INTEREST, CREDIT_NOTE);

        assertThatThrownBy(() -> claim.creditNote(Money.eur("1.00"), LocalDate.of(2025, 2, 2), "x", TODAY, INTEREST, CREDIT_NOTE))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void everyPostingNamesItsSourceTheInterestAPaymentBringsUpToDateIncluded() {
        ClaimFacts before = aClaim("100.00", DebtorKind.CONSUMER, LocalDate.of(2025, 1, 2)).facts();
        Claim claim = Claim.open(before, "R-1");
        NoticeId notice = new NoticeId(UUID.randomUUID());
        claim.escalate(new Escalation.Notice(notice, 1, new Escalation.Dates(LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 2, 15), LocalDate.of(2025, 2, 20)), new Escalation.Charges(Money.eur("2.50"),
                Money.zeroEur(), Money.eur("103.31")), null, "R-1"));
        claim.recordPayment(Money.eur("50.00"), LocalDate.of(2025, 3, 3), null, TODAY, INTEREST, PAYMENT);
        claim.creditNote(Money.eur("10.00"), LocalDate.of(2025, 3, 4), "Retoure", TODAY, INTEREST, CREDIT_NOTE);

        assertThat(claim.newPostings()).extracting(p -> p.kind() + " " + p.source().kind() + " " + p.source().id())
                .containsExactly("CLAIM INTAKE " + claim.facts().id().value(), "FEE NOTICE " + notice,
                        "INTEREST PAYMENT " + PAYMENT.value(), "PAYMENT PAYMENT " + PAYMENT.value(),
                        "PAYMENT PAYMENT " + PAYMENT.value(), "PAYMENT PAYMENT " + PAYMENT.value(),
                        "INTEREST CREDIT_NOTE " + CREDIT_NOTE, "CREDIT_NOTE CREDIT_NOTE " + CREDIT_NOTE);
        // the notice asks for what it demanded and remembers it; the cache moved by exactly the postings
        assertThat(claim.facts().status()).isEqualTo(ClaimStatus.DUNNING);
        assertThat(claim.facts().nextDunningOn()).isEqualTo(LocalDate.of(2025, 2, 20));
        Money posted = claim.newPostings().stream().map(Posting::amount).reduce(Money.zeroEur(), Money::plus);
        assertThat(claim.facts().open().total()).isEqualTo(before.open().total().plus(posted));
    }

    @Test
    void aNoticeBringsTheStartOfDefaultForwardButNeverBack() {
        Claim claim = aClaim("100.00", DebtorKind.CONSUMER, LocalDate.of(2025, 3, 1));

        Escalation.Charges noCharges = new Escalation.Charges(Money.zeroEur(), Money.zeroEur(), Money.eur("100.00"));
        claim.escalate(new Escalation.Notice(new NoticeId(UUID.randomUUID()), 1, new Escalation.Dates(
                LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 15), null), noCharges,
                new Escalation.DefaultStart(LocalDate.of(2025, 2, 16), DefaultRule.DUNNING_NOTICE), "R-1"));
        claim.escalate(new Escalation.Notice(new NoticeId(UUID.randomUUID()), 2, new Escalation.Dates(
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 15), null), noCharges,
                new Escalation.DefaultStart(LocalDate.of(2025, 3, 16), DefaultRule.DUNNING_NOTICE), "R-1"));

        assertThat(claim.facts().defaultSince()).isEqualTo(LocalDate.of(2025, 2, 16));
        assertThat(claim.facts().dunningLevel()).isEqualTo(2);
        assertThat(claim.facts().demand().payBy()).isEqualTo(LocalDate.of(2025, 3, 15));
    }
}
