package de.kulant.law;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Limitation (§§195, 199, 204, 205, 209, 212 BGB). The regular period runs three years from the end of the year
 * the claim arose. A restart (§212) begins a fresh period the day after the event, without the year-end rule;
 * during a suspension it begins when the suspension ends; after a title it is 30 years again. Suspended days
 * count only inside the running period (§209). A restart or suspension before the period has begun changes
 * nothing (BGH VIII ZR 344/12). A last day on a weekend or public holiday moves to the next working day (§193,
 * applied to limitation by the BGH).
 */
public final class Limitation {

    private static final Period REGULAR = Period.ofYears(3);
    private static final Period TITLE = Period.ofYears(30);

    private final Deadlines deadlines;

    public Limitation(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    /** The period as it stands while the events are applied in date order. */
    private static final class Running {
        LocalDate start;
        LocalDate end;
        Period length = REGULAR;
        LocalDate countedThrough;
        LocalDate openSuspension;
    }

    /** @param arisenOn when the claim arose; for a purchase price, its due date */
    public LimitationResult endOf(LocalDate arisenOn, List<LimitationEvent> events) {
        validate(arisenOn, events);
        List<String> steps = new ArrayList<>();
        Running period = new Running();
        period.start = LocalDate.of(arisenOn.getYear() + 1, 1, 1);
        period.end = LocalDate.of(arisenOn.getYear() + 3, 12, 31);
        steps.add("§§195, 199 BGB: arisen " + arisenOn + ", three years from the end of " + arisenOn.getYear()
                + " → " + period.end);
        List<LimitationEvent> sorted = events.stream().sorted(Comparator.comparing(LimitationEvent::on)).toList();
        for (LimitationEvent event : sorted) {
            if (event.on().isAfter(period.end)) {
                steps.add(event.on() + ": after the end of limitation, no effect");
                continue;
            }
            if (event instanceof LimitationEvent.Restart restart) {
                restart(period, restart, steps);
            } else if (event instanceof LimitationEvent.Suspension suspension) {
                suspend(period, suspension, steps);
            } else if (event instanceof LimitationEvent.Title title) {
                period.length = TITLE;
                period.start = title.on().plusDays(1);
                period.end = title.on().plus(TITLE);
                period.countedThrough = null;
                steps.add("§§197, 201 BGB: title final on " + title.on() + " → " + period.end);
            }
            if (period.openSuspension != null) {
                steps.add("suspended since " + period.openSuspension + " without a known end: no end date yet");
                return new LimitationResult(null, true, List.copyOf(steps));
            }
        }
        LocalDate shifted = deadlines.nextWorkingDay(period.end, PlaceOfPerformance.nationwide());
        if (!shifted.equals(period.end)) {
            steps.add("§193 BGB: " + period.end + " is not a working day → " + shifted);
        }
        return new LimitationResult(shifted, false, List.copyOf(steps));
    }

    private static void restart(Running period, LimitationEvent.Restart restart, List<String> steps) {
        if (restart.on().isBefore(period.start)) {
            steps.add("§212 BGB: " + restart.what() + " on " + restart.on()
                    + " came before the period began on " + period.start + ", no effect (BGH VIII ZR 344/12)");
            return;
        }
        LocalDate from = restart.on();
        String during = "";
        if (period.countedThrough != null && !period.countedThrough.isBefore(restart.on())) {
            from = period.countedThrough;
            during = ", during a suspension: from its end " + from;
        }
        period.start = from.plusDays(1);
        period.end = from.plus(period.length);
        steps.add("§212 BGB: " + restart.what() + " on " + restart.on() + " restarts limitation" + during + " → "
                + period.end);
    }

    private static void suspend(Running period, LimitationEvent.Suspension suspension, List<String> steps) {
        LocalDate until = suspension.suspendedUntil();
        LocalDate from = later(later(suspension.on(), period.start),
                period.countedThrough == null ? null : period.countedThrough.plusDays(1));
        if (until == null) {
            period.openSuspension = suspension.on();
            steps.add(suspension.basis() + ": suspended since " + suspension.on());
            return;
        }
        if (from.isAfter(until)) {
            steps.add(suspension.basis() + ": suspended " + suspension.on() + " – " + until
                    + ", no day of it inside the running period, no effect");
            return;
        }
        long days = ChronoUnit.DAYS.between(from, until) + 1;
        period.end = period.end.plusDays(days);
        period.countedThrough = until;
        steps.add(suspension.basis() + ": suspended " + suspension.on() + " – " + until + ", " + days
                + " days from " + from + " count → " + period.end);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b == null || a.isAfter(b) ? a : b;
    }

    private static void validate(LocalDate arisenOn, List<LimitationEvent> events) {
        if (arisenOn == null) {
            throw new LawInputException("arisenOn", "is required");
        }
        for (LimitationEvent event : events) {
            if (event.on() == null) {
                throw new LawInputException("events", "every event needs its date");
            }
            if (event.on().isBefore(arisenOn)) {
                throw new LawInputException("events", "an event on " + event.on()
                        + " lies before the claim arose on " + arisenOn);
            }
            if (event instanceof LimitationEvent.Suspension suspension && suspension.suspendedUntil() != null
                    && suspension.suspendedUntil().isBefore(suspension.on())) {
                throw new LawInputException("events", "a suspension from " + suspension.on() + " cannot end on "
                        + suspension.suspendedUntil() + ", before it starts");
            }
        }
    }

    /**
     * The items whose limitation ends within {@code leadDays} after {@code asOf} soonest first; claims already
     * time-barred or suspended are not listed: the files that need a court dunning application now.
     */
    public <T> List<T> dueForCourtActionSoon(List<T> items, Function<T, LimitationResult> limitation,
                                             LocalDate asOf, int leadDays) {
        LocalDate horizon = asOf.plusDays(leadDays);
        return items.stream()
                .filter(item -> {
                    LimitationResult result = limitation.apply(item);
                    return !result.suspended() && !result.endsOn().isBefore(asOf) && !result.endsOn().isAfter(horizon);
                })
                .sorted(Comparator.comparing(item -> limitation.apply(item).endsOn()))
                .toList();
    }
}
