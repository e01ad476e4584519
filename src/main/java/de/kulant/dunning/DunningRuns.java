package de.kulant.dunning;

import de.kulant.dunning.internal.RunStore;
import de.kulant.dunning.internal.RunWorker;
import de.kulant.platform.Actor;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.ConflictException;
import de.kulant.platform.CreditorId;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.Ids;
import de.kulant.platform.Instances;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.JobLocks;
import de.kulant.platform.ListOrder;
import de.kulant.platform.RunChunks;
import de.kulant.platform.SortColumns;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starting and following dunning runs. One run at a time in the whole cluster (a job lock while it starts, then its
 * RUNNING row); a run for a date before the newest completed run of its scope, or too far ahead, is refused. All
 * instances work on a run's chunks. A run that finishes within {@code answerWithin} is answered complete; a longer one
 * keeps working and is followed by its id.
 */
@Service
public class DunningRuns {

    static final String LOCK = "dunning-run";
    private static final Duration LOCK_AT_MOST = Duration.ofMinutes(2);
    private static final long ANSWER_POLL_MILLIS = 25;

    private final RunStore runs;
    private final RunWorker worker;
    private final RunChunks chunks;
    private final JobLocks locks;
    private final Instances instances;
    private final DunningProperties properties;
    private final Clock clock;
    private final AsyncTaskExecutor executor;
    private final TransactionTemplate ownTransaction;
    /** The tasks working on chunks here, at most {@code runThreads}. */
    private final List<Future<?>> working = new ArrayList<>();

    DunningRuns(RunStore runs, RunWorker worker, RunChunks chunks, JobLocks locks, Instances instances,
                DunningProperties properties, Clock clock, PlatformTransactionManager transactions,
                @Qualifier(DunningWorkers.DUNNING_RUN) AsyncTaskExecutor executor) {
        this.runs = runs;
        this.worker = worker;
        this.chunks = chunks;
        this.locks = locks;
        this.instances = instances;
        this.properties = properties;
        this.clock = clock;
        this.executor = executor;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * @param scope the creditor to run for, or null for all creditors
     * @param asOf the business date of the run; null means today
     */
    public RunView start(CreditorId scope, LocalDate asOf, boolean dryRun, Actor actor) {
        return start(scope, asOf, dryRun, false, actor);
    }

    /**
     * A run for all creditors on a past date that records notices as history, sent before this installation took
     * over (the demo data): the notices and their amounts are kept, but no letter or e-mail is written for them.
     */
    public RunView recordHistory(LocalDate asOf, Actor actor) {
        if (!asOf.isBefore(BusinessDates.today(clock))) {
            throw new InvalidInputException("asOf", "a history run records the past; it must lie before today");
        }
        return start(null, asOf, false, true, actor);
    }

    private RunView start(CreditorId scope, LocalDate asOf, boolean dryRun, boolean history, Actor actor) {
        LocalDate today = BusinessDates.today(clock);
        LocalDate date = asOf == null ? today : asOf;
        if (date.isAfter(today.plusDays(properties.maxDaysAhead()))) {
            LocalDate latest = today.plusDays(properties.maxDaysAhead());
            throw new InvalidInputException(List.of(FieldViolation.coded("asOf", "asOfAhead", "must not be after "
                    + latest + " (kulant.dunning.max-days-ahead = " + properties.maxDaysAhead() + ")", latest)));
        }
        if (!dryRun) {
            Optional<LocalDate> newest = runs.newestCompleted(scope);
            if (newest.isPresent() && date.isBefore(newest.get())) {
                throw new InvalidInputException(List.of(FieldViolation.coded("asOf", "asOfBeforeNewest",
                        "must not be before " + newest.get() + ", the date of the newest completed run"
                                + (scope == null ? " for all creditors" : ""), newest.get())));
            }
        }
        failRunsOfGoneInstances();
        JobLocks.Held lock = locks.tryLock(LOCK, LOCK_AT_MOST).orElseThrow(() ->
                ConflictException.coded("runInProgress", "A dunning run is in progress; start this one when it is done."));
        UUID id;
        Future<?> work;
        try {
            UUID runId = Ids.next();
            id = runId;
            // committed at once, even inside a caller's transaction: the other instances must see the run to help
            ownTransaction.executeWithoutResult(status -> {
                if (!runs.running().isEmpty()) {
                    throw ConflictException.coded("runInProgress",
                            "A dunning run is in progress; start this one when it is done.");
                }
                runs.insert(runId, scope, date, dryRun, history, clock.instant(), actor.label(), instances.current());
            });
            work = submit(() -> {
                try {
                    worker.prepare(runId, scope, date);
                } finally {
                    lock.release();
                }
                help();
                worker.work();
            });
        } catch (RuntimeException e) {
            lock.release();
            throw e;
        }
        try {
            long until = System.nanoTime() + properties.answerWithin().toNanos();
            work.get(properties.answerWithin().toMillis(), TimeUnit.MILLISECONDS);
            // helpers here or on other instances may still hold its last chunks: answer when the run ended, if in time
            while (runs.running(id).isPresent() && System.nanoTime() < until) {
                Thread.sleep(ANSWER_POLL_MILLIS);
            }
        } catch (TimeoutException stillRunning) {
            // answered with RUNNING; follow it with GET /dunning-runs/{id}
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return runs.find(id, null).orElseThrow();
    }

    /**
     * Every instance looks for chunks of running runs (started here or elsewhere) and works on them; one task at a time.
     */
    @Scheduled(fixedDelayString = "${kulant.runs.help-every:2s}", initialDelayString = "${kulant.runs.help-every:2s}")
    void helpWithRuns() {
        // a run whose instance died before it had chunks is failed here too, not only when the next run starts
        failRunsOfGoneInstances();
        if (chunks.anyClaimable(RunWorker.CHUNKS) || !runs.running().isEmpty()) {
            help();
        }
    }

    /** Starts working on chunks here on as many threads as {@code runThreads} allows. */
    private synchronized void help() {
        working.removeIf(Future::isDone);
        while (working.size() < properties.runThreads()) {
            try {
                working.add(executor.submit(worker::work));
            } catch (TaskRejectedException shuttingDown) {
                return;
            }
        }
    }

    private synchronized Future<?> submit(Runnable task) {
        working.removeIf(Future::isDone);
        Future<?> started = executor.submit(task);
        working.add(started);
        return started;
    }

    /**
     * Runs still marked RUNNING whose instance is gone (killed, crashed) before the run had its chunks are marked FAILED
     * at start-up, whenever a run is started and in every instance's help round; the next run completes their work. A run with chunks is not
     * failed: the other instances finish it. Returns how many runs were failed.
     */
    @EventListener(ApplicationReadyEvent.class)
    public int failRunsOfGoneInstances() {
        int failed = 0;
        for (RunStore.Running run : runs.running()) {
            boolean gone = run.instance() == null || !run.instance().equals(instances.current())
                    && instances.isGone(run.instance());
            if (gone && !chunks.exist(run.id())) {
                worker.fail(run.id(), "the instance working on it stopped; a later run completes its work");
                failed++;
            }
        }
        return failed;
    }

    /** A run; a creditor sees only its own runs. */
    public Optional<RunView> find(RunId id, CreditorId creditor) {
        return runs.find(id.value(), creditor);
    }

    public List<RunView> recent(CreditorId creditor, int limit) {
        return runs.page(creditor, RunStore.LIST_ORDER.defaultOrder(), null, limit).items();
    }

    /** One page of the run list, newest first; {@code next} is the position of the following page, null on the last. */
    /** One page of runs, with how many there are in all; {@code next} is null on the last page. */
    public record RunPage(List<RunView> items, String next, long total) {
    }

    /** The columns the run list sorts by. */
    public static SortColumns listOrder() {
        return RunStore.LIST_ORDER;
    }

    /** The runs in the order after the position {@code after} (a {@code next} of this order; anything else: the top). */
    public RunPage page(CreditorId creditor, ListOrder order, String after, int size) {
        SortColumns.Keyed<RunView> found = runs.page(creditor, order, after, size);
        return new RunPage(found.items(), found.next(), runs.count(creditor));
    }

    /** Waits until every task working here now has ended, or until {@code until} (System.nanoTime()). */
    private void awaitWorking(long until) throws InterruptedException, ExecutionException, TimeoutException {
        List<Future<?>> busy;
        synchronized (this) {
            busy = new ArrayList<>(working);
        }
        for (Future<?> task : busy) {
            task.get(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
    }

    /** Waits until the workers have finished what they were given (the demo waits for its past runs). */
    public void awaitIdle(Duration timeout) {
        try {
            awaitWorking(System.nanoTime() + timeout.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the dunning worker did not become idle", e);
        }
    }
}
