package de.kulant.dunning;

import de.kulant.platform.WorkerPools;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The dunning module's threads. */
@Configuration(proxyBeanMethods = false)
class DunningWorkers {

    static final String DUNNING_RUN = "dunningRunExecutor";

    /** Works off a started run; one at a time, as the cluster-wide job lock allows only one run anyway. */
    @Bean(DUNNING_RUN)
    ThreadPoolTaskExecutor dunningRunExecutor() {
        return WorkerPools.bounded("dunning-run", 1, 2);
    }
}
