package de.kulant.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.TestPropertySource;

/**
 * Runs an integration test against a fresh database on the local PostgreSQL (see {@link PostgresDatabase}).
 * Without a reachable server the test is skipped with a message, unless KULANT_REQUIRE_POSTGRES=true.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(PostgresDatabase.class)
@TestPropertySource(properties = {
        "spring.datasource.url=${kulant.test.postgres.url}",
        "spring.datasource.username=${kulant.test.postgres.user}",
        "spring.datasource.password=${kulant.test.postgres.password}"})
public @interface OnPostgres {
}
