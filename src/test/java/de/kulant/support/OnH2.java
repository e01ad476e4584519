package de.kulant.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/** Runs an integration test against an in-memory H2 database in PostgreSQL mode, like the embedded default. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:kulant-it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000",
        "spring.datasource.username=sa",
        "spring.datasource.password="})
public @interface OnH2 {
}
