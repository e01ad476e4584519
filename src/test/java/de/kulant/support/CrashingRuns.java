package de.kulant.support;

import de.kulant.platform.RunChunks;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Lets a test make a dunning run die while it writes a given chunk, at every attempt: the chunk's transaction is rolled
 * back each time, the chunks before it stay committed, and the run fails when the chunk's attempts are used up. Done
 * from outside the product, by a proxy of the run chunks that fails the chunk's last write (marking it done).
 */
@TestConfiguration(proxyBeanMethods = false)
public class CrashingRuns {

    private static volatile int dieInChunk;

    /** The next runs die in chunk {@code chunk} (counted from 1) at every attempt; 0 switches it off. */
    public static void dieInChunk(int chunk) {
        dieInChunk = chunk;
    }

    @Bean
    static BeanPostProcessor crashingRunChunks() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof RunChunks chunks)) {
                    return bean;
                }
                ProxyFactory proxy = new ProxyFactory(chunks);
                proxy.setProxyTargetClass(true);
                proxy.addAdvice((MethodInterceptor) call -> {
                    if (call.getMethod().getName().equals("complete") && dieInChunk > 0
                            && call.getArguments()[0] instanceof RunChunks.Chunk chunk
                            && chunk.kind().equals("dunning-run") && chunk.number() == dieInChunk) {
                        throw new IllegalStateException("simulated crash in chunk " + dieInChunk);
                    }
                    return call.proceed();
                });
                return proxy.getProxy();
            }
        };
    }
}
