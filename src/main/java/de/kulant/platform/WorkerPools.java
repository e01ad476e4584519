package de.kulant.platform;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * How Kulant's own thread pools are made: named threads, a bounded queue (a full one refuses work instead of piling it
 * up), and on shutdown the tasks running are let finish for up to 30 seconds. Declared as beans, Spring starts and
 * stops them and Spring Boot publishes their metrics ({@code executor.*}, tag {@code name} = the bean's name).
 */
public final class WorkerPools {

    private static final int AWAIT_SECONDS = 30;

    private WorkerPools() {
    }

    public static ThreadPoolTaskExecutor bounded(String name, int threads, int queue) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix(name + "-");
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setQueueCapacity(queue);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(AWAIT_SECONDS);
        return executor;
    }

    public static ThreadPoolTaskScheduler scheduler(String name, int threads) {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix(name + "-");
        scheduler.setPoolSize(threads);
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.setAwaitTerminationSeconds(AWAIT_SECONDS);
        return scheduler;
    }
}
