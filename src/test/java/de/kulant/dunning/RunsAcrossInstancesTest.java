package de.kulant.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.Api;
import de.kulant.support.AppProcess;
import de.kulant.support.PostgresDatabase;
import de.kulant.support.TwoInstances;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 18, the proof: two Kulant processes on one PostgreSQL database share a dunning run over 10,000 due claims
 * (200,000 in {@code RunsAcrossInstancesBenchmark}); one is killed with {@code kill -9} in the middle, and the other
 * finishes the run with exactly one notice per claim and level, exactly one dispatch per letter and channel, and the
 * run's figures right. An instance paused with SIGSTOP
 * past its lease and then resumed writes nothing of the chunk the other took over. {@code scripts/scale-out} shows
 * the same by hand. A restart of PostgreSQL in the middle of a run costs the chunks it cut off one attempt each, and
 * the run completes with the same checks.
 */
@ExtendWith(PostgresDatabase.class)
class RunsAcrossInstancesTest {

    private static final Map<String, String> SETTINGS = TwoInstances.settings(Map.of(
            "kulant.dunning.debtors-per-chunk", "500",
            // the start answers at once, so the test watches the run from its beginning
            "kulant.dunning.answer-within", "100ms",
            "kulant.correspondence.dispatch-enabled", "false",
            "kulant.payments.import-folder-enabled", "false"));

    private static TwoInstances instances;
    private static AppProcess first;
    private static AppProcess second;

    @BeforeAll
    static void twoInstancesOnOneDatabase() throws Exception {
        instances = TwoInstances.start("two", SETTINGS);
    }

    @AfterAll
    static void stop() throws Exception {
        if (instances != null) {
            instances.close();
        }
    }

    @BeforeEach
    void bothRunning() throws Exception {
        instances.restartTheKilled();
        first = instances.first();
        second = instances.second();
    }

    @Test
    void theSurvivorFinishesTheRunWhenTheInstanceThatStartedItIsKilled() throws Exception {
        long begin = System.nanoTime();
        instances.generate("K", 50, debtors());
        long generated = System.nanoTime();
        String run = TwoInstances.startDunningRun(first);
        String firstInstance = instances.instanceOf(first);

        int[] killedIn = awaitHolding(run, firstInstance, 0.3);
        first.kill();
        long killed = System.nanoTime();

        Api.Response done = TwoInstances.awaitRunEnded(second, run);
        long completed = System.nanoTime();
        assertThat(done.at("/status")).as(second.tail()).isEqualTo("COMPLETED");
        instances.awaitEventsHandled();
        report(String.format("two instances, one PostgreSQL database, %,d due claims of %,d debtors, chunks of 500 "
                        + "debtors%ngenerated in %.1f s; the instance that started the run killed with kill -9 %.1f s into "
                        + "it%nthe run completed by the other %.1f s after its start; every letter queued after %.1f s",
                2 * debtors(), debtors(), seconds(begin, generated), seconds(generated, killed),
                seconds(generated, completed), seconds(generated, System.nanoTime())));
        assertRunWroteEachClaimOnce(run, done, "K", 2 * debtors());
        assertThat(instances.count("select count(distinct owner) from run_chunk where run_id = ?::uuid", run))
                .as("both instances worked on the run").isEqualTo(2);
        if (killedIn != null) {
            // the chunk the killed instance held: done once, by the survivor
            assertThat(instances.count("select count(*) from run_chunk where run_id = ?::uuid and number = " + killedIn[0]
                    + " and status = 'DONE' and owner <> '" + firstInstance + "'", run)).isEqualTo(1);
        }
    }

    @Test
    void anInstancePausedPastItsLeaseWritesNothingOfTheChunkTheOtherTookOver() throws Exception {
        instances.generate("P", 10, 5_000);
        String run = TwoInstances.startDunningRun(first);
        String paused = instances.instanceOf(second);

        int[] held = awaitHolding(run, paused, 0.0);
        second.pause();
        // paused after marking its chunk done but before the commit, it still locks the chunk: nobody can take that
        // one over (rightly), so it is resumed and paused again on its next chunk
        while (held != null && chunkRowLocked(run, held[0])) {
            second.resume();
            held = awaitHolding(run, paused, 0.0);
            second.pause();
        }
        try {
            Thread.sleep(5_000);
        } finally {
            second.resume();
        }

        Api.Response done = TwoInstances.awaitRunEnded(first, run);
        assertThat(done.at("/status")).isEqualTo("COMPLETED");
        instances.awaitEventsHandled();
        assertRunWroteEachClaimOnce(run, done, "P", 10_000);
        assertThat(held).as("the second instance held a chunk when it was paused").isNotNull();
        assertThat(instances.count("select count(*) from run_chunk where run_id = ?::uuid and number = " + held[0]
                + " and status = 'DONE' and attempts >= 2", run)).as("its chunk was taken over").isEqualTo(1);
        instances.awaitLog(second, "taken over by another instance", Duration.ofSeconds(30));
    }

    @Test
    void theRunResumesWhenPostgresRestartsInItsMiddleAndWritesNothingTwice() throws Exception {
        String cluster = localCluster();
        Assumptions.assumeTrue(cluster != null, "restarting PostgreSQL needs root and a Debian cluster on port 5432");
        instances.generate("R", 10, 5_000);
        String run = TwoInstances.startDunningRun(first);

        int[] held = awaitHolding(run, instances.instanceOf(first), 0.3);
        assertThat(held).as("the run was still going at 30 %").isNotNull();
        Process restart = new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", cluster.split(" ")[0],
                cluster.split(" ")[1], "restart", "-m", "fast").redirectErrorStream(true).start();
        String said = new String(restart.getInputStream().readAllBytes());
        assertThat(restart.waitFor()).as(said).isZero();

        Api.Response done = TwoInstances.awaitRunEnded(second, run);
        assertThat(done.at("/status")).as(first.tail() + second.tail()).isEqualTo("COMPLETED");
        instances.awaitEventsHandled();
        assertRunWroteEachClaimOnce(run, done, "R", 10_000);
        assertThat(instances.count("select count(*) from run_chunk where run_id = ?::uuid and attempts >= 2", run))
                .as("chunks cut off by the restart were tried again").isPositive();
        assertThat(first.isAlive() && second.isAlive()).as("both instances outlived the restart").isTrue();
    }

    /** "15 main" when this machine's test PostgreSQL is a Debian cluster on port 5432 that root may restart. */
    private static String localCluster() throws Exception {
        if (!"root".equals(System.getProperty("user.name")) || !instances.onLocalPort5432()) {
            return null;
        }
        try {
            Process list = new ProcessBuilder("pg_lsclusters", "-h").start();
            String clusters = new String(list.getInputStream().readAllBytes());
            list.waitFor();
            return clusters.lines().map(line -> line.trim().split("\\s+"))
                    .filter(column -> column.length > 3 && column[2].equals("5432"))
                    .map(column -> column[0] + " " + column[1]).findFirst().orElse(null);
        } catch (java.io.IOException noDebianTools) {
            return null;
        }
    }

    /** Every due claim of the set got one level-1 notice from this run, one dispatch per letter, and the figures add up. */
    private void assertRunWroteEachClaimOnce(String run, Api.Response done, String prefix, int claims) throws Exception {
        assertThat(done.at("/progress/total")).isEqualTo(Integer.toString(claims));
        assertThat(done.at("/progress/processed")).isEqualTo(Integer.toString(claims));
        assertThat(done.at("/evaluated")).isEqualTo(Integer.toString(claims));
        assertThat(done.at("/notices/1")).isEqualTo(Integer.toString(claims));
        assertThat(instances.count("select count(*) from notice where run_id = ?::uuid", run)).isEqualTo(claims);
        assertThat(instances.count("select count(*) from claim where invoice_number like ? and dunning_level = 1", prefix + "-%"))
                .isEqualTo(claims);
        assertThat(instances.count("select count(*) from (select claim_id, level from notice group by claim_id, level "
                + "having count(*) > 1) twice where ? is not null", run)).isZero();
        assertThat(instances.count("select count(*) from dispatch where run_id = ?::uuid", run))
                .isEqualTo(instances.count("select count(distinct combined_id) from notice where run_id = ?::uuid", run))
                .isEqualTo(claims / 2);
        assertThat(instances.count("select count(*) from (select combined_id, channel from dispatch group by combined_id, channel "
                + "having count(*) > 1) twice where ? is not null", run)).isZero();
    }

    /**
     * Waits until the instance holds a chunk of the run, once the run is {@code share} done; returns the chunk's number
     * (null when the run ended first).
     */
    private static int[] awaitHolding(String run, String instance, double share) throws Exception {
        int[] found = TwoInstances.poll(Duration.ofMinutes(5), () -> {
            try (Connection connection = instances.connect(); PreparedStatement query = connection.prepareStatement("""
                    select number, (select count(*) from run_chunk where run_id = r.run_id and status = 'DONE')::float
                        / (select count(*) from run_chunk where run_id = r.run_id)
                    from run_chunk r where run_id = ?::uuid and owner = ? and status = 'CLAIMED'""")) {
                query.setString(1, run);
                query.setString(2, instance);
                try (ResultSet rs = query.executeQuery()) {
                    if (rs.next() && rs.getDouble(2) >= share) {
                        return new int[] {rs.getInt(1)};
                    }
                }
            }
            // before the snapshot is taken the run has no chunks yet: only its status says it ended
            return instances.count("select count(*) from dunning_run where id = ?::uuid and status = 'RUNNING'", run) == 0
                    ? new int[0] : null;
        });
        return found.length == 1 ? found : null;
    }

    /** Debtors with two due claims each in the kill test; the bench profile runs it with 100,000. */
    protected int debtors() {
        return 5_000;
    }

    protected void report(String figures) {
        System.out.println(figures);
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    /** Whether a transaction holds the chunk's row (the instance has marked it done and not yet committed). */
    private static boolean chunkRowLocked(String run, int number) throws SQLException {
        try (Connection connection = instances.connect()) {
            connection.setAutoCommit(false);
            try (PreparedStatement query = connection.prepareStatement(
                    "select number from run_chunk where run_id = ?::uuid and number = ? for update skip locked")) {
                query.setString(1, run);
                query.setInt(2, number);
                try (ResultSet rs = query.executeQuery()) {
                    return !rs.next();
                }
            } finally {
                connection.rollback();
            }
        }
    }
}
