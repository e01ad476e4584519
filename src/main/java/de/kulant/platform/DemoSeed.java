package de.kulant.platform;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether demo shops and claims are seeded into an empty installation: as {@code kulant.demo.seed} says, and when it
 * is not set only on the embedded H2 database, never on a production PostgreSQL by default.
 */
public class DemoSeed implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return enabled(context.getEnvironment());
    }

    public static boolean enabled(Environment environment) {
        String seed = environment.getProperty("kulant.demo.seed");
        if (seed != null && !seed.isBlank()) {
            return Boolean.parseBoolean(seed.strip());
        }
        return environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:");
    }
}
