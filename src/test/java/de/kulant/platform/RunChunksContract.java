package de.kulant.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulant.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chunks instances share (issue 18): racing claims never take one chunk twice; a claim whose lease ran out (its
 * instance died or was paused) is taken over, and the old claim can no longer write; a failed run's chunks stay
 * unclaimed. On H2 and PostgreSQL.
 */
abstract class RunChunksContract extends IntegrationTest {

    /** A kind no product run uses, so the application's own workers leave these chunks alone. */
    private static final String KIND = "test-chunks";

    @Autowired
    private RunChunks chunks;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private TransactionTemplate transactions;

    private UUID newRun(int items, int size) {
        UUID run = Ids.next();
        chunks.create(KIND, run, RunChunks.ranges(items, size));
        return run;
    }

    private void drain() {
        Optional<RunChunks.Chunk> left;
        while ((left = chunks.claim(KIND)).isPresent()) {
            RunChunks.Chunk chunk = left.get();
            transactions.executeWithoutResult(status -> chunks.complete(chunk, "{}"));
            chunks.letGo(chunk);
        }
    }

    @Test
    void fourWorkersRacingForTwoHundredChunksTakeEachExactlyOnce() throws Exception {
        drain();
        UUID run = newRun(1_000, 5);
        List<RunChunks.Chunk> taken = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ThreadPoolTaskExecutor racers = WorkerPools.bounded("racer", 4, 4);
        racers.initialize();
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            done.add(racers.submit(() -> {
                start.await();
                Optional<RunChunks.Chunk> next;
                while ((next = chunks.claim(KIND)).isPresent()) {
                    RunChunks.Chunk chunk = next.get();
                    transactions.executeWithoutResult(status -> chunks.complete(chunk, "{\"n\":" + chunk.number() + "}"));
                    chunks.letGo(chunk);
                    taken.add(chunk);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> racer : done) {
            racer.get();
        }
        racers.destroy();

        assertThat(taken).hasSize(200);
        assertThat(taken.stream().map(RunChunks.Chunk::number).distinct()).hasSize(200);
        assertThat(taken.stream().mapToInt(c -> c.last() - c.first() + 1).sum()).isEqualTo(1_000);
        assertThat(chunks.unfinished(run)).isZero();
        assertThat(chunks.counts(run)).hasSize(200).first().isEqualTo("{\"n\":1}");
    }

    @Test
    void aClaimWhoseLeaseRanOutIsTakenOverAndTheOldClaimWritesNothing() {
        drain();
        UUID run = newRun(10, 10);
        RunChunks.Chunk paused = chunks.claim(KIND).orElseThrow();
        assertThat(chunks.claim(KIND)).as("a live claim is skipped").isEmpty();

        // the paused instance sends no heartbeat: its lease runs out
        chunks.letGo(paused);
        jdbc.update("update run_chunk set lease_until = ? where run_id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), run);
        RunChunks.Chunk takenOver = chunks.claim(KIND).orElseThrow();
        assertThat(takenOver.number()).isEqualTo(paused.number());
        assertThat(takenOver.attempts()).isEqualTo(2);

        String marker = "paused-" + UUID.randomUUID();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            jdbc.update("insert into app_instance (id, host, pid, started_at, heartbeat_at) "
                    + "values (?, 'test', 1, current_timestamp, current_timestamp)", marker.substring(0, 36));
            chunks.complete(paused, "{\"by\":\"paused\"}");
        })).isInstanceOf(RunChunks.ChunkLostException.class);
        assertThat(jdbc.queryForObject("select count(*) from app_instance where id = ?", Integer.class,
                marker.substring(0, 36))).as("the paused instance's writes are rolled back").isZero();

        transactions.executeWithoutResult(status -> chunks.complete(takenOver, "{\"by\":\"other\"}"));
        chunks.letGo(takenOver);
        assertThat(chunks.counts(run)).containsExactly("{\"by\":\"other\"}");
        assertThat(chunks.unfinished(run)).isZero();
    }

    @Test
    void theHeartbeatKeepsAClaimAndAFailedChunkIsOpenForTheNextAttempt() {
        drain();
        UUID run = newRun(4, 2);
        RunChunks.Chunk chunk = chunks.claim(KIND).orElseThrow();
        jdbc.update("update run_chunk set lease_until = ? where run_id = ? and number = 1",
                Timestamp.from(Instant.now().plusSeconds(1)), run);

        chunks.heartbeat();

        Timestamp lease = jdbc.queryForObject("select lease_until from run_chunk where run_id = ? and number = 1",
                Timestamp.class, run);
        assertThat(lease.toInstant()).isAfter(Instant.now().plusSeconds(20));

        chunks.failed(chunk, "database restarting");
        chunks.letGo(chunk);
        RunChunks.Chunk again = chunks.claim(KIND).orElseThrow();
        assertThat(again.number()).isEqualTo(1);
        assertThat(again.attempts()).isEqualTo(2);
        assertThat(chunks.exhausted(again)).isFalse();
        chunks.letGo(again);
        chunks.abandon(run);
        assertThat(chunks.claim(KIND)).as("a failed run's chunks are left alone").isEmpty();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> chunks.complete(again, "{}")))
                .isInstanceOf(RunChunks.ChunkLostException.class);
    }

    @Test
    void operatorsSeeWaitingChunksAndOnesWhoseInstanceStoppedInTheMetrics() {
        drain();
        UUID run = newRun(6, 2);
        RunChunks.Chunk dead = chunks.claim(KIND).orElseThrow();
        chunks.letGo(dead);
        jdbc.update("update run_chunk set lease_until = ? where run_id = ? and number = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), run, dead.number());

        String metrics = api.get("/actuator/prometheus", ADMIN).body();

        assertThat(gauge(metrics, "kulant_run_chunks", "open")).isGreaterThanOrEqualTo(2);
        assertThat(gauge(metrics, "kulant_run_chunks", "lease_expired")).isGreaterThanOrEqualTo(1);
        assertThat(metrics).containsPattern("(?m)^kulant_events_incomplete(\\{[^}]*})? [0-9.]+");
        chunks.abandon(run);
    }

    private static double gauge(String metrics, String name, String status) {
        Matcher line = Pattern.compile("(?m)^" + name + "\\{[^}]*status=\"" + status
                + "\"[^}]*} ([0-9.E]+)$").matcher(metrics);
        assertThat(line.find()).as(name + " " + status + " in\n" + metrics).isTrue();
        return Double.parseDouble(line.group(1));
    }

    @Test
    void aChunkWrittenInSeveralTransactionsLosesItsNextBatchOnceTakenOver() {
        drain();
        UUID run = newRun(10, 10);
        RunChunks.Chunk paused = chunks.claim(KIND).orElseThrow();
        String marker = UUID.randomUUID().toString();
        transactions.executeWithoutResult(status -> {
            chunks.hold(paused);
            jdbc.update("insert into app_instance (id, host, pid, started_at, heartbeat_at) "
                    + "values (?, 'batch-1', 1, current_timestamp, current_timestamp)", marker);
        });

        // paused past its lease: another instance takes the chunk over
        chunks.letGo(paused);
        jdbc.update("update run_chunk set lease_until = ? where run_id = ?", Timestamp.from(Instant.now().minusSeconds(1)),
                run);
        RunChunks.Chunk takenOver = chunks.claim(KIND).orElseThrow();
        String second = UUID.randomUUID().toString();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            chunks.hold(paused);
            jdbc.update("insert into app_instance (id, host, pid, started_at, heartbeat_at) "
                    + "values (?, 'batch-2', 1, current_timestamp, current_timestamp)", second);
        })).isInstanceOf(RunChunks.ChunkLostException.class);

        assertThat(jdbc.queryForObject("select count(*) from app_instance where id in (?, ?)", Integer.class, marker,
                second)).as("the batch before the takeover stays, the one after it is not written").isEqualTo(1);
        transactions.executeWithoutResult(status -> chunks.hold(takenOver));
        transactions.executeWithoutResult(status -> chunks.complete(takenOver, "{}"));
        chunks.letGo(takenOver);
        jdbc.update("delete from app_instance where id = ?", marker);
    }
}
