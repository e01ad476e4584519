package de.kulant.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** TARGET business days, on which SEPA direct debits are collected, with worked dates. */
class TargetCalendarTest {

    @Test
    void easterFallsWhereTheCalendarsSay() {
        assertThat(TargetCalendar.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(TargetCalendar.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(TargetCalendar.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }

    @Test
    void weekendsAndTheSixClosingDaysAreNoBusinessDaysButGermanOnlyHolidaysAre() {
        assertThat(TargetCalendar.isBusinessDay(LocalDate.of(2027, 3, 26))).as("Good Friday").isFalse();
        assertThat(TargetCalendar.isBusinessDay(LocalDate.of(2027, 3, 29))).as("Easter Monday").isFalse();
        assertThat(TargetCalendar.isBusinessDay(LocalDate.of(2027, 5, 1))).isFalse();
        assertThat(TargetCalendar.isBusinessDay(LocalDate.of(2026, 12, 26))).isFalse();
        assertThat(TargetCalendar.isBusinessDay(LocalDate.of(2026, 12, 5))).as("Saturday").isFalse();
        assertThat(TargetCalendar.isBusinessDay(LocalDate.of(2027, 5, 6))).as("Ascension: TARGET is open").isTrue();
        assertThat(TargetCalendar.isBusinessDay(LocalDate.of(2027, 10, 4))).isTrue();
    }

    @Test
    void theNextBusinessDaySkipsChristmasAndTheWeekend() {
        // Thursday 24 December 2026: Friday 25th and Saturday 26th closed, Sunday 27th weekend
        assertThat(TargetCalendar.nextBusinessDay(LocalDate.of(2026, 12, 24))).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(TargetCalendar.nextBusinessDay(LocalDate.of(2026, 11, 27))).isEqualTo(LocalDate.of(2026, 11, 30));
    }
}
