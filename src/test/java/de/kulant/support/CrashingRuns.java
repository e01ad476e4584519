package de.kulant.support;

import de.kulant.dunning.internal.RunStore;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Lets a test make a dunning run die while it writes a given chunk, the way a killed process would: the chunk's
 * transaction is rolled back and the chunks before it stay committed. Done from outside the product, by a proxy of the
 * run's store that fails the chunk's last write.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CrashingRuns {

    private static volatile int dieInChunk;
    private static final Map<UUID, Integer> CHUNKS = new ConcurrentHashMap<>();

    /** The next runs die in chunk {@code chunk} (counted from 1); 0 switches it off. */
    public static void dieInChunk(int chunk) {
        CHUNKS.clear();
        dieInChunk = chunk;
    }

    @Bean
    static BeanPostProcessor crashingRunStore() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof RunStore store)) {
                    return bean;
                }
                ProxyFactory proxy = new ProxyFactory(store);
                proxy.setProxyTargetClass(true);
                proxy.addAdvice((MethodInterceptor) call -> {
                    if (call.getMethod().getName().equals("progress")) {
                        int chunk = CHUNKS.merge((UUID) call.getArguments()[0], 1, Integer::sum);
                        if (dieInChunk > 0 && chunk == dieInChunk) {
                            throw new IllegalStateException("simulated crash in chunk " + chunk);
                        }
                    }
                    return call.proceed();
                });
                return proxy.getProxy();
            }
        };
    }
}
