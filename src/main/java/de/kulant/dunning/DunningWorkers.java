package de.kulant.dunning;

import de.kulant.platform.WorkerPools;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The dunning module's threads. */
@Configuration(proxyBeanMethods = false)
class DunningWorkers {

    static final String DUNNING_RUN = "dunningRunExecutor";

    /** Works on the chunks of the running run; one run at a time, as the cluster-wide job lock allows only one. */
    @Bean(DUNNING_RUN)
    ThreadPoolTaskExecutor dunningRunExecutor(DunningProperties properties) {
        return WorkerPools.bounded("dunning-run", properties.runThreads(), properties.runThreads() + 1);
    }
}
