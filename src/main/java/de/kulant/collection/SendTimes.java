package de.kulant.collection;

import de.kulant.collection.internal.ActivityStore;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.CreditorId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The hour a debtor's collection e-mail goes out: the hour at which this debtor acted in the portal most often in the
 * last half year (sign-ins, payments, messages), or without any, the hour the creditor's debtors did; without either,
 * at once. The next such hour within a day; no tracking pixel or link counts, only what the debtor did.
 */
@Component
class SendTimes {

    static final Duration LOOK_BACK = Duration.ofDays(183);
    /** Fewer of the creditor's debtors' visits than this say nothing about "debtors like them". */
    static final int FEWEST_VISITS = 20;

    private final ActivityStore activities;
    private final Clock clock;

    SendTimes(ActivityStore activities, Clock clock) {
        this.activities = activities;
        this.clock = clock;
    }

    /** When each case's e-mail should leave; a case missing from the answer sends at once. */
    Map<CaseId, Instant> emailAt(Collection<CaseRow> rows) {
        Instant now = clock.instant();
        Instant since = now.minus(LOOK_BACK);
        Map<CaseId, List<Instant>> own = activities.portalVisits(rows.stream().map(CaseRow::id).toList(), since);
        Map<CreditorId, Optional<Integer>> creditorHours = new HashMap<>();
        Map<CaseId, Instant> at = new HashMap<>();
        for (CaseRow row : rows) {
            Optional<Integer> hour = usualHour(own.getOrDefault(row.id(), List.of()), 1);
            if (hour.isEmpty()) {
                hour = creditorHours.computeIfAbsent(row.creditorId(),
                        c -> usualHour(activities.creditorPortalVisits(c, since, 5_000), FEWEST_VISITS));
            }
            hour.ifPresent(h -> at.put(row.id(), next(now, h)));
        }
        return at;
    }

    /** The hour (Europe/Berlin) most visits fell in, the earlier hour on a tie; empty below {@code fewest} visits. */
    static Optional<Integer> usualHour(List<Instant> visits, int fewest) {
        if (visits.size() < fewest) {
            return Optional.empty();
        }
        int[] counts = new int[24];
        visits.forEach(v -> counts[v.atZone(BusinessDates.ZONE).getHour()]++);
        int best = 0;
        for (int h = 1; h < 24; h++) {
            if (counts[h] > counts[best]) {
                best = h;
            }
        }
        return Optional.of(best);
    }

    /** The next full {@code hour} (Europe/Berlin) from {@code now}, today or tomorrow. */
    static Instant next(Instant now, int hour) {
        ZonedDateTime local = now.atZone(BusinessDates.ZONE);
        ZonedDateTime at = local.withHour(hour).withMinute(0).withSecond(0).withNano(0);
        return (at.isAfter(local) ? at : at.plusDays(1)).toInstant();
    }
}
