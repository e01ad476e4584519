package de.kulant.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.platform.money.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Worked examples of a statement's amounts, to the cent. */
class StatementAmountsTest {

    private static final BigDecimal FIFTEEN = new BigDecimal("15.00");

    private static Money eur(String amount) {
        return Money.eur(amount);
    }

    @Test
    void theShopGetsPrincipalInterestAndFeesLessCommissionAndItsVatWhileCostsStayWithTheAgency() {
        StatementAmounts a = StatementAmounts.of(eur("500.00"), eur("12.34"), eur("2.50"), eur("58.50"),
                eur("512.34"), FIFTEEN, Money.zeroEur());

        // 15 % of 512.34 = 76.851 → 76.85; 19 % of 76.85 = 14.6015 → 14.60; 514.84 − 76.85 − 14.60 = 423.39
        assertThat(a.commission()).isEqualTo(eur("76.85"));
        assertThat(a.vat()).isEqualTo(eur("14.60"));
        assertThat(a.payout()).isEqualTo(eur("423.39"));
        assertThat(a.carriedOut()).isEqualTo(eur("0.00"));
        assertThat(a.collected()).isEqualTo(eur("573.34"));
        assertThat(a.shopsShare()).isEqualTo(eur("514.84"));
    }

    @Test
    void whileAPromoCodeWaivesTheCommissionNeitherCommissionNorVatIsCharged() {
        StatementAmounts a = StatementAmounts.of(eur("500.00"), eur("12.34"), eur("2.50"), eur("58.50"),
                Money.zeroEur(), FIFTEEN, Money.zeroEur());

        assertThat(a.commission()).isEqualTo(eur("0.00"));
        assertThat(a.vat()).isEqualTo(eur("0.00"));
        assertThat(a.payout()).isEqualTo(eur("514.84"));
    }

    @Test
    void aReturnAfterThePayoutIsOwedByTheShopAndSetOffInItsNextStatement() {
        // 100.00 paid out last month came back: the commission on it is credited, with its VAT
        StatementAmounts returned = StatementAmounts.of(eur("-100.00"), Money.zeroEur(), Money.zeroEur(),
                Money.zeroEur(), eur("-100.00"), FIFTEEN, Money.zeroEur());
        assertThat(returned.commission()).isEqualTo(eur("-15.00"));
        assertThat(returned.vat()).isEqualTo(eur("-2.85"));
        assertThat(returned.payout()).isEqualTo(eur("0.00"));
        assertThat(returned.carriedOut()).isEqualTo(eur("-82.15"));

        // 200.00 − 30.00 − 5.70 − 82.15 = 82.15
        StatementAmounts next = StatementAmounts.of(eur("200.00"), Money.zeroEur(), Money.zeroEur(), Money.zeroEur(),
                eur("200.00"), FIFTEEN, returned.carriedOut());
        assertThat(next.payout()).isEqualTo(eur("82.15"));
        assertThat(next.carriedOut()).isEqualTo(eur("0.00"));
    }

    @Test
    void commissionAndVatAreEachRoundedOnceHalfUp() {
        // 15 % of 0.10 = 0.015 → 0.02; 19 % of 0.02 = 0.0038 → 0.00
        StatementAmounts a = StatementAmounts.of(eur("0.10"), Money.zeroEur(), Money.zeroEur(), Money.zeroEur(),
                eur("0.10"), FIFTEEN, Money.zeroEur());
        assertThat(a.commission()).isEqualTo(eur("0.02"));
        assertThat(a.vat()).isEqualTo(eur("0.00"));
        assertThat(a.payout()).isEqualTo(eur("0.08"));
    }
}
