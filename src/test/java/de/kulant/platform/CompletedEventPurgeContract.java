package de.kulant.platform;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Finished events are deleted after a week; recent ones, and any whose listener has not finished, stay. */
abstract class CompletedEventPurgeContract extends IntegrationTest {

    @Autowired
    private EventPublicationJobs jobs;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Clock clock;

    @Test
    void eventsFinishedMoreThanAWeekAgoAreDeletedAndTheOthersKept() {
        Instant now = clock.instant();
        UUID oldDone = publication(now.minus(Duration.ofDays(9)), now.minus(Duration.ofDays(8)));
        UUID recentDone = publication(now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)));
        UUID oldOpen = publication(now.minus(Duration.ofDays(30)), null);

        try {
            jobs.purge();

            List<UUID> left = jdbc.queryForList("select id from event_publication where id in (?, ?, ?)", UUID.class,
                    oldDone, recentDone, oldOpen);
            assertThat(left).containsExactlyInAnyOrder(recentDone, oldOpen);
        } finally {
            // no listener of this context knows these events: none may be handed on later
            jdbc.update("delete from event_publication where listener_id = 'test.listener'");
        }
    }

    private UUID publication(Instant published, Instant completed) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,"
                        + " completion_date, status, completion_attempts) values (?, ?, ?, ?, ?, ?, ?, ?)", id,
                "test.listener", "java.lang.String", "\"purge test\"", Timestamp.from(published),
                completed == null ? null : Timestamp.from(completed), completed == null ? "PROCESSING" : "COMPLETED",
                1);
        return id;
    }
}
