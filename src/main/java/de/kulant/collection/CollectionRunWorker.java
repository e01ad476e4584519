package de.kulant.collection;

import de.kulant.collection.internal.ActivityStore;
import de.kulant.collection.internal.CaseStore;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.collection.internal.CaseCursor;
import de.kulant.collection.internal.CollectionRunStore;
import de.kulant.collection.internal.PlanStore;
import de.kulant.collection.internal.QueueStore;
import de.kulant.law.CollectionCosts;
import de.kulant.platform.Actor;
import de.kulant.platform.CreditorId;
import de.kulant.platform.CreditorRange;
import de.kulant.platform.RunChunks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Works on collection runs together with the other instances: each chunk is one range of creditors
 * ({@link CreditorRange}), worked through every step of the run in batches of {@value #BATCH} cases, each batch a
 * transaction of its own that first checks the chunk is still this instance's ({@link RunChunks#hold}). Every step
 * picks only what is still due, so a chunk taken over after its instance died repeats nothing that was committed;
 * whoever finds all chunks done completes the run.
 */
@Component
class CollectionRunWorker {

    static final String CHUNKS = "collection-run";
    private static final int BATCH = StrategyRun.BATCH;
    private static final Logger log = LoggerFactory.getLogger(CollectionRunWorker.class);

    private final CollectionRunStore runs;
    private final RunChunks chunks;
    private final Promises promises;
    private final PlanTracking plans;
    private final Deferrals deferrals;
    private final Settlements settlements;
    private final StrategyRun strategyRun;
    private final CasePriorities priorities;
    private final QueueStore queues;
    private final CaseStore cases;
    private final CaseCharging charging;
    private final ActivityStore activities;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;
    /** Set when the instance shuts down: the chunk in hand is finished, no further one is claimed. */
    private volatile boolean stopping;

    CollectionRunWorker(CollectionRunStore runs, RunChunks chunks, Promises promises, PlanTracking plans,
                        Deferrals deferrals, Settlements settlements, StrategyRun strategyRun,
                        CasePriorities priorities, QueueStore queues, CaseStore cases, CaseCharging charging,
                        ActivityStore activities, TransactionTemplate transactions, JsonMapper json, Clock clock) {
        this.runs = runs;
        this.chunks = chunks;
        this.promises = promises;
        this.plans = plans;
        this.deferrals = deferrals;
        this.settlements = settlements;
        this.strategyRun = strategyRun;
        this.priorities = priorities;
        this.queues = queues;
        this.cases = cases;
        this.charging = charging;
        this.activities = activities;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    /** What one chunk (or, summed, a run) did. */
    record Figures(int promisesBroken, int plansMissed, int pausesEnded, int offersLapsed, int costsRaised, int steps) {

        static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0);

        Figures plus(Figures other) {
            return new Figures(promisesBroken + other.promisesBroken, plansMissed + other.plansMissed,
                    pausesEnded + other.pausesEnded, offersLapsed + other.offersLapsed, costsRaised + other.costsRaised,
                    steps + other.steps);
        }
    }

    /** Claims and works chunks of any running collection run until none is left to claim; then returns. */
    void work() {
        chunks.workOff(CHUNKS, () -> stopping, chunk -> {
            work(chunk);
            return true;
        });
        if (!stopping) {
            completeFinishedRuns();
        }
    }

    @EventListener(ContextClosedEvent.class)
    void stopClaiming() {
        stopping = true;
    }

    private void work(RunChunks.Chunk chunk) {
        Optional<CollectionRunStore.RunRow> run = runs.find(chunk.runId()).filter(r -> r.status().equals("RUNNING"));
        if (run.isEmpty()) {
            chunks.abandon(chunk.runId());
            return;
        }
        if (chunks.exhausted(chunk)) {
            fail(chunk.runId(), "chunk " + chunk.number() + " failed " + (chunk.attempts() - 1) + " times");
            return;
        }
        try {
            CreditorRange range = runs.range(chunk.runId(), chunk.first());
            Figures figures = execute(chunk, run.get().id(), run.get().asOf(), range);
            transactions.executeWithoutResult(status -> chunks.complete(chunk, json.writeValueAsString(figures)));
        } catch (RunChunks.ChunkLostException lost) {
            log.warn("{}; its current batch here was rolled back", lost.getMessage());
            return;
        } catch (RuntimeException e) {
            log.error("Chunk {} of collection run {} failed (attempt {})", chunk.number(), chunk.runId(),
                    chunk.attempts(), e);
            chunks.failed(chunk, e.getMessage());
            return;
        }
        if (chunks.unfinished(chunk.runId()) == 0) {
            complete(chunk.runId());
        }
    }

    /** Every step of the run for the creditors of one range; each batch checks first that the chunk is still ours. */
    private Figures execute(RunChunks.Chunk chunk, UUID runId, LocalDate asOf, CreditorRange range) {
        int broken = repeat(chunk, () -> promises.breakOverdue(asOf, range, BATCH));
        Figures agreements = agreementSteps(chunk, asOf, range);
        int raised = repeat(chunk, () -> raiseCosts(asOf, range));
        int steps = strategySteps(chunk, runId, asOf, range);
        refreshPriorities(chunk, range);
        return agreements.plus(new Figures(broken, 0, 0, 0, raised, steps));
    }

    /**
     * The agreement steps for one range: missed rates (a reminder, or the plan ends), pauses ending, offers and
     * undecided plans lapsing. {@code chunk} null: not a shared run's chunk, so the batches are not fenced (benchmarks).
     */
    Figures agreementSteps(RunChunks.Chunk chunk, LocalDate asOf, CreditorRange range) {
        int missed = missedRates(chunk, asOf, range);
        int ended = repeat(chunk, () -> deferrals.endDue(asOf, range, BATCH));
        int lapsed = repeat(chunk, () -> settlements.expireDue(asOf, range, BATCH))
                + repeat(chunk, () -> plans.expireUndecided(asOf, range, BATCH));
        return new Figures(0, missed, ended, lapsed, 0, 0);
    }

    private <T> T batch(RunChunks.Chunk chunk, Supplier<T> work) {
        return transactions.execute(status -> {
            if (chunk != null) {
                chunks.hold(chunk);
            }
            return work.get();
        });
    }

    /** Runs {@code work} batch after batch until one does less than a whole batch; the sum of what they did. */
    private int repeat(RunChunks.Chunk chunk, Supplier<Integer> work) {
        int total = 0;
        while (true) {
            int done = batch(chunk, work);
            total += done;
            if (done < BATCH) {
                return total;
            }
        }
    }

    /** The day's missed rates, batch after batch in plan order. */
    private int missedRates(RunChunks.Chunk chunk, LocalDate asOf, CreditorRange range) {
        int total = 0;
        PlanStore.PlanCursor after = null;
        while (true) {
            PlanStore.PlanCursor from = after;
            PlanTracking.MissedBatch missed = batch(chunk, () -> plans.missedAfter(asOf, range, from, BATCH));
            total += missed.plans();
            if (missed.plans() < BATCH) {
                return total;
            }
            after = missed.last();
        }
    }

    private int strategySteps(RunChunks.Chunk chunk, UUID runId, LocalDate asOf, CreditorRange range) {
        List<StrategyRun.Planned> done = new ArrayList<>();
        Map<CreditorId, Strategies.Setup> setups = new HashMap<>();
        CaseCursor after = null;
        while (true) {
            CaseCursor from = after;
            List<CaseCursor> looked = batch(chunk, () -> strategyRun.batch(asOf, range, from, runId, setups, done));
            if (looked.size() < BATCH) {
                return done.size();
            }
            after = looked.get(looked.size() - 1);
        }
    }

    /** Age, promises due today and limitation move with the calendar: every open case's priority anew. */
    private void refreshPriorities(RunChunks.Chunk chunk, CreditorRange range) {
        CaseCursor after = null;
        while (true) {
            CaseCursor from = after;
            List<CaseCursor> open = batch(chunk, () -> {
                List<CaseCursor> cases = queues.openAfter(range, from, BATCH);
                priorities.refreshAll(cases.stream().map(CaseCursor::caseId).toList());
                return cases;
            });
            if (open.size() < BATCH) {
                return;
            }
            after = open.get(open.size() - 1);
        }
    }

    /**
     * Cases whose first demand went unanswered past its pay-by date are no longer simple: the business fee rises from
     * 0.5 to 0.9 (Nr. 2300 VV RVG), posted as the difference.
     */
    private int raiseCosts(LocalDate today, CreditorRange range) {
        List<CaseRow> due = cases.lockFirstDemandsPassed(today, CollectionCosts.PROMPT_FACTOR, range, BATCH);
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

    /** Runs whose chunks are all done but that nobody completed (two last chunks ended at once, or an instance died). */
    void completeFinishedRuns() {
        for (CollectionRunStore.RunRow run : runs.running()) {
            if (chunks.unfinished(run.id()) == 0) {
                complete(run.id());
            }
        }
    }

    private void complete(UUID runId) {
        Figures total = Figures.NONE;
        for (String counts : chunks.counts(runId)) {
            total = total.plus(json.readValue(counts, Figures.class));
        }
        if (runs.finish(runId, "COMPLETED", json.writeValueAsString(total), null, clock.instant())) {
            log.info("Collection run {} completed: {}", runId, total);
        }
    }

    /** Fails a run: its remaining chunks are abandoned; the next run does what is left, as every step picks what is due. */
    void fail(UUID runId, String error) {
        if (runs.finish(runId, "FAILED", null, error, clock.instant())) {
            chunks.abandon(runId);
            log.error("Collection run {} failed: {}", runId, error);
        }
    }
}
