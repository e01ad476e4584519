package de.kulant.dunning.demo;

import de.kulant.dunning.DunningRuns;
import de.kulant.platform.Actor;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.DemoSeed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * After the demo claims are seeded: three dunning runs four, two and zero weeks back, so the demo shows claims
 * at every level, combined notices and handovers. The two past runs are history: their notices count as sent then,
 * and only today's run writes letters, so today's print file holds no letter dated in the past.
 */
@Component
@Order(20)
@Conditional(DemoSeed.class)
class DemoDunning implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDunning.class);
    private static final Actor DEMO = new Actor(Actor.Kind.SYSTEM, "demo-data");

    private final DunningRuns runs;
    private final Clock clock;

    DemoDunning(DunningRuns runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!runs.recent(null, 1).isEmpty()) {
            return;
        }
        LocalDate today = BusinessDates.today(clock);
        for (LocalDate asOf : new LocalDate[] {today.minusDays(28), today.minusDays(14)}) {
            runs.recordHistory(asOf, DEMO);
            runs.awaitIdle(Duration.ofMinutes(5));
        }
        runs.start(null, today, false, DEMO);
        runs.awaitIdle(Duration.ofMinutes(5));
        log.info("Demo data: dunning runs of {}, {} and {} done", today.minusDays(28), today.minusDays(14), today);
    }
}
