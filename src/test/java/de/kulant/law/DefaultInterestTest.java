package de.kulant.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulant.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefaultInterestTest {

    private final DefaultInterest interest = new DefaultInterest(BaseRateTable.published());

    /** Each row cites its source: "LR n" = legal-reference.md §13 example n; "BR yyyy-mm-dd" = base-rate row. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            LR 1: consumer, one half-year at 6.27                        | 1000.00     | CONSUMER | 2025-07-01 | 2025-12-30 | 31.44
            LR 2: business across the 2025-07-01 change                  | 5000.00     | BUSINESS | 2025-03-15 | 2025-09-30 | 296.16
            LR 3: consumer over three half-years, act/365 in a leap year | 2500.00     | CONSUMER | 2023-11-15 | 2024-08-14 | 159.39
            LR 4: consumer across 2023-01-01                             | 800.00      | CONSUMER | 2022-10-01 | 2023-03-31 | 21.37
            LR 5: interest before the partial payment                    | 1000.00     | CONSUMER | 2025-01-02 | 2025-03-02 | 11.95
            LR 5: interest after the partial payment, as printed         | 807.99      | CONSUMER | 2025-03-03 | 2025-07-31 | 23.61
            LR 5 corrected: 300.00 leaves 806.99 (see allocation test)   | 806.99      | CONSUMER | 2025-03-03 | 2025-07-31 | 23.59
            BR 2024-01-01/2024-07-01: business, leap year 2024, 366 days | 10000.00    | BUSINESS | 2024-01-01 | 2024-12-31 | 1252.85
            BR 2025-07-01: a single day rounds 0.0172 up to 0.02          | 100.00      | CONSUMER | 2025-08-01 | 2025-08-01 | 0.02
            BR 2016-07-01: negative base rate -0.88 gives 4.12 %         | 500.00      | CONSUMER | 2016-07-01 | 2016-12-31 | 10.38
            BR 2002-01-01/2002-07-01: the first year of the table        | 1500.00     | CONSUMER | 2002-01-01 | 2002-12-31 | 112.79
            BR 2009-07-01..2011-07-01: two unchanged years in between    | 2000.00     | CONSUMER | 2009-06-01 | 2011-07-31 | 224.80
            BR 2025-01-01: small principal 19.99 in February             | 19.99       | CONSUMER | 2025-02-01 | 2025-02-28 | 0.11
            BR 2023-01-01: odd principal over one half-year              | 1234.56     | CONSUMER | 2023-01-01 | 2023-06-30 | 40.53
            BR 2025: the largest claim Kulant accepts, business          | 10000000.00 | BUSINESS | 2025-01-01 | 2025-12-31 | 1076589.04
            BR 2026-01-01: a whole year, second half provisional          | 1000.00     | CONSUMER | 2026-01-01 | 2026-12-31 | 62.70
            BR 2023-07-01: business, third quarter 2023                  | 2000.00     | BUSINESS | 2023-07-01 | 2023-09-30 | 61.10
            BR 2008-07-01: consumer, 2008 second half                    | 750.00      | CONSUMER | 2008-07-01 | 2008-12-31 | 30.96
            BR 2014-07-01: business at -0.73 + 9                         | 4000.00     | BUSINESS | 2014-08-01 | 2014-12-31 | 138.66
            """)
    void computesWorkedExamplesToTheCent(String source, String principal, DebtorKind kind, LocalDate from,
                                         LocalDate to, String expected) {
        assertThat(interest.calculate(Money.eur(principal), kind, from, to).amount()).isEqualTo(Money.eur(expected));
    }

    @Test
    void splitsPeriodsOnTheFirstOfJanuaryAndJuly() {
        InterestResult result = interest.calculate(Money.eur("2500.00"), DebtorKind.CONSUMER,
                LocalDate.of(2023, 11, 15), LocalDate.of(2024, 8, 14));

        assertThat(result.periods()).extracting(InterestPeriod::from, InterestPeriod::to, InterestPeriod::days,
                        InterestPeriod::ratePercent)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 11, 15), LocalDate.of(2023, 12, 31), 47, new BigDecimal("8.12")),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30), 182, new BigDecimal("8.62")),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 8, 14), 45, new BigDecimal("8.37")));
    }

    @Test
    void keepsPeriodAmountsUnroundedAndRoundsOnlyTheSum() {
        InterestResult result = interest.calculate(Money.eur("5000.00"), DebtorKind.BUSINESS,
                LocalDate.of(2025, 3, 15), LocalDate.of(2025, 9, 30));

        // 166.734247 + 129.430137 = 296.164384 → 296.16 (LR 2)
        assertThat(result.periods()).extracting(InterestPeriod::amount)
                .containsExactly(new BigDecimal("166.734247"), new BigDecimal("129.430137"));
        assertThat(result.amount()).isEqualTo(Money.eur("296.16"));
    }

    @Test
    void aPartialPaymentReducesTheInterestBearingPrincipalFromItsBookingDate() {
        // LR 5: 1,000.00 from 2025-01-02; 193.01 of a payment on 2025-03-03 went to the principal.
        InterestResult result = interest.calculate(Money.eur("1000.00"), DebtorKind.CONSUMER,
                LocalDate.of(2025, 1, 2), LocalDate.of(2025, 7, 31),
                List.of(PrincipalChange.reduction(LocalDate.of(2025, 3, 3), Money.eur("193.01"))), null);

        assertThat(result.periods()).extracting(InterestPeriod::days).containsExactly(60, 120, 31);
        assertThat(result.periods()).extracting(InterestPeriod::principal)
                .containsExactly(Money.eur("1000.00"), Money.eur("806.99"), Money.eur("806.99"));
        // unrounded over the whole span (11.9507 + 23.5856); the ledger posts 11.95 at the payment, 23.59 later
        assertThat(result.amount()).isEqualTo(Money.eur("35.54"));
    }

    @Test
    void twoPaymentsInOneHalfYearMakeThreePeriods() {
        // own: 3,000.00 business from 2024-05-01, payments of 1,000.00 on 2024-06-15 and 500.00 on 2024-09-01.
        InterestResult result = interest.calculate(Money.eur("3000.00"), DebtorKind.BUSINESS,
                LocalDate.of(2024, 5, 1), LocalDate.of(2024, 10, 31),
                List.of(PrincipalChange.reduction(LocalDate.of(2024, 9, 1), Money.eur("500.00")),
                        PrincipalChange.reduction(LocalDate.of(2024, 6, 15), Money.eur("1000.00"))), null);

        assertThat(result.periods()).extracting(InterestPeriod::days).containsExactly(45, 16, 62, 61);
        assertThat(result.amount()).isEqualTo(Money.eur("130.77"));
    }

    @Test
    void businessClaimsArisenBefore29July2014BearEightPoints() {
        // Art. 229 §34 EGBGB; BR 2014-01-01: -0.63 + 8 = 7.37 %, 28 days on 1,000.00 = 5.6537
        InterestResult result = interest.calculate(Money.eur("1000.00"), DebtorKind.BUSINESS,
                LocalDate.of(2014, 2, 1), LocalDate.of(2014, 2, 28), List.of(), LocalDate.of(2014, 1, 15));

        assertThat(result.periods().get(0).ratePercent()).isEqualByComparingTo("7.37");
        assertThat(result.amount()).isEqualTo(Money.eur("5.65"));
    }

    @Test
    void flagsPeriodsBeyondTheLastPublishedBaseRateAsProvisional() {
        InterestResult result = interest.calculate(Money.eur("1000.00"), DebtorKind.CONSUMER,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

        assertThat(result.provisional()).isTrue();
        assertThat(result.periods()).extracting(InterestPeriod::provisional).containsExactly(false, true);
        assertThat(interest.calculate(Money.eur("1000.00"), DebtorKind.CONSUMER, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30)).provisional()).isFalse();
    }

    @Test
    void refusesAZeroOrNegativePrincipal() {
        assertThatThrownBy(() -> interest.calculate(Money.eur("0.00"), DebtorKind.CONSUMER,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1)))
                .isInstanceOf(LawInputException.class).hasMessageContaining("greater than zero")
                .extracting("field").isEqualTo("principal");
        assertThatThrownBy(() -> interest.calculate(Money.eur("-5.00"), DebtorKind.CONSUMER,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1)))
                .isInstanceOf(LawInputException.class).extracting("field").isEqualTo("principal");
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertThatThrownBy(() -> interest.calculate(Money.eur("10.00"), DebtorKind.CONSUMER,
                LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 31)))
                .isInstanceOf(LawInputException.class).extracting("field").isEqualTo("to");
    }

    @Test
    void refusesDatesBeforeTheFirstBaseRate() {
        assertThatThrownBy(() -> interest.calculate(Money.eur("10.00"), DebtorKind.CONSUMER,
                LocalDate.of(2001, 12, 31), LocalDate.of(2002, 1, 31)))
                .isInstanceOf(LawInputException.class).hasMessageContaining("2002-01-01")
                .extracting("field").isEqualTo("from");
    }

    @Test
    void refusesAnUnknownDebtorKind() {
        assertThatThrownBy(() -> DebtorKind.parse("debtorKind", "GOVERNMENT"))
                .isInstanceOf(LawInputException.class).hasMessageContaining("GOVERNMENT");
    }

    @Test
    void refusesPaymentsThatExceedThePrincipal() {
        assertThatThrownBy(() -> interest.calculate(Money.eur("100.00"), DebtorKind.CONSUMER,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 1),
                List.of(PrincipalChange.reduction(LocalDate.of(2025, 2, 1), Money.eur("100.01"))), null))
                .isInstanceOf(LawInputException.class).extracting("field").isEqualTo("changes");
    }
}
