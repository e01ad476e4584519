package de.kulant.law;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;

/**
 * Periods and deadlines (§§187, 188, 193 BGB): the day of the event does not count, a period ends at
 * the end of its last day, and a last day that is a Saturday, Sunday or public holiday at the place of
 * performance moves to the next working day.
 */
public final class Deadlines {

    private final PublicHolidays holidays;

    public Deadlines(PublicHolidays holidays) {
        this.holidays = holidays;
    }

    public static Deadlines germany() {
        return new Deadlines(PublicHolidays.germany());
    }

    /** The last day of a period of {@code length} that starts with an event on {@code eventDay}. */
    public LocalDate endOfPeriod(LocalDate eventDay, Period length, PlaceOfPerformance place) {
        // §187 Abs. 1 with §188 Abs. 1 and 2: days count from the next day; weeks, months, years end on the same-named day.
        return nextWorkingDay(eventDay.plus(length), place);
    }

    /** {@code date} itself when it is a working day at the place, else the next one (§193 BGB). */
    public LocalDate nextWorkingDay(LocalDate date, PlaceOfPerformance place) {
        LocalDate day = date;
        while (!isWorkingDay(day, place)) {
            day = day.plusDays(1);
        }
        return day;
    }

    public boolean isWorkingDay(LocalDate date, PlaceOfPerformance place) {
        DayOfWeek dayOfWeek = date.getDayOfWeek();
        return dayOfWeek != DayOfWeek.SATURDAY && dayOfWeek != DayOfWeek.SUNDAY
                && !holidays.isHoliday(date, place.states());
    }
}
