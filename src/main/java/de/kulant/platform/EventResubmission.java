package de.kulant.platform;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands event publications whose listener never finished to a listener again. A killed instance leaves the events of
 * its last committed chunks unhandled; without this they would wait until some instance restarts. One instance at a
 * time (a job lock); a publication is taken only after {@code kulant.events.resubmit-after}, so a listener still
 * working elsewhere is not doubled — and every listener is idempotent for the rare case that it was.
 */
@Component
class EventResubmission {

    private static final Logger log = LoggerFactory.getLogger(EventResubmission.class);

    private final IncompleteEventPublications incomplete;
    private final JobLocks locks;
    private final Duration after;

    EventResubmission(IncompleteEventPublications incomplete, JobLocks locks,
                      @Value("${kulant.events.resubmit-after:5m}") Duration after) {
        this.incomplete = incomplete;
        this.locks = locks;
        this.after = after;
    }

    @Scheduled(fixedDelayString = "${kulant.events.resubmit-every:1m}", initialDelayString = "${kulant.events.resubmit-every:1m}")
    void resubmit() {
        locks.tryLock("event-resubmission", Duration.ofMinutes(10)).ifPresent(held -> {
            try {
                incomplete.resubmitIncompletePublicationsOlderThan(after);
            } catch (RuntimeException e) {
                log.warn("Resubmitting unhandled events failed; the next round tries again: {}", e.getMessage());
            } finally {
                held.release();
            }
        });
    }
}
