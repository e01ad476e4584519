package de.kulant.dunning.internal;

import de.kulant.claims.ClaimsForDunning;
import de.kulant.dunning.DunningProperties;
import de.kulant.dunning.RunView.Status;
import de.kulant.platform.CreditorId;
import de.kulant.platform.RunChunks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Works on dunning runs together with the other instances. The instance starting a run takes the snapshot of the due
 * claims and cuts it into chunks of whole debtors ({@link RunChunks}); then every instance claims chunks until none is
 * left. A chunk is written in one transaction that ends by marking it done under its claim, so a chunk is written
 * once even when an instance dies, pauses or loses its database in the middle; whoever marks the last chunk done
 * completes the run.
 */
@Component
public class RunWorker {

    public static final String CHUNKS = "dunning-run";
    private static final Logger log = LoggerFactory.getLogger(RunWorker.class);

    private final RunExecutor executor;
    private final RunStore runs;
    private final RunChunks chunks;
    private final ClaimsForDunning claims;
    private final TransactionTemplate transactions;
    private final DunningProperties properties;
    private final JsonMapper json;
    private final Clock clock;
    /** The runs this instance helps with, with the settings it read for them. */
    private final Map<UUID, RunExecutor.RunContext> contexts = new ConcurrentHashMap<>();
    /** Set when the instance shuts down: the chunk in hand is finished, no further one is claimed. */
    private volatile boolean stopping;

    RunWorker(RunExecutor executor, RunStore runs, RunChunks chunks, ClaimsForDunning claims,
              TransactionTemplate transactions, DunningProperties properties, JsonMapper json, Clock clock) {
        this.executor = executor;
        this.runs = runs;
        this.chunks = chunks;
        this.claims = claims;
        this.transactions = transactions;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /** Takes the run's snapshot and cuts it into chunks; a run without due claims is completed at once. */
    public void prepare(UUID runId, CreditorId scope, LocalDate asOf) {
        try {
            ClaimsForDunning.Snapshot snapshot = claims.snapshot(scope, asOf);
            // the snapshot and all chunks become visible together: a helper never sees a run with only some chunks
            transactions.executeWithoutResult(status -> {
                runs.started(runId, snapshot.id(), snapshot.claims());
                chunks.create(CHUNKS, runId, RunChunks.ranges(snapshot.debtors(), properties.debtorsPerChunk()));
            });
            if (snapshot.debtors() == 0) {
                complete(runId);
            }
        } catch (RuntimeException e) {
            log.error("Dunning run {} could not start", runId, e);
            fail(runId, e.getMessage());
        }
    }

    /** Claims and works chunks of any running dunning run until none is left to claim; then returns. */
    public void work() {
        chunks.workOff(CHUNKS, () -> stopping, this::work);
        if (!stopping) {
            completeFinishedRuns();
        }
    }

    /** The first thing a shutdown does; the other instances take the chunks this one leaves. */
    @EventListener(ContextClosedEvent.class)
    void stopClaiming() {
        stopping = true;
    }

    /** Works one chunk; false when this instance should stop claiming for now. */
    private boolean work(RunChunks.Chunk chunk) {
        Optional<RunStore.Parameters> run = runs.running(chunk.runId());
        if (run.isEmpty()) {
            if (runs.exists(chunk.runId())) {
                chunks.abandon(chunk.runId());
                return true;
            }
            // the run's own row is not committed yet: try again on the next round
            chunks.failed(chunk, "the run is not visible yet");
            return false;
        }
        if (chunks.exhausted(chunk)) {
            fail(chunk.runId(), "chunk " + chunk.number() + " failed " + (chunk.attempts() - 1) + " times");
            return true;
        }
        RunExecutor.RunContext context = contexts.computeIfAbsent(chunk.runId(), id -> executor.context(run.get()));
        try {
            transactions.executeWithoutResult(status -> {
                RunCounts counts = executor.execute(context, chunk.first(), chunk.last());
                chunks.complete(chunk, json.writeValueAsString(counts.figures()));
                runs.progress(chunk.runId(), sum(chunk.runId()), clock.instant());
            });
        } catch (RunChunks.ChunkLostException lost) {
            log.warn("{}; its work here was rolled back", lost.getMessage());
            return true;
        } catch (RuntimeException e) {
            log.error("Chunk {} of dunning run {} failed (attempt {})", chunk.number(), chunk.runId(), chunk.attempts(), e);
            retryLater(chunk, e);
            return true;
        }
        if (chunks.unfinished(chunk.runId()) == 0) {
            complete(chunk.runId());
        }
        return true;
    }

    private void retryLater(RunChunks.Chunk chunk, RuntimeException cause) {
        try {
            chunks.failed(chunk, cause.getMessage());
            // a short pause, longer with each attempt, so a database that restarts has time to come back
            Thread.sleep(Math.min(2_000, 200L * chunk.attempts()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException stillDown) {
            log.warn("Chunk {} stays claimed until its lease runs out: {}", chunk.number(), stillDown.getMessage());
        }
    }

    /** Runs whose chunks are all done but that nobody completed (the instance died right after the last chunk). */
    private void completeFinishedRuns() {
        for (RunStore.Running running : runs.running()) {
            if (running.snapshot() != null && chunks.exist(running.id()) && chunks.unfinished(running.id()) == 0) {
                complete(running.id());
            }
        }
    }

    private RunCounts sum(UUID runId) {
        RunCounts total = new RunCounts();
        for (String counts : chunks.counts(runId)) {
            total.add(json.readValue(counts, RunCounts.Figures.class));
        }
        return total;
    }

    private void complete(UUID runId) {
        runs.progress(runId, sum(runId), clock.instant());
        if (runs.finish(runId, Status.COMPLETED, null, clock.instant())) {
            dropSnapshot(runId);
        }
        contexts.remove(runId);
    }

    /** Fails a run: its remaining chunks are abandoned, and the next run does what is left. */
    public void fail(UUID runId, String error) {
        if (runs.finish(runId, Status.FAILED, error, clock.instant())) {
            chunks.abandon(runId);
            dropSnapshot(runId);
        }
        contexts.remove(runId);
    }

    private void dropSnapshot(UUID runId) {
        runs.snapshotOf(runId).ifPresent(claims::dropSnapshot);
    }
}
