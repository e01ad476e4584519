package de.kulant.platform.replica;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.IntegrationTest;
import de.kulant.support.OnPostgres;
import de.kulant.support.ReplicaDatabase;
import de.kulant.support.StaffSession;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The staff dashboard read from a streaming standby (issue 18, item 4): it shows what the standby has replayed while
 * the standby is within the allowed lag, the primary's figures once it lags or is stopped, and a session that just
 * posted a form reads the primary. Needs the standby of {@code scripts/replica/standby.sh}.
 */
@OnPostgres
@ExtendWith(ReplicaDatabase.class)
@TestPropertySource(properties = {
        "kulant.replica.url=${kulant.test.replica.url}",
        "kulant.replica.check-every=200ms",
        "kulant.replica.max-lag=3s",
        "kulant.replica.connect-timeout=500ms"})
class ReadReplicaTest extends IntegrationTest {

    private static final Pattern OPEN_CLAIMS = Pattern.compile("id=\"kpi-outstanding\".*?kpi-note\">([^<]*)<",
            Pattern.DOTALL);

    @Autowired
    private ReplicaHealth health;

    @AfterEach
    void standbyRunsAndReplays() throws SQLException {
        ReplicaDatabase.standby("start");
        try (Connection standby = standby(); Statement statement = standby.createStatement()) {
            statement.execute("select pg_wal_replay_resume()");
        }
    }

    @Test
    void theDashboardShowsWhatTheStandbyReplayedUntilItLagsThenThePrimarys() throws Exception {
        Tenant shop = newTenant("Replica Laden");
        createClaim(shop, claim("R-1"));
        createClaim(shop, claim("R-2"));
        awaitStandbyClaims(shop, 2);
        StaffSession staff = signedInLongAgo();

        replay(false);
        createClaim(shop, claim("R-3"));
        assertThat(openClaims(staff, shop)).as("read from the standby, which has not replayed R-3").isEqualTo("2");

        await("the standby counts as lagging", () -> !health.state().usable());
        assertThat(openClaims(staff, shop)).as("read from the primary").isEqualTo("3");

        replay(true);
        await("the standby is used again", () -> health.state().usable());
        replay(false);
        createClaim(shop, claim("R-4"));
        staff.post("/dashboard", Map.of());
        assertThat(openClaims(staff, shop)).as("a session that just posted a form reads the primary").isEqualTo("4");
        clock.advance(Duration.ofSeconds(10));
        assertThat(openClaims(staff, shop)).as("and the standby again once that is over").isEqualTo("3");
    }

    @Test
    void aStoppedStandbyCostsTheDashboardNothingButTheQueriesInFlight() throws Exception {
        Tenant shop = newTenant("Replica Ausfall");
        createClaim(shop, claim("A-1"));
        awaitStandbyClaims(shop, 1);
        await("the standby is used", () -> health.state().usable());
        List<StaffSession> readers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            readers.add(signedInLongAgo());
        }
        AtomicBoolean stopping = new AtomicBoolean();
        AtomicBoolean stopped = new AtomicBoolean();
        ConcurrentLinkedQueue<String> failedOtherwise = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failedWhileStopping = new ConcurrentLinkedQueue<>();
        java.util.concurrent.atomic.AtomicInteger answered = new java.util.concurrent.atomic.AtomicInteger();
        AtomicBoolean done = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        for (StaffSession reader : readers) {
            Thread thread = new Thread(() -> {
                while (!done.get()) {
                    boolean duringStop = stopping.get() && !stopped.get();
                    StaffSession.Page page = reader.get("/dashboard?creditor=" + shop.id());
                    String figure = page.status() == 200 ? count(page.body()) : "HTTP " + page.status();
                    answered.incrementAndGet();
                    if (!"1".equals(figure)) {
                        (duringStop ? failedWhileStopping : failedOtherwise).add(figure);
                    }
                }
            }, "dashboard-reader");
            thread.start();
            threads.add(thread);
        }
        Thread.sleep(1_500);
        stopping.set(true);
        ReplicaDatabase.standby("stop");
        stopped.set(true);
        await("the standby counts as down", () -> !health.state().usable());
        int beforeStart = answered.get();
        Thread.sleep(2_000);
        assertThat(answered.get()).as("the dashboard kept answering while the standby was down").isGreaterThan(beforeStart);
        ReplicaDatabase.standby("start");
        await("the standby is used again", () -> health.state().usable());
        Thread.sleep(1_000);
        done.set(true);
        for (Thread thread : threads) {
            thread.join(30_000);
        }
        assertThat(failedOtherwise).as("pages before and after the standby stopped").isEmpty();
        assertThat(failedWhileStopping.size()).as("pages whose query was running when the standby stopped: "
                + failedWhileStopping).isLessThanOrEqualTo(readers.size());
    }

    private StaffSession signedInLongAgo() {
        StaffSession staff = StaffSession.logIn(port, "admin", ADMIN_PASSWORD);
        clock.advance(Duration.ofSeconds(10));
        return staff;
    }

    private static String openClaims(StaffSession staff, Tenant shop) {
        StaffSession.Page page = staff.get("/dashboard?creditor=" + shop.id());
        assertThat(page.status()).isEqualTo(200);
        return count(page.body());
    }

    private static String count(String body) {
        Matcher matcher = OPEN_CLAIMS.matcher(body);
        if (!matcher.find()) {
            return "no figure";
        }
        return matcher.group(1).replaceAll("\\D", "");
    }

    private void awaitStandbyClaims(Tenant shop, int expected) throws Exception {
        await("the standby has the shop's " + expected + " claims", () -> {
            try (Connection standby = standby(); PreparedStatement statement =
                    standby.prepareStatement("select count(*) from claim where creditor_id = ?")) {
                statement.setObject(1, UUID.fromString(shop.id()));
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next() && rs.getInt(1) == expected;
                }
            } catch (SQLException notYet) {
                return false;
            }
        });
    }

    private static void replay(boolean on) throws SQLException {
        try (Connection standby = standby(); Statement statement = standby.createStatement()) {
            statement.execute(on ? "select pg_wal_replay_resume()" : "select pg_wal_replay_pause()");
        }
    }

    private static Connection standby() throws SQLException {
        return DriverManager.getConnection(System.getProperty("kulant.test.replica.url"),
                System.getProperty("kulant.test.postgres.user"), System.getProperty("kulant.test.postgres.password"));
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not within 30 s: " + what);
            }
            Thread.sleep(50);
        }
    }
}
