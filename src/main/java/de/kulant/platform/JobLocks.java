package de.kulant.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Service;

/**
 * Cluster-wide locks for jobs (ShedLock on the database): a job runs on one instance at a time. A held lock
 * is extended while its instance lives and marked with the instance's id; when that instance is gone (see
 * {@link Instances}) its lock is released at once instead of expiring after {@code lockAtMostFor}.
 */
@Service
public class JobLocks {

    private final LockProvider provider;
    private final JdbcTemplate jdbc;
    private final Instances instances;
    /** Lock expiry is wall-clock time on the database, not business time. */
    private final Clock clock = Clock.systemUTC();

    JobLocks(DataSource dataSource, Instances instances,
             @Qualifier(PlatformWorkers.JOB_LOCK_KEEP_ALIVE) ThreadPoolTaskScheduler keepAlive) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.instances = instances;
        this.provider = new KeepAliveLockProvider(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration
                .builder().withJdbcTemplate(jdbc).usingDbTime().withLockedByValue(instances.current()).build()),
                keepAlive.getScheduledExecutor());
    }

    /** A held lock; release it when the job is done. */
    public interface Held {
        void release();
    }

    public Optional<Held> tryLock(String name, Duration lockAtMostFor) {
        Optional<SimpleLock> lock = lock(name, lockAtMostFor);
        if (lock.isEmpty() && releaseIfHolderGone(name)) {
            lock = lock(name, lockAtMostFor);
        }
        return lock.map(held -> held::unlock);
    }

    private Optional<SimpleLock> lock(String name, Duration lockAtMostFor) {
        return provider.lock(new LockConfiguration(clock.instant(), name, lockAtMostFor, Duration.ZERO));
    }

    /** Releases the lock when the instance holding it is gone; true when released. */
    private boolean releaseIfHolderGone(String name) {
        String holder = jdbc.query("select locked_by from shedlock where name = ?", rs -> rs.next() ? rs.getString(1) : null,
                name);
        if (holder == null || !instances.isGone(holder)) {
            return false;
        }
        // locked_at lies in the past, so the lock is free; the holder is checked again so a new owner keeps it
        return jdbc.update("update shedlock set lock_until = locked_at where name = ? and locked_by = ?", name, holder) == 1;
    }
}
