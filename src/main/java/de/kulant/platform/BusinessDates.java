package de.kulant.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Today's business date: the calendar date in Europe/Berlin, whatever zone the clock carries. */
public final class BusinessDates {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private BusinessDates() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** The business date an instant falls on. */
    public static LocalDate dayOf(java.time.Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
