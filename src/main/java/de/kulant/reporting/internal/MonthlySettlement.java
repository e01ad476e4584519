package de.kulant.reporting.internal;

import de.kulant.platform.Actor;
import de.kulant.platform.JobLocks;
import de.kulant.reporting.PayoutRuns;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Settles the month before at {@code kulant.reporting.settlement-cron} (the 2nd, 07:00), unless an admin settled it
 * already; the job lock keeps it to one instance.
 */
@Component
@ConditionalOnProperty(name = "kulant.reporting.settlement-schedule-enabled", havingValue = "true", matchIfMissing = true)
class MonthlySettlement {

    private static final Logger log = LoggerFactory.getLogger(MonthlySettlement.class);

    private final PayoutRuns runs;
    private final JobLocks locks;

    MonthlySettlement(PayoutRuns runs, JobLocks locks) {
        this.runs = runs;
        this.locks = locks;
    }

    @Scheduled(cron = "${kulant.reporting.settlement-cron:0 0 7 2 * *}", zone = "Europe/Berlin")
    void settleLastMonth() {
        var lock = locks.tryLock("settlement-run", Duration.ofHours(1));
        if (lock.isEmpty()) {
            return;
        }
        try {
            runs.settleLastMonth(Actor.system()).ifPresentOrElse(
                    r -> log.info("Settlement run {} for {}: {} statements, {} payouts, {}", r.run().number(),
                            r.run().period(), r.run().statements(), r.run().payouts(), r.run().payoutTotal()),
                    () -> log.info("Settlement of last month skipped: settled already"));
        } finally {
            lock.get().release();
        }
    }
}
