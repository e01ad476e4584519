package de.kulant.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    private final Deadlines deadlines = Deadlines.germany();
    private final PlaceOfPerformance munich = PlaceOfPerformance.ofAddress("DE", "80331");
    private final PlaceOfPerformance hanover = PlaceOfPerformance.ofAddress("DE", "30159");
    private final PlaceOfPerformance leipzig = PlaceOfPerformance.ofAddress("DE", "04109");
    private final PlaceOfPerformance berlin = PlaceOfPerformance.ofAddress("DE", "10115");

    @Test
    void corpusChristiMovesADeadlineInBavariaButNotInLowerSaxony() {
        LocalDate corpusChristi2026 = LocalDate.of(2026, 6, 4);

        assertThat(deadlines.nextWorkingDay(corpusChristi2026, munich)).isEqualTo(LocalDate.of(2026, 6, 5));
        assertThat(deadlines.nextWorkingDay(corpusChristi2026, hanover)).isEqualTo(corpusChristi2026);
    }

    @Test
    void reformationDayMovesADeadlineInSaxonyButNotInBavaria() {
        LocalDate reformationDay2025 = LocalDate.of(2025, 10, 31);

        assertThat(deadlines.nextWorkingDay(reformationDay2025, leipzig)).isEqualTo(LocalDate.of(2025, 11, 3));
        assertThat(deadlines.nextWorkingDay(reformationDay2025, munich)).isEqualTo(reformationDay2025);
    }

    @Test
    void internationalWomensDayIsAHolidayInBerlinOnly() {
        LocalDate womensDay2027 = LocalDate.of(2027, 3, 8);

        assertThat(deadlines.isWorkingDay(womensDay2027, berlin)).isFalse();
        assertThat(deadlines.isWorkingDay(womensDay2027, munich)).isTrue();
    }

    @Test
    void repentanceDayIsAHolidayInSaxony() {
        assertThat(deadlines.isWorkingDay(LocalDate.of(2026, 11, 18), PlaceOfPerformance.of(FederalState.SN))).isFalse();
        assertThat(deadlines.isWorkingDay(LocalDate.of(2026, 11, 18), PlaceOfPerformance.of(FederalState.HE))).isTrue();
    }

    @Test
    void aDeadlineOnGoodFridayMovesPastEasterMonday() {
        assertThat(deadlines.nextWorkingDay(LocalDate.of(2026, 4, 3), PlaceOfPerformance.nationwide()))
                .isEqualTo(LocalDate.of(2026, 4, 7));
    }

    @Test
    void aDeadlineOnChristmasMovesToTheMondayAfter() {
        assertThat(deadlines.nextWorkingDay(LocalDate.of(2026, 12, 25), PlaceOfPerformance.nationwide()))
                .isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void aPeriodOfDaysDoesNotCountTheDayOfTheEvent() {
        // §187 Abs. 1: 14 days from Wednesday 2026-03-04 end on Wednesday 2026-03-18.
        assertThat(deadlines.endOfPeriod(LocalDate.of(2026, 3, 4), Period.ofDays(14), hanover))
                .isEqualTo(LocalDate.of(2026, 3, 18));
    }

    @Test
    void aMonthFromTheLastOfJanuaryEndsOnTheLastOfFebruary() {
        // §188 Abs. 3; 2026-02-28 is a Saturday, so §193 moves it to Monday 2026-03-02.
        assertThat(deadlines.endOfPeriod(LocalDate.of(2026, 1, 31), Period.ofMonths(1), hanover))
                .isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void aForeignAddressCountsOnlyNationwideHolidays() {
        PlaceOfPerformance vienna = PlaceOfPerformance.ofAddress("AT", "1010");

        assertThat(vienna.states()).isEmpty();
        assertThat(deadlines.isWorkingDay(LocalDate.of(2026, 6, 4), vienna)).isTrue();
        assertThat(deadlines.isWorkingDay(LocalDate.of(2026, 10, 3), vienna)).isFalse();
    }

    @Test
    void aPostalRegionAcrossStatesCountsTheHolidaysOfAllOfThem() {
        // 63xxx reaches from Hessen into Bavaria (Aschaffenburg): Epiphany counts there, though not in Hessen.
        PlaceOfPerformance region63 = PlaceOfPerformance.ofAddress("DE", "63739");

        assertThat(region63.states()).containsExactlyInAnyOrder(FederalState.HE, FederalState.BY);
        assertThat(deadlines.isWorkingDay(LocalDate.of(2026, 1, 6), region63)).isFalse();
        assertThat(deadlines.isWorkingDay(LocalDate.of(2026, 1, 6), PlaceOfPerformance.of(FederalState.HE))).isTrue();
    }
}
