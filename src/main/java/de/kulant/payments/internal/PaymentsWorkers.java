package de.kulant.payments.internal;

import de.kulant.platform.WorkerPools;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The payments module's threads. */
@Configuration(proxyBeanMethods = false)
class PaymentsWorkers {

    static final String STATEMENT_MATCHING = "statementMatchingExecutor";

    /** Matches the next chunk of a statement while the import's thread books the current one: one task per import. */
    @Bean(STATEMENT_MATCHING)
    ThreadPoolTaskExecutor statementMatchingExecutor() {
        return WorkerPools.bounded("statement-matching", 2, 8);
    }
}
