package de.kulant.collection;

import de.kulant.collection.internal.ActivityStore;
import de.kulant.collection.internal.CaseStore;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.law.CollectionCosts;
import de.kulant.platform.Actor;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.JobLocks;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily collection run: promises whose day passed unkept are broken (the case resumes); plans' rates missed beyond
 * the tolerance get a reminder or end the plan; pauses past their last day end, offers past theirs lapse; a case whose
 * first demand went unanswered past its pay-by date is no longer a simple case, so its costs are raised from the 0.5 to
 * the 0.9 business fee (Nr. 2300 VV RVG), posted as the difference. Running it twice on a day changes nothing; one
 * instance at a time.
 */
@Component
public class CollectionRun {

    private static final Logger log = LoggerFactory.getLogger(CollectionRun.class);
    private static final int BATCH = 200;

    private final CaseStore cases;
    private final CaseCharging charging;
    private final ActivityStore activities;
    private final Promises promises;
    private final PlanTracking plans;
    private final Deferrals deferrals;
    private final Settlements settlements;
    private final StrategyRun strategyRun;
    private final CasePriorities priorities;
    private final de.kulant.collection.internal.QueueStore queues;
    private final JobLocks locks;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CollectionRun(CaseStore cases, CaseCharging charging, ActivityStore activities, Promises promises,
                  PlanTracking plans, Deferrals deferrals, Settlements settlements, CasePriorities priorities,
                  de.kulant.collection.internal.QueueStore queues, StrategyRun strategyRun,
                  JobLocks locks, TransactionTemplate transactions, Clock clock) {
        this.strategyRun = strategyRun;
        this.promises = promises;
        this.plans = plans;
        this.deferrals = deferrals;
        this.settlements = settlements;
        this.priorities = priorities;
        this.queues = queues;
        this.cases = cases;
        this.charging = charging;
        this.activities = activities;
        this.locks = locks;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${kulant.collection.run-cron:0 0 6 * * *}", zone = "Europe/Berlin")
    void daily() {
        RunResult result = run(BusinessDates.today(clock), false);
        log.info("Collection run {}: {} promises broken, {} plans with missed rates, {} pauses ended, {} cases' costs "
                + "raised, {} strategy steps", result.asOf(), result.promisesBroken(), result.plansMissed(),
                result.pausesEnded(), result.costsRaised(), result.steps().size());
    }

    /**
     * What a run did (or, dry, would do): promises broken, plans with rates missed, pauses ended, offers and plans
     * lapsed without payment or decision, costs raised, strategy steps.
     */
    public record RunResult(LocalDate asOf, boolean dryRun, int promisesBroken, int plansMissed, int pausesEnded,
                            int offersLapsed, int costsRaised, List<StrategyRun.Planned> steps) {
    }

    /** Runs once for today; the number of cases whose costs were raised (0 when another instance is at it). */
    public int run() {
        return run(BusinessDates.today(clock), false).costsRaised();
    }

    /** Runs once as of {@code asOf}; a dry run changes nothing and says what would happen. */
    public RunResult run(LocalDate asOf, boolean dryRun) {
        Optional<JobLocks.Held> lock = locks.tryLock("collection-run", Duration.ofHours(1));
        if (lock.isEmpty()) {
            return new RunResult(asOf, dryRun, 0, 0, 0, 0, 0, List.of());
        }
        try {
            if (dryRun) {
                Integer broken = transactions.execute(status -> promises.overdue(asOf));
                Integer raised = transactions.execute(status ->
                        cases.lockFirstDemandsPassed(asOf, CollectionCosts.PROMPT_FACTOR, Integer.MAX_VALUE).size());
                return new RunResult(asOf, true, broken == null ? 0 : broken, 0, 0, 0, raised == null ? 0 : raised,
                        strategyRun.run(asOf, true));
            }
            int broken = 0;
            Integer batch;
            do {
                batch = transactions.execute(status -> promises.breakOverdue(asOf, BATCH));
                broken += batch == null ? 0 : batch;
            } while (batch != null && batch == BATCH);
            int missed = missedRates(asOf);
            int ended = repeat(() -> deferrals.endDue(asOf, BATCH));
            int lapsed = repeat(() -> settlements.expireDue(asOf, BATCH)) + repeat(() -> plans.expireUndecided(asOf,
                    BATCH));
            int raised = 0;
            while (true) {
                Integer done = transactions.execute(status -> raiseBatch(asOf));
                raised += done == null ? 0 : done;
                if (done == null || done < BATCH) {
                    break;
                }
            }
            List<StrategyRun.Planned> steps = strategyRun.run(asOf, false);
            refreshPriorities();
            return new RunResult(asOf, false, broken, missed, ended, lapsed, raised, steps);
        } finally {
            lock.get().release();
        }
    }

    /** The day's missed rates, batch after batch in plan order, each batch in a transaction of its own. */
    int missedRates(LocalDate asOf) {
        int total = 0;
        java.util.UUID after = null;
        while (true) {
            java.util.UUID from = after;
            PlanTracking.MissedBatch batch = transactions.execute(status -> plans.missedAfter(asOf, from, BATCH));
            if (batch == null) {
                return total;
            }
            total += batch.plans();
            if (batch.plans() < BATCH) {
                return total;
            }
            after = batch.last();
        }
    }

    /** Runs {@code batch} in a transaction of its own until it does less than a whole batch; the sum of what it did. */
    int repeat(java.util.function.IntSupplier batch) {
        int total = 0;
        while (true) {
            Integer done = transactions.execute(status -> batch.getAsInt());
            total += done == null ? 0 : done;
            if (done == null || done < BATCH) {
                return total;
            }
        }
    }

    /** Age, promises due today and limitation move with the calendar: every open case's priority anew. */
    private void refreshPriorities() {
        java.util.UUID after = null;
        while (true) {
            java.util.UUID from = after;
            List<CaseId> batch = transactions.execute(status -> {
                List<CaseId> ids = queues.openAfter(from, BATCH);
                priorities.refreshAll(ids);
                return ids;
            });
            if (batch == null || batch.size() < BATCH) {
                return;
            }
            after = batch.get(batch.size() - 1).value();
        }
    }

    private int raiseBatch(LocalDate today) {
        List<CaseRow> due = cases.lockFirstDemandsPassed(today, CollectionCosts.PROMPT_FACTOR, BATCH);
        List<ActivityStore.Logged> logged = new ArrayList<>();
        Map<CaseId, Object> raised = new LinkedHashMap<>();
        Map<CaseId, Object> ended = new HashMap<>();
        for (CaseRow row : due) {
            logged.add(new ActivityStore.Logged(row.creditorId(), ActivityStore.entry(row.id(), clock.instant(),
                    "COSTS_RAISED", Actor.system().label(), "Die Zahlungsfrist des ersten Schreibens ("
                            + row.firstDemandUntil() + ") ist ohne vollständige Zahlung verstrichen: Geschäftsgebühr "
                            + "jetzt 0,9 statt 0,5.")));
            raised.put(row.id(), CollectionCosts.REGULAR_FACTOR);
            ended.put(row.id(), null);
        }
        activities.addAll(logged);
        charging.bringUpToDate(due.stream().map(row -> new CaseCharging.Rating(row, false, today)).toList(),
                Actor.system());
        // a case with nothing chargeable leaves the first demand too
        cases.setEach("cost_factor", "numeric(3, 2)", raised);
        cases.setEach("first_demand_until", "date", ended);
        return due.size();
    }
}
