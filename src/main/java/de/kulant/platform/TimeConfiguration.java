package de.kulant.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the application. Business dates are Europe/Berlin; tests replace this bean. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    static final ZoneId BUSINESS_ZONE = ZoneId.of("Europe/Berlin");

    @Bean
    Clock clock() {
        return Clock.system(BUSINESS_ZONE);
    }
}
