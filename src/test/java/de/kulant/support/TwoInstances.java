package de.kulant.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Two Kulant processes on one new PostgreSQL database of their own, for the proofs that runs, dispatch and imports
 * survive an instance killed with {@code kill -9}; with the queries those proofs read the database with.
 */
public final class TwoInstances implements AutoCloseable {

    private static final Api.Auth ADMIN = Api.Auth.basic("admin", IntegrationTest.ADMIN_PASSWORD);
    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
            .build();

    private final String jdbcUrl;
    private final Path dataDir;
    private final Map<String, String> settings;
    private AppProcess first;
    private AppProcess second;
    private int restarts;

    private TwoInstances(String jdbcUrl, Path dataDir, Map<String, String> settings) {
        this.jdbcUrl = jdbcUrl;
        this.dataDir = dataDir;
        this.settings = settings;
    }

    /** Creates the database and starts both instances with the settings; returns once both are ready. */
    public static TwoInstances start(String name, Map<String, String> settings) throws Exception {
        String testDatabase = PostgresDatabase.ensureDatabase();
        String database = PostgresDatabase.newDatabaseName(name);
        try (Connection admin = connect(testDatabase); Statement statement = admin.createStatement()) {
            statement.execute("create database " + database);
        }
        TwoInstances pair = new TwoInstances(testDatabase.substring(0, testDatabase.lastIndexOf('/') + 1) + database,
                Files.createTempDirectory("kulant-" + name), settings);
        // both start at once; Flyway's lock lets one migrate the new database while the other waits
        pair.first = AppProcess.start("first", pair.jdbcUrl, pair.dataDir.resolve("first"), settings);
        pair.second = AppProcess.start("second", pair.jdbcUrl, pair.dataDir.resolve("second"), settings);
        pair.first.awaitReady(Duration.ofMinutes(3));
        pair.second.awaitReady(Duration.ofMinutes(3));
        return pair;
    }

    /**
     * Settings for instances that a test drives: no schedules of their own except the ones asked for, and short leases
     * and heartbeats so a killed instance's work is taken over within seconds; {@code own} adds to them or overrides.
     */
    public static Map<String, String> settings(Map<String, String> own) {
        Map<String, String> settings = new java.util.HashMap<>(Map.ofEntries(
                Map.entry("kulant.dunning.schedule-enabled", "false"),
                Map.entry("kulant.runs.chunk-lease", "3s"),
                Map.entry("kulant.runs.chunk-heartbeat", "1s"),
                Map.entry("kulant.runs.help-every", "1s"),
                Map.entry("kulant.events.resubmit-after", "30s"),
                Map.entry("kulant.events.resubmit-every", "5s"),
                Map.entry("kulant.reporting.settlement-schedule-enabled", "false"),
                Map.entry("kulant.webhooks.dispatch-enabled", "false")));
        settings.putAll(own);
        return settings;
    }

    /** Starts a dunning run over all shops as of today on the instance; its id. */
    public static String startDunningRun(AppProcess instance) {
        Api.Response started = new Api(instance.port(), JSON).post("/api/v1/dunning-runs",
                Map.of("asOf", today().toString()), ADMIN);
        if (started.status() != 201 && started.status() != 202) {
            throw new AssertionError("the run did not start: " + started);
        }
        return started.at("/id");
    }

    /** The run as the instance shows it once it is no longer RUNNING. */
    public static Api.Response awaitRunEnded(AppProcess instance, String run) throws Exception {
        Api api = new Api(instance.port(), JSON);
        return poll(Duration.ofMinutes(5), () -> {
            Api.Response now = api.get("/api/v1/dunning-runs/" + run, ADMIN);
            return now.at("/status").equals("RUNNING") ? null : now;
        });
    }

    public AppProcess first() {
        return first;
    }

    public AppProcess second() {
        return second;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Starts again an instance that a test killed, so the next test has two. */
    public void restartTheKilled() throws Exception {
        if (!first.isAlive()) {
            first = AppProcess.start("first-" + ++restarts, jdbcUrl, dataDir.resolve("first-" + restarts), settings)
                    .awaitReady(Duration.ofMinutes(2));
        }
        if (!second.isAlive()) {
            second = AppProcess.start("second-" + ++restarts, jdbcUrl, dataDir.resolve("second-" + restarts), settings)
                    .awaitReady(Duration.ofMinutes(2));
        }
    }

    /** Whether {@code pg_ctlcluster} may restart the database the instances use (root, a Debian cluster on 5432). */
    public boolean onLocalPort5432() {
        return jdbcUrl.contains("//127.0.0.1:5432/");
    }

    /**
     * Generated shops, consumers and two due claims of 119.00 EUR per consumer ({@code scripts/scale-out/due-claims.sql});
     * every name starts with the prefix.
     */
    public void generate(String prefix, int creditors, int debtors) throws Exception {
        String sql = Files.readString(Path.of("scripts/scale-out/due-claims.sql"))
                .replace(":'prefix'", "'" + prefix + "'")
                .replace(":'due'", "'" + today().minusDays(10) + "'")
                .replace(":creditors", Integer.toString(creditors))
                .replace(":debtors", Integer.toString(debtors));
        try (Connection connection = connect(jdbcUrl); Statement statement = connection.createStatement()) {
            for (String part : sql.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!part.isBlank()) {
                    statement.execute(part);
                }
            }
        }
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Berlin"));
    }

    /** The id the instance registered in {@code app_instance}, as it marks chunks, locks and dispatches. */
    public String instanceOf(AppProcess instance) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement query = connection.prepareStatement("select id from app_instance where pid = ?")) {
            query.setLong(1, instance.pid());
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    throw new AssertionError("instance " + instance.pid() + " is not registered");
                }
                return rs.getString(1);
            }
        }
    }

    /** Until the listeners of every event have run (the killed instance's are handed on by the survivor). */
    public void awaitEventsHandled() throws Exception {
        poll(Duration.ofMinutes(3), () -> count(
                "select count(*) from event_publication where completion_date is null and ? is not null", "x") == 0
                ? Boolean.TRUE : null);
    }

    public void awaitLog(AppProcess instance, String text, Duration within) throws Exception {
        poll(within, () -> instance.output().contains(text) ? Boolean.TRUE : null);
    }

    /** Asks every 100 ms until the check answers something other than null. */
    public static <T> T poll(Duration within, Callable<T> check) throws Exception {
        long until = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < until) {
            T result = check.call();
            if (result != null) {
                return result;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not within " + within);
    }

    /** The first column of the first row of a query with one text parameter. */
    public long count(String sql, String parameter) throws SQLException {
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public Connection connect() throws SQLException {
        return connect(jdbcUrl);
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, System.getProperty("kulant.test.postgres.user", "postgres"),
                System.getProperty("kulant.test.postgres.password", ""));
    }

    @Override
    public void close() throws InterruptedException {
        for (AppProcess instance : new AppProcess[] {first, second}) {
            if (instance != null) {
                instance.close();
            }
        }
    }
}
