package de.kulant.privacy;

import de.kulant.claims.DebtorRecords;
import de.kulant.correspondence.LetterRetention;
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
 * of the year of the last booking), and erases letters and e-mails six years after the end of the year they went out
 * once their claims ended; in batches, on one instance at a time.
 */
@Component
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    private static final int BATCH = 500;

    private final DebtorRecords records;
    private final LetterRetention letters;
    private final JobLocks locks;
    private final Clock clock;

    RetentionJob(DebtorRecords records, LetterRetention letters, JobLocks locks, Clock clock) {
        this.records = records;
        this.letters = letters;
        this.locks = locks;
        this.clock = clock;
    }

    @Scheduled(cron = "${kulant.privacy.retention-cron:0 30 3 * * *}", zone = "Europe/Berlin")
    void nightly() {
        int done = run(null);
        int erased = eraseLetters();
        if (done > 0 || erased > 0) {
            log.info("Anonymised {} debtors and erased {} letters whose retention periods ended", done, erased);
        }
    }

    /** Erases the letters and e-mails due now; how many (0 when another instance is at it). */
    public int eraseLetters() {
        Optional<JobLocks.Held> lock = locks.tryLock("privacy-letters", Duration.ofHours(1));
        if (lock.isEmpty()) {
            return 0;
        }
        try {
            return letters.eraseDue(BusinessDates.today(clock));
        } finally {
            lock.get().release();
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
