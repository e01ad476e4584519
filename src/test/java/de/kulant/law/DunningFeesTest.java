package de.kulant.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulant.law.FeeDecision.FeeAllowed;
import de.kulant.law.FeeDecision.FeeReason;
import de.kulant.law.FeeDecision.FeeRefused;
import de.kulant.platform.money.Money;
import org.junit.jupiter.api.Test;

class DunningFeesTest {

    private final DunningFees fees = new DunningFees(DunningFees.DEFAULT_MAXIMUM);

    @Test
    void theNoticeThatPutsTheDebtorIntoDefaultIsFree() {
        assertThat(fees.decide(Money.eur("1.50"), false)).isEqualTo(new FeeRefused(FeeReason.NOTICE_CREATES_DEFAULT));
    }

    @Test
    void aLaterNoticeCarriesTheConfiguredFee() {
        assertThat(fees.decide(Money.eur("1.50"), true)).isEqualTo(new FeeAllowed(Money.eur("1.50"), FeeReason.DEBTOR_IN_DEFAULT));
    }

    @Test
    void aFeeAboveTheMaterialCostsIsCappedAt2Euros50() {
        // LR §7: courts accept about 1.00 to 2.50 EUR per letter.
        assertThat(fees.decide(Money.eur("5.00"), true)).isEqualTo(new FeeAllowed(Money.eur("2.50"), FeeReason.CAPPED_AT_MAXIMUM));
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
}
