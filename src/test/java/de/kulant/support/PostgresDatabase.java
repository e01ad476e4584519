package de.kulant.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Finds the local PostgreSQL (KULANT_TEST_POSTGRES_URL, default jdbc:postgresql://127.0.0.1:5432/test, user
 * KULANT_TEST_POSTGRES_USER, default postgres) and creates one fresh database for this test run. Databases of
 * earlier runs are dropped at the start of the next one (not at exit, where the application still closes its
 * pool). Missing server: skipped with a visible reason, or failed when KULANT_REQUIRE_POSTGRES=true.
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
            dropLeftovers(statement);
            statement.execute("create database " + name);
        } catch (SQLException e) {
            failure = e.getMessage();
            return null;
        }
        url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
        System.setProperty("kulant.test.postgres.url", url);
        System.setProperty("kulant.test.postgres.user", user);
        System.setProperty("kulant.test.postgres.password", password);
        return url;
    }

    /** Drops the databases of earlier runs that nobody uses any more; one still in use is left alone. */
    private static void dropLeftovers(Statement statement) throws SQLException {
        List<String> leftovers = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("select datname from pg_database where datname like 'kulant_it_%'")) {
            while (rs.next()) {
                leftovers.add(rs.getString(1));
            }
        }
        for (String leftover : leftovers) {
            try {
                statement.execute("drop database if exists " + leftover);
            } catch (SQLException inUse) {
                // another test run is using it
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
