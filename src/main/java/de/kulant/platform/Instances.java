package de.kulant.platform;

import jakarta.annotation.PreDestroy;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The running instances of the application, each with a heartbeat in {@code app_instance}. An instance is gone when
 * its heartbeat is older than {@link #STALE}, or at once when it ran on this host and its process no longer exists
 * (a restart after {@code kill -9}); then its locks and running jobs can be taken over without waiting.
 */
@Service
public class Instances {

    static final Duration HEARTBEAT = Duration.ofSeconds(5);
    static final Duration STALE = Duration.ofSeconds(20);
    private static final Logger log = LoggerFactory.getLogger(Instances.class);

    private final JdbcClient jdbc;
    /** Heartbeats are wall-clock time, not business time. */
    private final Clock clock = Clock.systemUTC();
    private final String id = UUID.randomUUID().toString();
    private final String host = hostName();
    private final long pid = ProcessHandle.current().pid();
    /** Gone instances already logged, so each is reported once however often it is asked for. */
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    Instances(JdbcClient jdbc) {
        this.jdbc = jdbc;
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("insert into app_instance (id, host, pid, started_at, heartbeat_at) values (:id, :host, :pid, :now, :now)")
                .param("id", id).param("host", host).param("pid", pid).param("now", now).update();
    }

    /** This instance's id, as it marks the locks it holds and the runs it works on. */
    public String current() {
        return id;
    }

    @Scheduled(fixedDelay = 5_000, initialDelay = 5_000)
    void beat() {
        Instant now = clock.instant();
        jdbc.sql("update app_instance set heartbeat_at = :now where id = :id")
                .param("now", Timestamp.from(now)).param("id", id).update();
        // a day after its last heartbeat nothing of a gone instance needs it any more; its locks count as gone too
        jdbc.sql("delete from app_instance where heartbeat_at < :long_ago")
                .param("long_ago", Timestamp.from(now.minus(Duration.ofDays(1)))).update();
    }

    /** The ids of instances known to be gone. */
    public List<String> gone() {
        Instant stale = clock.instant().minus(STALE);
        List<String> gone = jdbc.sql("select id, host, pid, heartbeat_at from app_instance where id <> :id")
                .param("id", id)
                .query((rs, n) -> {
                    boolean dead = rs.getTimestamp(4).toInstant().isBefore(stale)
                            || host.equals(rs.getString(2)) && ProcessHandle.of(rs.getLong(3)).isEmpty();
                    return dead ? rs.getString(1) : null;
                })
                .list().stream().filter(Objects::nonNull).toList();
        List<String> news = gone.stream().filter(reported::add).toList();
        if (!news.isEmpty()) {
            log.info("Instances gone without shutting down: {}", news);
        }
        return gone;
    }

    /** An instance that was never registered or whose row was forgotten counts as gone too. */
    public boolean isGone(String instance) {
        return instance == null || !instance.equals(id) && (gone().contains(instance) || jdbc.sql(
                "select count(*) from app_instance where id = :id").param("id", instance).query(Long.class).single() == 0);
    }

    @PreDestroy
    void stop() {
        jdbc.sql("delete from app_instance where id = :id").param("id", id).update();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
