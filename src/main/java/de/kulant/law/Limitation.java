package de.kulant.law;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Limitation (§§195, 199, 204, 205, 209, 212 BGB). Regular period three years from the end of the year
 * in which the claim arose; a restart begins a fresh three-year period the day after the event (§212,
 * without the year-end rule); suspended time does not count (§209). A last day on a weekend or public
 * holiday moves to the next working day (§193, applied to limitation by the BGH).
 */
public final class Limitation {

    private static final Period REGULAR = Period.ofYears(3);
    private static final Period AFTER_PROCEDURE = Period.ofMonths(6);
    private static final Period TITLE = Period.ofYears(30);

    private final Deadlines deadlines;

    public Limitation(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    /** @param arisenOn when the claim arose; for a purchase price, its due date */
    public LimitationResult endOf(LocalDate arisenOn, List<LimitationEvent> events) {
        if (arisenOn == null) {
            throw new LawInputException("arisenOn", "is required");
        }
        List<String> steps = new ArrayList<>();
        LocalDate end = LocalDate.of(arisenOn.getYear() + 3, 12, 31);
        steps.add("§§195, 199 BGB: arisen " + arisenOn + ", three years from the end of " + arisenOn.getYear()
                + " → " + end);
        List<LimitationEvent> sorted = events.stream().sorted(Comparator.comparing(LimitationEvent::on)).toList();
        for (LimitationEvent event : sorted) {
            if (event.on().isAfter(end)) {
                steps.add(event.on() + ": after the end of limitation, no effect");
                continue;
            }
            if (event instanceof LimitationEvent.Restart restart) {
                end = restart.on().plus(REGULAR);
                steps.add("§212 BGB: " + restart.what() + " on " + restart.on() + " restarts limitation → " + end);
            } else if (event instanceof LimitationEvent.CourtDunningApplication application) {
                if (application.procedureEnded() == null) {
                    steps.add("§204 Abs. 1 Nr. 3 BGB: court dunning procedure since " + application.on()
                            + " suspends limitation until six months after it ends");
                    return new LimitationResult(null, true, List.copyOf(steps));
                }
                LocalDate suspendedUntil = application.procedureEnded().plus(AFTER_PROCEDURE);
                end = extend(end, application.on(), suspendedUntil);
                steps.add("§§204, 209 BGB: suspended " + application.on() + " – " + suspendedUntil + " → " + end);
            } else if (event instanceof LimitationEvent.Deferral deferral) {
                if (deferral.until() == null) {
                    steps.add("§205 BGB: deferral since " + deferral.on() + " suspends limitation");
                    return new LimitationResult(null, true, List.copyOf(steps));
                }
                end = extend(end, deferral.on(), deferral.until());
                steps.add("§§205, 209 BGB: suspended " + deferral.on() + " – " + deferral.until() + " → " + end);
            } else if (event instanceof LimitationEvent.Title title) {
                end = title.on().plus(TITLE);
                steps.add("§§197, 201 BGB: title final on " + title.on() + " → " + end);
            }
        }
        LocalDate shifted = deadlines.nextWorkingDay(end, PlaceOfPerformance.nationwide());
        if (!shifted.equals(end)) {
            steps.add("§193 BGB: " + end + " is not a working day → " + shifted);
        }
        return new LimitationResult(shifted, false, List.copyOf(steps));
    }

    /** §209 BGB: the days of suspension are added to the period. */
    private static LocalDate extend(LocalDate end, LocalDate from, LocalDate until) {
        long days = ChronoUnit.DAYS.between(from, until) + 1;
        return end.plusDays(days);
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
