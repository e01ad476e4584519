package de.kulant.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Finds the local PostgreSQL (KULANT_TEST_POSTGRES_URL, default jdbc:postgresql://127.0.0.1:5432/test, user
 * KULANT_TEST_POSTGRES_USER, default postgres) and creates one fresh database for this test run, dropped
 * when the JVM ends. Missing server: skipped with a visible reason, or failed when KULANT_REQUIRE_POSTGRES=true.
 */
public final class PostgresDatabase implements ExecutionCondition {

    private static volatile String url;
    private static volatile String failure;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String database = ensureDatabase();
        if (database != null) {
            return ConditionEvaluationResult.enabled("PostgreSQL test database " + database);
        }
        if ("true".equalsIgnoreCase(System.getenv("KULANT_REQUIRE_POSTGRES"))) {
            throw new IllegalStateException("KULANT_REQUIRE_POSTGRES=true but PostgreSQL is not reachable: " + failure);
        }
        String reason = "SKIPPED: PostgreSQL not reachable (" + failure + "); set KULANT_TEST_POSTGRES_URL or start it";
        System.err.println(reason);
        return ConditionEvaluationResult.disabled(reason);
    }

    /** The JDBC URL of this run's database, or null when PostgreSQL is not reachable. */
    public static synchronized String ensureDatabase() {
        if (url != null || failure != null) {
            return url;
        }
        String adminUrl = env("KULANT_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = env("KULANT_TEST_POSTGRES_USER", "postgres");
        String password = env("KULANT_TEST_POSTGRES_PASSWORD", "");
        String name = "kulant_it_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            failure = e.getMessage();
            return null;
        }
        url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
        System.setProperty("kulant.test.postgres.url", url);
        System.setProperty("kulant.test.postgres.user", user);
        System.setProperty("kulant.test.postgres.password", password);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(adminUrl, user, password, name)));
        return url;
    }

    private static void drop(String adminUrl, String user, String password, String name) {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
