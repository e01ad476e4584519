package de.kulant.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulant.platform.money.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CollectionCostsTest {

    private static final LocalDate OLD_TABLE = LocalDate.of(2025, 5, 31);
    private static final LocalDate NEW_TABLE = LocalDate.of(2025, 6, 1);

    private final CollectionCosts costs = CollectionCosts.published();

    /**
     * "LR" = legal-reference.md §5 worked maxima; "RVG" = §13 RVG and its Anlage 2 in the version named; §13 Abs. 2
     * from 2025-06-01 as amended by BGBl. 2025 I Nr. 109: 31.50 EUR.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            LR 500 old 0.5          | 500.00    | 2025-05-31 | true  | 29.40
            LR 500 new 0.5          | 500.00    | 2025-06-01 | true  | 30.90
            LR 500 old 0.9          | 500.00    | 2025-05-31 | false | 52.92
            LR 500 new 0.9          | 500.00    | 2025-06-01 | false | 55.62
            LR 1,000 old 0.5        | 1000.00   | 2025-05-31 | true  | 52.80
            LR 1,000 new 0.5        | 1000.00   | 2025-06-01 | true  | 55.80
            LR 1,000 old 0.9        | 1000.00   | 2025-05-31 | false | 95.04
            LR 1,000 new 0.9        | 1000.00   | 2025-06-01 | false | 100.44
            LR 2,000 old 0.5        | 2000.00   | 2025-05-31 | true  | 99.60
            LR 2,000 new 0.5        | 2000.00   | 2025-06-01 | true  | 105.60
            LR 2,000 old 0.9        | 2000.00   | 2025-05-31 | false | 169.40
            LR 2,000 new 0.9        | 2000.00   | 2025-06-01 | false | 178.40
            LR 5,000 old 0.5        | 5000.00   | 2025-05-31 | true  | 187.00
            LR 5,000 new 0.5        | 5000.00   | 2025-06-01 | true  | 197.25
            LR 5,000 old 0.9        | 5000.00   | 2025-05-31 | false | 320.60
            LR 5,000 new 0.9        | 5000.00   | 2025-06-01 | false | 339.05
            RVG §13 Abs. 2 old: 50.00 at 30.00, 0.9    | 50.00     | 2025-05-31 | false | 32.40
            RVG §13 Abs. 2 new: 50.00 at 31.50, 0.9    | 50.00     | 2025-06-01 | false | 34.02
            RVG §13 Abs. 2 old: 20.00 at 0.5 = minimum 15.00 | 20.00 | 2025-05-31 | true | 18.00
            RVG §13 Abs. 2 new: 20.00 at 0.5 = 15.75   | 20.00     | 2025-06-01 | true  | 18.90
            RVG old: 50.01 leaves the small-claim rule | 50.01     | 2025-05-31 | false | 52.92
            RVG new: 500.01 starts a further 500       | 500.01    | 2025-06-01 | false | 100.44
            RVG Anlage 2 new: 10,000 = 652.00          | 10000.00  | 2025-06-01 | false | 606.80
            RVG Anlage 2 old: 25,000 = 874.00 at 0.5   | 25000.00  | 2025-05-31 | true  | 457.00
            RVG Anlage 2 new: 65,000 = 1,456.50        | 65000.00  | 2025-06-01 | false | 1330.85
            RVG §13 new: 600,000 = 4,102.00            | 600000.00 | 2025-06-01 | false | 3711.80
            RVG §13 old: 600,000 = 3,869.00            | 600000.00 | 2025-05-31 | false | 3502.10
            """)
    void computesTheMaximumToTheCent(String source, String value, LocalDate mandate, boolean prompt, String total) {
        CollectionCostResult result = costs.maximum(new CollectionCostQuery(Money.eur(value), mandate, prompt, true, false));

        assertThat(result.total()).isEqualTo(Money.eur(total));
    }

    @Test
    void itemizesFeeAndFlatRateWithTheirLegalBasis() {
        // LR §6: "0.9 fee Nr. 2300 VV RVG on 500.00 = 46.35; flat rate Nr. 7002 VV = 9.27"
        CollectionCostResult result = costs.maximum(CollectionCostQuery.of(Money.eur("500.00"), NEW_TABLE, false));

        assertThat(result.factor()).isEqualByComparingTo("0.9");
        assertThat(result.oneFee()).isEqualTo(Money.eur("51.50"));
        assertThat(result.lines()).extracting(CostLine::amount).containsExactly(Money.eur("46.35"), Money.eur("9.27"));
        assertThat(result.lines().get(0).basis()).contains("§13e RDG").contains("Nr. 2300 VV RVG");
        assertThat(result.lines().get(0).labelDe()).isEqualTo("0,9 Geschäftsgebühr Nr. 2300 VV RVG aus 500,00 EUR (1,0-Gebühr 51,50 EUR)");
        assertThat(result.lines().get(1).basis()).isEqualTo("Nr. 7002 VV RVG");
        assertThat(result.table()).isEqualTo("rvg-2025");
    }

    @Test
    void addsVatOnlyWhenTheCreditorCannotDeductIt() {
        // LR 5 / 1,000 old: 95.04 net, 19 % = 18.0576 → 18.06
        CollectionCostResult result = costs.maximum(new CollectionCostQuery(Money.eur("1000.00"), OLD_TABLE, false, false, false));

        assertThat(result.vat()).isEqualTo(Money.eur("18.06"));
        assertThat(result.total()).isEqualTo(Money.eur("113.10"));
        assertThat(result.lines()).extracting(CostLine::code).containsExactly("BUSINESS_FEE", "POSTAGE_FLAT_RATE", "VAT");
    }

    @Test
    void setsOffTheBusinessFlatFeeAlreadyCharged() {
        CollectionCostResult result = costs.maximum(new CollectionCostQuery(Money.eur("1000.00"), NEW_TABLE, false, true, true));

        assertThat(result.offset()).isEqualTo(Money.eur("40.00"));
        assertThat(result.total()).isEqualTo(Money.eur("60.44"));
        assertThat(result.lines().get(2).basis()).isEqualTo("§288 Abs. 5 Satz 3 BGB");
    }

    @Test
    void theOffsetNeverMakesCostsNegative() {
        CollectionCostResult result = costs.maximum(new CollectionCostQuery(Money.eur("20.00"), NEW_TABLE, true, true, true));

        assertThat(result.total()).isEqualTo(Money.eur("0.00"));
    }

    @Test
    void selectsTheFeeTableByTheDateOfTheMandate() {
        assertThat(costs.tableFor(OLD_TABLE).name()).isEqualTo("rvg-2021");
        assertThat(costs.tableFor(NEW_TABLE).name()).isEqualTo("rvg-2025");
    }

    @Test
    void refusesAClaimValueOfZero() {
        assertThatThrownBy(() -> costs.maximum(CollectionCostQuery.of(Money.eur("0.00"), NEW_TABLE, false)))
                .isInstanceOf(LawInputException.class).extracting("field").isEqualTo("claimValue");
    }

    @Test
    void refusesMandatesBeforeThe2021Reform() {
        assertThatThrownBy(() -> costs.maximum(CollectionCostQuery.of(Money.eur("100.00"), LocalDate.of(2021, 9, 30), false)))
                .isInstanceOf(LawInputException.class).extracting("field").isEqualTo("date");
    }
}
