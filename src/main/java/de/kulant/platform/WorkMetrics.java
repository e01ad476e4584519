package de.kulant.platform;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gauges of the work the instances share, read from the database when they are scraped: chunks of runs waiting,
 * claimed, and claimed with a lease that ran out (an instance died), and event publications not yet handled.
 */
@Component
class WorkMetrics {

    WorkMetrics(MeterRegistry registry, JdbcClient jdbc) {
        Gauge.builder("kulant.run.chunks", () -> count(jdbc, "status = 'OPEN'"))
                .tag("status", "open").description("chunks of runs no instance has claimed yet").register(registry);
        Gauge.builder("kulant.run.chunks", () -> count(jdbc, "status = 'CLAIMED' and lease_until >= :now"))
                .tag("status", "claimed").description("chunks an instance works on").register(registry);
        Gauge.builder("kulant.run.chunks", () -> count(jdbc, "status = 'CLAIMED' and lease_until < :now"))
                .tag("status", "lease_expired").description("chunks whose instance stopped extending its lease")
                .register(registry);
        Gauge.builder("kulant.events.incomplete", () -> jdbc.sql(
                        "select count(*) from event_publication where completion_date is null").query(Long.class).single())
                .description("event publications whose listener has not finished").register(registry);
    }

    private static long count(JdbcClient jdbc, String where) {
        // leases are wall-clock time, as RunChunks writes them
        return jdbc.sql("select count(*) from run_chunk where " + where).param("now", Timestamp.from(Instant.now()))
                .query(Long.class).single();
    }
}
