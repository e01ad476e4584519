package de.kulant.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The usual hour of a debtor's portal visits, in German time, and the next time it strikes. */
class SendTimesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    @Test
    void theHourMostVisitsFellInWinsTheEarlierOnATieAndTooFewVisitsSayNothing() {
        List<Instant> visits = List.of(at("2026-11-02T19:40"), at("2026-11-09T19:05"), at("2026-11-10T07:30"),
                at("2026-11-20T07:59"), at("2026-11-21T19:59"));
        assertThat(SendTimes.usualHour(visits, 1)).contains(19);
        assertThat(SendTimes.usualHour(visits.subList(0, 4), 1)).as("two at 7, two at 19").contains(7);
        assertThat(SendTimes.usualHour(visits, 20)).isEmpty();
        // summer time: 18:30 UTC in July is 20:30 in Berlin
        assertThat(SendTimes.usualHour(List.of(Instant.parse("2026-07-01T18:30:00Z")), 1)).contains(20);
    }

    @Test
    void theNextTimeIsLaterTodayOrElseTomorrowAtTheFullHour() {
        assertThat(SendTimes.next(at("2026-12-04T10:00"), 19)).isEqualTo(at("2026-12-04T19:00"));
        assertThat(SendTimes.next(at("2026-12-04T19:00"), 19)).isEqualTo(at("2026-12-05T19:00"));
        assertThat(SendTimes.next(at("2026-12-04T20:15"), 7)).isEqualTo(at("2026-12-05T07:00"));
        // across the change to summer time the hour stays the local one
        assertThat(SendTimes.next(at("2027-03-27T21:00"), 9)).isEqualTo(at("2027-03-28T09:00"));
    }
}
