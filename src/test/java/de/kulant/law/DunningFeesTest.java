package de.kulant.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulant.law.FeeDecision.FeeAllowed;
import de.kulant.law.FeeDecision.FeeReason;
import de.kulant.law.FeeDecision.FeeRefused;
import de.kulant.platform.money.Money;
import org.junit.jupiter.api.Test;

/** Worked examples: legal-reference.md §7, BGH VIII ZR 95/18 (material costs only), §288 Abs. 5 BGB. */
class DunningFeesTest {

    private final DunningFees fees = new DunningFees(DunningFees.DEFAULT_MAXIMUM);

    @Test
    void theNoticeThatPutsTheDebtorIntoDefaultIsFree() {
        assertThat(fees.decide(Money.eur("1.20"), false)).isEqualTo(new FeeRefused(FeeReason.NOTICE_CREATES_DEFAULT));
    }

    @Test
    void aLaterLetterCarriesTheConfiguredFee() {
        assertThat(fees.decide(Money.eur("1.10"), true)).isEqualTo(new FeeAllowed(Money.eur("1.10"), FeeReason.DEBTOR_IN_DEFAULT));
    }

    @Test
    void theDefaultCapIsPostageAndMaterialOfOneLetter() {
        // decision 006: 0.95 postage of a standard letter since 2025-01-01 plus paper, print and envelope.
        assertThat(DunningFees.DEFAULT_MAXIMUM).isEqualTo(Money.eur("1.20"));
        assertThat(fees.decide(Money.eur("2.50"), true)).isEqualTo(new FeeAllowed(Money.eur("1.20"), FeeReason.CAPPED_AT_MAXIMUM));
    }

    @Test
    void theCapStaysConfigurable() {
        assertThat(new DunningFees(Money.eur("2.50")).decide(Money.eur("2.50"), true))
                .isEqualTo(new FeeAllowed(Money.eur("2.50"), FeeReason.DEBTOR_IN_DEFAULT));
    }

    @Test
    void aNoticeSentOnlyByEmailCarriesNoFeeWhateverThePolicySays() {
        FeeDecision decision = fees.decide(new NoticeFeeFacts(Money.eur("1.20"), true, false, false));

        assertThat(decision).isEqualTo(new FeeRefused(FeeReason.SENT_BY_EMAIL_ONLY));
        assertThat(decision.reason().german()).contains("E-Mail").contains("Porto");
        assertThat(decision.reason().english()).contains("e-mail");
    }

    @Test
    void aBusinessThatOwesTheFlatFeeOwesNoDunningFeeOnTop() {
        FeeDecision decision = fees.decide(new NoticeFeeFacts(Money.eur("1.20"), true, true, true));

        assertThat(decision).isEqualTo(new FeeRefused(FeeReason.COVERED_BY_FLAT_FEE));
        assertThat(decision.reason().german()).contains("§288 Abs. 5 BGB");
    }

    @Test
    void noConfiguredFeeMeansNoFee() {
        assertThat(fees.decide(Money.eur("0.00"), true)).isEqualTo(new FeeRefused(FeeReason.NO_FEE_CONFIGURED));
    }

    @Test
    void refusesANegativeFee() {
        assertThatThrownBy(() -> fees.decide(Money.eur("-1.00"), true)).isInstanceOf(LawInputException.class);
    }

    @Test
    void theBusinessFlatFeeIsFortyEurosForBusinessesInDefaultOnly() {
        assertThat(FlatFee.forClaim(DebtorKind.BUSINESS, true)).contains(Money.eur("40.00"));
        assertThat(FlatFee.forClaim(DebtorKind.BUSINESS, false)).isEmpty();
        assertThat(FlatFee.forClaim(DebtorKind.CONSUMER, true)).isEmpty();
    }

    @Test
    void theFlatFeeAndDunningFeesTogetherAreTheLargerOfTheTwoNeverBoth() {
        // 1.20 charged on an earlier letter: the flat fee adds 38.80, so the business pays 40.00 in all.
        assertThat(FlatFee.dueNow(DebtorKind.BUSINESS, true, false, Money.eur("1.20"))).isEqualTo(Money.eur("38.80"));
        assertThat(FlatFee.dueNow(DebtorKind.BUSINESS, true, false, Money.zeroEur())).isEqualTo(Money.eur("40.00"));
        assertThat(FlatFee.dueNow(DebtorKind.BUSINESS, true, true, Money.zeroEur())).isEqualTo(Money.zeroEur());
        assertThat(FlatFee.dueNow(DebtorKind.BUSINESS, true, false, Money.eur("45.00"))).isEqualTo(Money.zeroEur());
        assertThat(FlatFee.dueNow(DebtorKind.CONSUMER, true, false, Money.zeroEur())).isEqualTo(Money.zeroEur());
    }
}
