package de.kulant.collection;

import de.kulant.collection.internal.CaseStore;
import de.kulant.collection.internal.CollectionRunStore;
import de.kulant.collection.internal.StrategyStore;
import de.kulant.law.CollectionCosts;
import de.kulant.platform.Actor;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.ConflictException;
import de.kulant.platform.CreditorRange;
import de.kulant.platform.Ids;
import de.kulant.platform.Instances;
import de.kulant.platform.JobLocks;
import de.kulant.platform.RunChunks;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The daily collection run: promises whose day passed unkept are broken (the case resumes); plans' rates missed beyond
 * the tolerance get a reminder or end the plan; pauses past their last day end, offers past theirs lapse; a case whose
 * first demand went unanswered past its pay-by date is no longer a simple case, so its costs are raised from the 0.5 to
 * the 0.9 business fee (Nr. 2300 VV RVG), posted as the difference; each case's strategy takes its step. One run at a
 * time in the whole cluster; its creditors are cut into ranges that every instance helps with
 * ({@link CollectionRunWorker}). Running it twice on a day changes nothing.
 */
@Component
public class CollectionRun {

    private static final Logger log = LoggerFactory.getLogger(CollectionRun.class);
    private static final String LOCK = "collection-run";
    /** How long a caller waits for chunks other instances still hold before it is answered RUNNING. */
    private static final Duration ANSWER_WITHIN = Duration.ofMinutes(5);
    private static final long POLL_MILLIS = 25;

    private final CollectionRunStore runs;
    private final CollectionRunWorker worker;
    private final RunChunks chunks;
    private final StrategyRun strategyRun;
    private final StrategyStore steps;
    private final Promises promises;
    private final CaseStore cases;
    private final JobLocks locks;
    private final Instances instances;
    private final CollectionProperties properties;
    private final TransactionTemplate transactions;
    private final AsyncTaskExecutor executor;
    private final JsonMapper json;
    private final Clock clock;
    private Future<?> helping;

    CollectionRun(CollectionRunStore runs, CollectionRunWorker worker, RunChunks chunks, StrategyRun strategyRun,
                  StrategyStore steps, Promises promises, CaseStore cases, JobLocks locks, Instances instances,
                  CollectionProperties properties, TransactionTemplate transactions,
                  @Qualifier(CollectionWorkers.COLLECTION_RUN) AsyncTaskExecutor executor, JsonMapper json,
                  Clock clock) {
        this.runs = runs;
        this.worker = worker;
        this.chunks = chunks;
        this.strategyRun = strategyRun;
        this.steps = steps;
        this.promises = promises;
        this.cases = cases;
        this.locks = locks;
        this.instances = instances;
        this.properties = properties;
        this.transactions = transactions;
        this.executor = executor;
        this.json = json;
        this.clock = clock;
    }

    /**
     * What a run did (or, dry, would do): promises broken, plans with rates missed, pauses ended, offers and plans
     * lapsed without payment or decision, costs raised, strategy steps; its id and status (COMPLETED, RUNNING when it
     * outlasted the answer, FAILED, DRY_RUN).
     */
    public record RunResult(LocalDate asOf, boolean dryRun, int promisesBroken, int plansMissed, int pausesEnded,
                            int offersLapsed, int costsRaised, List<StrategyRun.Planned> steps, UUID id,
                            String status) {
    }

    /** Every instance fires; the first starts the day's run, the others help with its chunks. */
    @Scheduled(cron = "${kulant.collection.run-cron:0 0 6 * * *}", zone = "Europe/Berlin")
    void daily() {
        LocalDate today = BusinessDates.today(clock);
        if (runs.startedFor(today)) {
            return;
        }
        try {
            RunResult result = run(today, false, Actor.system());
            log.info("Collection run {} ({}): {} promises broken, {} plans with missed rates, {} pauses ended, {} "
                    + "cases' costs raised, {} strategy steps", result.asOf(), result.status(), result.promisesBroken(),
                    result.plansMissed(), result.pausesEnded(), result.costsRaised(), result.steps().size());
        } catch (ConflictException startedElsewhere) {
            log.info("The collection run of {} was started by another instance", today);
        }
    }

    /** Runs once for today; the number of cases whose costs were raised. */
    public int run() {
        return run(BusinessDates.today(clock), false, Actor.system()).costsRaised();
    }

    /**
     * Runs once as of {@code asOf}, all instances helping, and answers when it ended (or after five minutes, RUNNING);
     * a dry run changes nothing and says what would happen. Refused while another run is running.
     */
    public RunResult run(LocalDate asOf, boolean dryRun, Actor actor) {
        if (dryRun) {
            return dryRun(asOf);
        }
        UUID id = start(asOf, actor);
        worker.work();
        long until = System.nanoTime() + ANSWER_WITHIN.toNanos();
        try {
            while (isRunning(id) && System.nanoTime() < until) {
                Thread.sleep(POLL_MILLIS);
                worker.completeFinishedRuns();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return find(id).orElseThrow();
    }

    /** A run by its id, with what it did once it completed. */
    public Optional<RunResult> find(UUID id) {
        return runs.find(id).map(row -> {
            CollectionRunWorker.Figures figures = row.counts() == null ? CollectionRunWorker.Figures.NONE
                    : json.readValue(row.counts(), CollectionRunWorker.Figures.class);
            List<StrategyRun.Planned> done = row.status().equals("COMPLETED") ? steps.stepsOfRun(id).stream()
                    .map(s -> new StrategyRun.Planned(s.caseId(), s.reference(), s.step(), s.action())).toList()
                    : List.of();
            return new RunResult(row.asOf(), false, figures.promisesBroken(), figures.plansMissed(),
                    figures.pausesEnded(), figures.offersLapsed(), figures.costsRaised(), done, id, row.status());
        });
    }

    /** Every instance looks for chunks of running collection runs and helps, one chunk at a time. */
    @Scheduled(fixedDelayString = "${kulant.runs.help-every:2s}", initialDelayString = "${kulant.runs.help-every:2s}")
    void helpWithRuns() {
        if (!chunks.anyClaimable(CollectionRunWorker.CHUNKS)) {
            worker.completeFinishedRuns();
            return;
        }
        synchronized (this) {
            if (helping != null && !helping.isDone()) {
                return;
            }
            try {
                helping = executor.submit(worker::work);
            } catch (TaskRejectedException shuttingDown) {
                helping = null;
            }
        }
    }

    /** Creates the run with its creditor ranges and their chunks in one transaction, under the cluster-wide lock. */
    private UUID start(LocalDate asOf, Actor actor) {
        JobLocks.Held lock = locks.tryLock(LOCK, Duration.ofMinutes(2)).orElseThrow(CollectionRun::inProgress);
        try {
            UUID id = Ids.next();
            transactions.executeWithoutResult(status -> {
                if (!runs.running().isEmpty()) {
                    throw inProgress();
                }
                List<CreditorRange> ranges = CreditorRange.cut(runs.creditorsWithCases(),
                        properties.creditorsPerRunChunk());
                runs.insert(id, asOf, clock.instant(), actor.label(), instances.current());
                runs.insertRanges(id, ranges);
                // chunk n works range n
                chunks.create(CollectionRunWorker.CHUNKS, id, java.util.stream.IntStream.rangeClosed(1, ranges.size())
                        .mapToObj(n -> new RunChunks.Range(n, n)).toList());
            });
            return id;
        } finally {
            lock.release();
        }
    }

    private static ConflictException inProgress() {
        return ConflictException.coded("collectionRunInProgress",
                "A collection run is in progress; start this one when it is done.");
    }

    private boolean isRunning(UUID id) {
        return runs.find(id).map(row -> row.status().equals("RUNNING")).orElse(false);
    }

    /** What a run as of {@code asOf} would do, read in one pass over all creditors; nothing is changed or recorded. */
    private RunResult dryRun(LocalDate asOf) {
        Integer broken = transactions.execute(status -> promises.overdue(asOf));
        Integer raised = transactions.execute(status -> cases.lockFirstDemandsPassed(asOf,
                CollectionCosts.PROMPT_FACTOR, CreditorRange.ALL, Integer.MAX_VALUE).size());
        return new RunResult(asOf, true, broken == null ? 0 : broken, 0, 0, 0, raised == null ? 0 : raised,
                strategyRun.dryRun(asOf), null, "DRY_RUN");
    }
}
