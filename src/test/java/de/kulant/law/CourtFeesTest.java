package de.kulant.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulant.platform.money.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The payment-order fee (Nr. 1100 KV GKG, §34 GKG) with worked examples, worked by hand from the published tables. */
class CourtFeesTest {

    private static final LocalDate BEFORE_2025 = LocalDate.of(2025, 5, 31);
    private static final LocalDate FROM_2025 = LocalDate.of(2025, 6, 1);

    private static String fee(String principal, LocalDate on) {
        return CourtFees.paymentOrder(Money.eur(principal), on).fee().toPlainString();
    }

    @Test
    void smallClaimsPayTheMinimumOfTheTableInForce() {
        CourtFees.Fee small = CourtFees.paymentOrder(Money.eur("300.00"), FROM_2025);
        assertThat(small.oneFee().toPlainString()).isEqualTo("40.00");
        assertThat(small.fee().toPlainString()).as("0.5 × 40.00 = 20.00 < 38.00").isEqualTo("38.00");
        assertThat(small.minimumApplied()).isTrue();
        assertThat(fee("300.00", BEFORE_2025)).as("0.5 × 38.00 = 19.00 < 36.00").isEqualTo("36.00");
        assertThat(fee("500.01", FROM_2025)).as("0.5 × 61.00 = 30.50 < 38.00").isEqualTo("38.00");
    }

    @Test
    void eachBandAddsItsStepFeePerStartedStep() {
        // 40.00 + 2 × 21.00 = 82.00 → 41.00; in 2021: 38.00 + 2 × 20.00 = 78.00 → 39.00
        assertThat(fee("1234.56", FROM_2025)).isEqualTo("41.00");
        assertThat(fee("1234.56", BEFORE_2025)).isEqualTo("39.00");
        assertThat(fee("2000.00", FROM_2025)).as("40.00 + 3 × 21.00 = 103.00").isEqualTo("51.50");
        // 103.00 + 3 × 22.50 = 170.50 → 85.25; in 2021: 98.00 + 3 × 21.00 = 161.00 → 80.50
        assertThat(fee("5000.00", FROM_2025)).isEqualTo("85.25");
        assertThat(fee("5000.00", BEFORE_2025)).isEqualTo("80.50");
        assertThat(fee("10000.00", BEFORE_2025)).as("the 2021 table's 266.00").isEqualTo("133.00");
        assertThat(fee("12345.67", FROM_2025)).as("283.00 + 30.50 = 313.50").isEqualTo("156.75");
        // 283.00 + 5 × 30.50 + 5 × 40.50 = 638.00 at 50,000, + 140.00 for the started 15,000 above it
        assertThat(fee("60000.00", FROM_2025)).isEqualTo("389.00");
        assertThat(CourtFees.paymentOrder(Money.eur("50000.00"), BEFORE_2025).oneFee().toPlainString())
                .as("the 2021 table's 601.00").isEqualTo("601.00");
    }

    @Test
    void theTableIsTheOneInForceOnTheFilingDay() {
        assertThat(CourtFees.tableOn(BEFORE_2025).name()).isEqualTo("GKG 2021");
        assertThat(CourtFees.tableOn(FROM_2025).name()).isEqualTo("GKG 2025");
        assertThatThrownBy(() -> CourtFees.tableOn(LocalDate.of(2020, 12, 31))).isInstanceOf(LawInputException.class);
        assertThatThrownBy(() -> CourtFees.paymentOrder(Money.eur("0.00"), FROM_2025))
                .isInstanceOf(LawInputException.class).hasMessageContaining("more than 0.00");
    }
}
