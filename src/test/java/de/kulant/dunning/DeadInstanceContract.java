package de.kulant.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.Api;
import de.kulant.support.IntegrationTest;
import java.net.InetAddress;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An instance killed with {@code kill -9} in the middle of a dunning run leaves the run RUNNING and the run lock held;
 * both are recognised at once, at start-up, when the next run starts and in the instances' help rounds (issue 11,
 * item 23; issue 18); on H2 and PostgreSQL.
 */
abstract class DeadInstanceContract extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private DunningRuns runs;

    /** What a killed instance on this host leaves behind: its row, a RUNNING run and the run lock; returns the run. */
    private UUID killedInTheMiddleOfARun(String creditorId) throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        String instance = UUID.randomUUID().toString();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into app_instance (id, host, pid, started_at, heartbeat_at) values (?, ?, ?, ?, ?)",
                instance, InetAddress.getLocalHost().getHostName(), gone.pid(), now, now);
        UUID run = UUID.randomUUID();
        jdbc.update("""
                insert into dunning_run (id, creditor_id, as_of, dry_run, status, processed, evaluated, handed_over,
                    notices, skipped, started_at, heartbeat_at, started_by, instance_id)
                values (?, ?::uuid, ?, false, 'RUNNING', 0, 0, 0, '{}', '{}', ?, ?, 'system', ?)""",
                run, creditorId, LocalDate.of(2026, 3, 6), now, now, instance);
        Timestamp future = Timestamp.valueOf("2100-01-01 00:00:00");
        Timestamp past = Timestamp.valueOf("2020-01-01 00:00:00");
        if (jdbc.update("update shedlock set lock_until = ?, locked_at = ?, locked_by = ? where name = 'dunning-run'",
                future, past, instance) == 0) {
            jdbc.update("insert into shedlock (name, lock_until, locked_at, locked_by) values ('dunning-run', ?, ?, ?)",
                    future, past, instance);
        }
        return run;
    }

    private String statusOf(UUID run) {
        return jdbc.queryForObject("select status from dunning_run where id = ?", String.class, run);
    }

    @Test
    void theNextRunIsNotRefusedWhenTheInstanceHoldingTheLockWasKilled() throws Exception {
        Tenant shop = newTenant("Abgestürzt");
        UUID dead = killedInTheMiddleOfARun(shop.id());
        clock.setToday(LocalDate.of(2026, 3, 7));

        Api.Response next = api.post("/api/v1/dunning-runs", Map.of("asOf", "2026-03-07"), shop.auth());

        assertThat(next.status()).as(next.toString()).isEqualTo(201);
        assertThat(next.at("/status")).isEqualTo("COMPLETED");
        assertThat(statusOf(dead)).isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("select error from dunning_run where id = ?", String.class, dead))
                .contains("instance working on it stopped");
    }

    @Test
    void atStartUpARunOfAKilledInstanceIsMarkedFailedAtOnce() throws Exception {
        Tenant shop = newTenant("Neustart");
        UUID dead = killedInTheMiddleOfARun(shop.id());

        assertThat(runs.failRunsOfGoneInstances()).isEqualTo(1);

        assertThat(statusOf(dead)).isEqualTo("FAILED");
        assertThat(api.get("/api/v1/dunning-runs/" + dead, shop.auth()).at("/status")).isEqualTo("FAILED");
        jdbc.update("update shedlock set lock_until = locked_at where name = 'dunning-run'");
    }

    @Test
    void theInstancesStillRunningMarkARunFailedWhoseInstanceDiedBeforeItHadChunks() throws Exception {
        Tenant shop = newTenant("Vorbereitung");
        UUID dead = killedInTheMiddleOfARun(shop.id());

        runs.helpWithRuns();

        assertThat(statusOf(dead)).isEqualTo("FAILED");
        jdbc.update("update shedlock set lock_until = locked_at where name = 'dunning-run'");
    }
}
