package de.kulant.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulant.platform.money.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Nr. 1000 VV RVG with §31b RVG: 0.7 on half the claim, worked examples to the cent (legal-reference.md §5). */
class AgreementFeeTest {

    private static final AgreementFee FEE = new AgreementFee(CollectionCosts.published());
    private static final LocalDate NEW_TABLE = LocalDate.of(2026, 11, 27);
    private static final LocalDate OLD_TABLE = LocalDate.of(2025, 3, 1);

    @Test
    void aThousandEurosAtTheRegularFeeAddTheAgreementFeeAndWhatIsLeftOfTheFlatRate() {
        // value 500.00: 1.0 fee 51.50 × 0.7 = 36.05; flat rate 20 % of (83.70 + 36.05) = 23.95, capped at 20.00,
        // of which 16.74 were charged with the 0.9 business fee: 3.26 more
        CollectionCostResult result = FEE.of(Money.eur("1000.00"), NEW_TABLE, Money.eur("83.70"), Money.eur("16.74"), true);

        assertThat(result.fee()).isEqualTo(Money.eur("36.05"));
        assertThat(result.flatRate()).isEqualTo(Money.eur("3.26"));
        assertThat(result.vat().isZero()).isTrue();
        assertThat(result.total()).isEqualTo(Money.eur("39.31"));
        assertThat(result.lines().get(0).basis()).contains("Nr. 1000 VV RVG").contains("§ 31b RVG");
    }

    @Test
    void aFlatRateAtItsCapAddsNothingAndTheOldTableAppliesToAnOldMandate() {
        // 5,000.00 under the table until 2025-05-31: value 2,500.00 → 1.0 fee 49 + 3 × 39 + 56 = 222.00 × 0.7 = 155.40;
        // the 0.9 fee (0.9 × 334.00 = 300.60) had reached the 20.00 cap already
        CollectionCostResult result = FEE.of(Money.eur("5000.00"), OLD_TABLE, Money.eur("300.60"), Money.eur("20.00"), true);

        assertThat(result.oneFee()).isEqualTo(Money.eur("222.00"));
        assertThat(result.fee()).isEqualTo(Money.eur("155.40"));
        assertThat(result.flatRate().isZero()).isTrue();
        assertThat(result.total()).isEqualTo(Money.eur("155.40"));
    }

    @Test
    void aSmallClaimUsesTheSmallFeeAndACreditorWithoutInputTaxDeductionPaysVat() {
        // 80.00: value 40.00 ≤ 50 → 31.50 (§13 Abs. 2 RVG) × 0.7 = 22.05; flat rate 20 % of (25.75 + 22.05) = 9.56,
        // 5.15 charged → 4.41; VAT 19 % of 26.46 = 5.03
        CollectionCostResult result = FEE.of(Money.eur("80.00"), NEW_TABLE, Money.eur("25.75"), Money.eur("5.15"), false);

        assertThat(result.fee()).isEqualTo(Money.eur("22.05"));
        assertThat(result.flatRate()).isEqualTo(Money.eur("4.41"));
        assertThat(result.vat()).isEqualTo(Money.eur("5.03"));
        assertThat(result.total()).isEqualTo(Money.eur("31.49"));
    }

    @Test
    void theMinimumFeeHoldsAndNothingIsComputedWithoutAValue() {
        // value 10.00 under the old table: 30.00 × 0.7 = 21.00, above the 15.00 minimum
        assertThat(FEE.of(Money.eur("20.00"), OLD_TABLE, Money.zeroEur(), Money.zeroEur(), true).fee())
                .isEqualTo(Money.eur("21.00"));
        assertThatThrownBy(() -> FEE.of(Money.zeroEur(), NEW_TABLE, Money.zeroEur(), Money.zeroEur(), true))
                .isInstanceOf(LawInputException.class);
    }
}
