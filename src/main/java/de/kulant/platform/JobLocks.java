package de.kulant.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Cluster-wide locks for jobs (ShedLock on the database): a job runs on one instance at a time. A held lock
 * is extended while its instance lives; when the instance dies it expires after {@code lockAtMostFor}.
 */
@Service
public class JobLocks {

    private final LockProvider provider;
    /** Lock expiry is wall-clock time on the database, not business time. */
    private final Clock clock = Clock.systemUTC();

    JobLocks(DataSource dataSource) {
        ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "job-lock-keep-alive");
            thread.setDaemon(true);
            return thread;
        });
        this.provider = new KeepAliveLockProvider(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration
                .builder().withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build()), keepAlive);
    }

    /** A held lock; release it when the job is done. */
    public interface Held {
        void release();
    }

    public Optional<Held> tryLock(String name, Duration lockAtMostFor) {
        Optional<SimpleLock> lock = provider.lock(new LockConfiguration(clock.instant(), name, lockAtMostFor,
                Duration.ZERO));
        return lock.map(held -> held::unlock);
    }
}
