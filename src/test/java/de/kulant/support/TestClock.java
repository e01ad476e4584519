package de.kulant.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** A clock the tests move: business time stands still until a test sets it. */
public final class TestClock extends Clock {

    public static final LocalDate DEFAULT_TODAY = LocalDate.of(2026, 11, 27);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private volatile Instant instant;

    public TestClock() {
        reset();
    }

    public void setToday(LocalDate date) {
        instant = date.atTime(LocalTime.of(10, 0)).atZone(BERLIN).toInstant();
    }

    public void advance(java.time.Duration duration) {
        instant = instant.plus(duration);
    }

    public void reset() {
        setToday(DEFAULT_TODAY);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(instant, BERLIN);
    }

    @Override
    public ZoneId getZone() {
        return BERLIN;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant, zone);
    }

    @Override
    public Instant instant() {
        return instant;
    }
}
