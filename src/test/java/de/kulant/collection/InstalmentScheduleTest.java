package de.kulant.collection;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.collection.InstalmentSchedule.Interval;
import de.kulant.collection.InstalmentSchedule.Rate;
import de.kulant.collection.InstalmentSchedule.Terms;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An instalment plan's rates to the cent: equal rates, the last takes the rounding, month ends do not drift. */
class InstalmentScheduleTest {

    @Test
    void equalRatesToTheCentAndTheLastTakesWhatRoundingLeft() {
        List<FieldViolation> violations = new ArrayList<>();
        // 1,000.00 − 100.00 down = 900.00 in 7 rates: 128.57 × 6 = 771.42, the last 128.58
        InstalmentSchedule schedule = InstalmentSchedule.of(new Terms(Money.eur("1000.00"), Money.eur("100.00"), 7,
                Interval.MONTHLY, LocalDate.of(2027, 1, 31), LocalDate.of(2026, 12, 15)), violations);

        assertThat(violations).isEmpty();
        assertThat(schedule.rates()).hasSize(8);
        assertThat(schedule.rates().get(0)).isEqualTo(new Rate(0, LocalDate.of(2026, 12, 15), Money.eur("100.00")));
        assertThat(schedule.regularRate()).isEqualTo(Money.eur("128.57"));
        assertThat(schedule.rates().get(7).amount()).isEqualTo(Money.eur("128.58"));
        assertThat(schedule.rates().stream().map(Rate::amount).reduce(Money.zeroEur(), Money::plus))
                .isEqualTo(Money.eur("1000.00"));
        // counted from the first due date: 31 Jan, 28 Feb, 31 Mar, 30 Apr ...
        assertThat(schedule.rates().subList(1, 5)).extracting(Rate::dueOn).containsExactly(LocalDate.of(2027, 1, 31),
                LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31), LocalDate.of(2027, 4, 30));
        assertThat(schedule.lastDueOn()).isEqualTo(LocalDate.of(2027, 7, 31));
    }

    @Test
    void weeklyRatesWithoutDownPayment() {
        List<FieldViolation> violations = new ArrayList<>();
        InstalmentSchedule schedule = InstalmentSchedule.of(new Terms(Money.eur("100.00"), null, 3, Interval.WEEKLY,
                LocalDate.of(2026, 12, 7), null), violations);

        assertThat(schedule.rates()).extracting(r -> r.number() + " " + r.dueOn() + " " + r.amount().toPlainString())
                .containsExactly("1 2026-12-07 33.33", "2 2026-12-14 33.33", "3 2026-12-21 33.34");
    }

    @Test
    void anAmountThatDividesEvenlyHasEqualRates() {
        InstalmentSchedule schedule = InstalmentSchedule.of(new Terms(Money.eur("90.00"), null, 3, Interval.MONTHLY,
                LocalDate.of(2027, 1, 15), null), new ArrayList<>());

        assertThat(schedule.rates()).extracting(r -> r.amount().toPlainString()).containsExactly("30.00", "30.00", "30.00");
    }

    @Test
    void aDownPaymentOfTheWholeAmountNoRateAndRatesBelowACentAreRefused() {
        List<FieldViolation> violations = new ArrayList<>();
        LocalDate first = LocalDate.of(2027, 1, 1);
        assertThat(InstalmentSchedule.of(new Terms(Money.eur("50.00"), Money.eur("50.00"), 2, Interval.MONTHLY, first,
                null), violations)).isNull();
        assertThat(InstalmentSchedule.of(new Terms(Money.eur("50.00"), null, 0, Interval.MONTHLY, first, null),
                violations)).isNull();
        assertThat(InstalmentSchedule.of(new Terms(Money.eur("0.05"), null, 6, Interval.MONTHLY, first, null),
                violations)).isNull();

        assertThat(violations).extracting(FieldViolation::code).containsExactly("notBelowAmount", "atLeastOne",
                "rateTooSmall");
    }
}
