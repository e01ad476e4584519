package de.kulant.platform.idempotency;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Runs the {@link IdempotencyFilter} on the API, after Spring Security has authenticated the caller. */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyStore store, IdempotencyProperties properties) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(store, properties.maxBody().toBytes()));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(0);
        return registration;
    }
}
