package de.kulant.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/** The schedulers every module shares: the one for {@code @Scheduled} jobs, and the one that keeps job locks alive. */
@Configuration(proxyBeanMethods = false)
class PlatformWorkers {

    static final String JOB_LOCK_KEEP_ALIVE = "jobLockKeepAlive";

    /**
     * Runs the {@code @Scheduled} jobs (found by this name). Several threads, so a long dispatch or import never holds
     * up the instance's heartbeat.
     */
    @Bean
    ThreadPoolTaskScheduler taskScheduler() {
        return WorkerPools.scheduler("scheduled", 4);
    }

    /** Extends the job locks held by this instance while their jobs run. */
    @Bean(JOB_LOCK_KEEP_ALIVE)
    ThreadPoolTaskScheduler jobLockKeepAlive() {
        return WorkerPools.scheduler("job-lock-keep-alive", 1);
    }
}
