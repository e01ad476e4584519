package de.kulant.platform.web;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sends "100 Continue" only when the application starts reading the body, so an upload refused up front
 * (too large, unauthorized) is answered before the client transfers it.
 */
@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

    @Bean
    TomcatConnectorCustomizer continueOnRead() {
        return connector -> connector.setProperty("continueResponseTiming", "onRead");
    }
}
