package de.kulant.correspondence.internal;

import de.kulant.correspondence.CorrespondenceProperties;
import de.kulant.platform.WorkerPools;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The correspondence module's threads. */
@Configuration(proxyBeanMethods = false)
class CorrespondenceWorkers {

    static final String DISPATCH = "dispatchExecutor";

    /** Writes, archives and sends the letters of a dispatch batch; its queue holds one batch. */
    @Bean(DISPATCH)
    ThreadPoolTaskExecutor dispatchExecutor(CorrespondenceProperties properties) {
        return WorkerPools.bounded("dispatch", properties.threads(), properties.batchSize());
    }
}
