package de.kulant.collection;

import de.kulant.platform.WorkerPools;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The collection module's threads. */
@Configuration(proxyBeanMethods = false)
class CollectionWorkers {

    static final String COLLECTION_RUN = "collectionRunExecutor";

    /** Helps with the chunks of collection runs started here or on another instance; one chunk at a time. */
    @Bean(COLLECTION_RUN)
    ThreadPoolTaskExecutor collectionRunExecutor() {
        return WorkerPools.bounded("collection-run", 1, 1);
    }
}
