package de.kulant.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** Test databases named by {@link #newDatabaseName}: the second they were made in comes first. */
    private static final Pattern STAMPED = Pattern.compile("kulant_it_(\\d{10})_.*");
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
        String name = newDatabaseName("run");
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

    /**
     * A name for a test database, with the second it was made in, so that leftovers are told from the databases of a
     * test JVM running beside this one.
     */
    public static String newDatabaseName(String purpose) {
        return "kulant_it_" + Instant.now().getEpochSecond() + "_" + purpose + "_"
                + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    }

    /**
     * Drops the databases of earlier runs that nobody uses any more; one still in use is left alone, and so is one
     * made in the last hours, which may belong to a test JVM beside this one that has not connected yet.
     */
    private static void dropLeftovers(Statement statement) throws SQLException {
        List<String> leftovers = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("select datname from pg_database where datname like 'kulant_it_%'")) {
            while (rs.next()) {
                leftovers.add(rs.getString(1));
            }
        }
        long recent = Instant.now().minus(Duration.ofHours(3)).getEpochSecond();
        for (String leftover : leftovers) {
            Matcher stamped = STAMPED.matcher(leftover);
            if (stamped.matches() && Long.parseLong(stamped.group(1)) > recent) {
                continue;
            }
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
