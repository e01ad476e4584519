package de.kulant.dunning.internal;

import de.kulant.dunning.DunningRuns;
import de.kulant.platform.Actor;
import de.kulant.platform.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The daily run over all creditors, at {@code kulant.dunning.schedule}; the job lock keeps it to one instance. */
@Component
@ConditionalOnProperty(name = "kulant.dunning.schedule-enabled", havingValue = "true", matchIfMissing = true)
class DailyDunning {

    private static final Logger log = LoggerFactory.getLogger(DailyDunning.class);

    private final DunningRuns runs;

    DailyDunning(DunningRuns runs) {
        this.runs = runs;
    }

    @Scheduled(cron = "${kulant.dunning.schedule:0 0 6 * * *}", zone = "Europe/Berlin")
    void runForAllCreditors() {
        try {
            var run = runs.start(null, null, false, Actor.system());
            log.info("Daily dunning run {} for {}: {}", run.id(), run.asOf(), run.status());
        } catch (ConflictException busy) {
            log.info("Daily dunning run skipped here: {}", busy.getMessage());
        }
    }
}
