package de.kulant.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Finds the streaming standby of the local PostgreSQL that {@code scripts/replica/standby.sh} runs (port 5433, or
 * KULANT_TEST_REPLICA_URL) and points {@code kulant.test.replica.url} at this run's database on it. The tests stop and
 * start the standby with that script, so they need root. Missing standby: skipped with a visible reason, or failed
 * when KULANT_REQUIRE_REPLICA=true (as in CI, where .ci/run starts it).
 */
public final class ReplicaDatabase implements ExecutionCondition {

    public static final Path SCRIPT = Path.of("scripts", "replica", "standby.sh");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String database = PostgresDatabase.ensureDatabase();
        String problem = database == null ? "PostgreSQL is not reachable" : findStandby(database);
        if (problem == null) {
            return ConditionEvaluationResult.enabled("standby at " + System.getProperty("kulant.test.replica.url"));
        }
        if ("true".equalsIgnoreCase(System.getenv("KULANT_REQUIRE_REPLICA"))) {
            throw new IllegalStateException("KULANT_REQUIRE_REPLICA=true but " + problem);
        }
        String reason = "SKIPPED: " + problem + "; start one with scripts/replica/standby.sh start (as root)";
        System.err.println(reason);
        return ConditionEvaluationResult.disabled(reason);
    }

    private static String findStandby(String primaryUrl) {
        String base = System.getenv("KULANT_TEST_REPLICA_URL");
        base = base == null || base.isBlank() ? "jdbc:postgresql://127.0.0.1:5433/" : base;
        String url = base.substring(0, base.lastIndexOf('/') + 1) + primaryUrl.substring(primaryUrl.lastIndexOf('/') + 1);
        if (!"root".equals(System.getProperty("user.name")) || !Files.isExecutable(SCRIPT)) {
            return "the standby tests run " + SCRIPT + " and need root";
        }
        try (Connection connection = DriverManager.getConnection(base.substring(0, base.lastIndexOf('/') + 1)
                        + "postgres", System.getProperty("kulant.test.postgres.user"),
                System.getProperty("kulant.test.postgres.password"));
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select pg_is_in_recovery()")) {
            if (!rs.next() || !rs.getBoolean(1)) {
                return "the database at " + base + " is not a standby";
            }
        } catch (SQLException e) {
            return "no standby at " + base + " (" + e.getMessage() + ")";
        }
        System.setProperty("kulant.test.replica.url", url);
        return null;
    }

    /** Runs {@code standby.sh start|stop} and waits for it. */
    public static void standby(String command) {
        try {
            Process process = new ProcessBuilder(SCRIPT.toString(), command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("standby.sh " + command + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
