package de.kulant.platform.replica;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Measures how far the standby is behind the primary and whether it answers. Reads use it only while it is in
 * recovery (a promoted standby no longer follows the primary) and at most {@code kulant.replica.max-lag} behind.
 */
public class ReplicaHealth {

    private static final Logger log = LoggerFactory.getLogger(ReplicaHealth.class);

    /** The state readers see: usable or not, and the lag last measured (NaN when it could not be measured). */
    public record State(boolean usable, double lagSeconds, String reason) {
    }

    private final DataSource primary;
    private final DataSource replica;
    private final Duration maxLag;
    private volatile State state = new State(false, Double.NaN, "not checked yet");

    ReplicaHealth(DataSource primary, DataSource replica, Duration maxLag, MeterRegistry meters) {
        this.primary = primary;
        this.replica = replica;
        this.maxLag = maxLag;
        Gauge.builder("kulant_replica_usable", this, h -> h.state.usable() ? 1 : 0)
                .description("1 while page views read from the standby, 0 while they read from the primary")
                .register(meters);
        Gauge.builder("kulant_replica_lag_seconds", this, h -> h.state.lagSeconds())
                .description("How far the standby was behind the primary at the last check").register(meters);
    }

    public State state() {
        return state;
    }

    boolean usable() {
        return state.usable();
    }

    @Scheduled(fixedDelayString = "${kulant.replica.check-every:1s}")
    public void check() {
        State next;
        try {
            next = measure();
        } catch (SQLException e) {
            next = new State(false, Double.NaN, "not reachable: " + e.getMessage());
        }
        change(next);
    }

    /** A standby connection failed between two checks: reads go to the primary until the next check succeeds. */
    void down(SQLException cause) {
        change(new State(false, Double.NaN, "not reachable: " + cause.getMessage()));
    }

    private State measure() throws SQLException {
        String primaryPosition;
        try (Connection connection = primary.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select pg_current_wal_lsn()::text")) {
            rs.next();
            primaryPosition = rs.getString(1);
        }
        // bytes not yet replayed, and the age of the last replayed transaction (the lag while it is behind)
        try (Connection connection = replica.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "select pg_is_in_recovery(), pg_wal_lsn_diff(cast(? as pg_lsn), pg_last_wal_replay_lsn()),"
                        + " extract(epoch from now() - pg_last_xact_replay_timestamp())")) {
            statement.setString(1, primaryPosition);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return new State(false, Double.NaN, "not a standby (promoted?)");
                }
                double behind = rs.getDouble(2);
                if (!rs.wasNull() && behind <= 0) {
                    return new State(true, 0, "caught up");
                }
                double age = rs.getDouble(3);
                if (rs.wasNull()) {
                    return new State(false, Double.NaN, "has replayed nothing yet");
                }
                boolean usable = age <= maxLag.toMillis() / 1000.0;
                return new State(usable, age, usable ? "behind within the allowed lag" : "lags " + age + " s");
            }
        }
    }

    private void change(State next) {
        State before = state;
        state = next;
        if (before.usable() && !next.usable()) {
            log.warn("Read replica not used, page views read from the primary: {}", next.reason());
        } else if (!before.usable() && next.usable()) {
            log.info("Read replica used again for page views ({})", next.reason());
        }
    }
}
