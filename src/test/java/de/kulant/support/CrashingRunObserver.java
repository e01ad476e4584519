package de.kulant.support;

import de.kulant.dunning.internal.RunObserver;
import java.util.UUID;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Lets a test make a dunning run die after a given chunk, the way a killed process would. */
@TestConfiguration(proxyBeanMethods = false)
public class CrashingRunObserver {

    private static volatile int crashAfterChunk;

    /** The next runs die after chunk {@code chunk} was committed; 0 switches it off. */
    public static void crashAfterChunk(int chunk) {
        crashAfterChunk = chunk;
    }

    @Bean
    RunObserver crashingObserver() {
        return (UUID runId, int chunk) -> {
            if (crashAfterChunk > 0 && chunk == crashAfterChunk) {
                throw new IllegalStateException("simulated crash after chunk " + chunk);
            }
        };
    }
}
