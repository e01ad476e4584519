package de.kulant.privacy;

import de.kulant.claims.DebtorRecords;
import de.kulant.platform.Actor;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.CreditorId;
import de.kulant.platform.JobLocks;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night: anonymises the debtors whose claims all ended and whose retention periods passed (ten years from the end
 * of the year of the last booking), in batches, on one instance at a time.
 */
@Component
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    private static final int BATCH = 500;

    private final DebtorRecords records;
    private final JobLocks locks;
    private final Clock clock;

    RetentionJob(DebtorRecords records, JobLocks locks, Clock clock) {
        this.records = records;
        this.locks = locks;
        this.clock = clock;
    }

    @Scheduled(cron = "${kulant.privacy.retention-cron:0 30 3 * * *}", zone = "Europe/Berlin")
    void nightly() {
        int done = run(null);
        if (done > 0) {
            log.info("Anonymised {} debtors whose retention periods ended", done);
        }
    }

    /** Runs once now, for one creditor or all (null); the number anonymised (0 when another instance is at it). */
    public int run(CreditorId creditor) {
        Optional<JobLocks.Held> lock = locks.tryLock("privacy-retention", Duration.ofHours(1));
        if (lock.isEmpty()) {
            return 0;
        }
        try {
            LocalDate today = BusinessDates.today(clock);
            int done = 0;
            while (true) {
                List<DebtorRecords.Retention> due = records.dueForAnonymisation(today, creditor, BATCH);
                int before = done;
                for (DebtorRecords.Retention retention : due) {
                    done += records.anonymise(retention, Actor.system()) ? 1 : 0;
                }
                if (due.size() < BATCH || done == before) {
                    return done;
                }
            }
        } finally {
            lock.get().release();
        }
    }

    /** How many debtors are due now, counted up to {@code limit}, for the admin page. */
    public int dueNow(int limit) {
        return records.dueForAnonymisation(BusinessDates.today(clock), null, limit).size();
    }
}
