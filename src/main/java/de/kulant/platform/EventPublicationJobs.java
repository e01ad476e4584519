package de.kulant.platform;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks after the stored event publications, each job on one instance at a time (a job lock).
 * <p>
 * Resubmission hands publications whose listener never finished to a listener again. A killed instance leaves the
 * events of its last committed chunks unhandled; without this they would wait until some instance restarts. A
 * publication is taken only after {@code kulant.events.resubmit-after}, so a listener still working elsewhere is not
 * doubled — and every listener is idempotent for the rare case that it was.
 * <p>
 * The purge deletes publications handled longer than {@code kulant.events.keep-completed} ago: kept for ever, a
 * dunning run's events (a letter list per chunk) would grow the table by tens of megabytes a day.
 */
@Component
class EventPublicationJobs {

    private static final Logger log = LoggerFactory.getLogger(EventPublicationJobs.class);

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final JobLocks locks;
    private final Duration resubmitAfter;
    private final Duration keepCompleted;

    EventPublicationJobs(IncompleteEventPublications incomplete, CompletedEventPublications completed, JobLocks locks,
                         @Value("${kulant.events.resubmit-after:5m}") Duration resubmitAfter,
                         @Value("${kulant.events.keep-completed:7d}") Duration keepCompleted) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.locks = locks;
        this.resubmitAfter = resubmitAfter;
        this.keepCompleted = keepCompleted;
    }

    @Scheduled(fixedDelayString = "${kulant.events.resubmit-every:1m}", initialDelayString = "${kulant.events.resubmit-every:1m}")
    void resubmit() {
        underLock("event-resubmission", "Resubmitting unhandled events",
                () -> incomplete.resubmitIncompletePublicationsOlderThan(resubmitAfter));
    }

    @Scheduled(fixedDelayString = "${kulant.events.purge-every:1h}", initialDelayString = "PT10M")
    void purge() {
        underLock("event-purge", "Deleting handled events", () -> completed.deletePublicationsOlderThan(keepCompleted));
    }

    private void underLock(String job, String what, Runnable work) {
        locks.tryLock(job, Duration.ofMinutes(10)).ifPresent(held -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.warn("{} failed; the next round tries again: {}", what, e.getMessage());
            } finally {
                held.release();
            }
        });
    }
}
