package de.kulant.platform.replica;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * With {@code kulant.replica.url} set, the application's one {@link DataSource} hands out a connection only when the
 * first statement runs: a read-only transaction of a page view gets one from the standby, everything else one from
 * the primary (docs/decisions/035).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("kulant.replica.url")
@EnableConfigurationProperties(ReplicaProperties.class)
class ReplicaConfiguration {

    @Bean(defaultCandidate = false)
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource primaryPool(DataSourceProperties properties) {
        HikariDataSource pool = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        pool.setPoolName("primary");
        return pool;
    }

    @Bean(defaultCandidate = false)
    HikariDataSource replicaPool(DataSourceProperties primary, ReplicaProperties replica) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("replica");
        pool.setJdbcUrl(replica.url());
        pool.setUsername(replica.username() == null ? primary.determineUsername() : replica.username());
        pool.setPassword(replica.password() == null ? primary.determinePassword() : replica.password());
        pool.setMaximumPoolSize(replica.poolSize());
        pool.setConnectionTimeout(replica.connectTimeout().toMillis());
        pool.setReadOnly(true);
        // the application starts even while the standby is down; reads use the primary until it answers
        pool.setInitializationFailTimeout(-1);
        return pool;
    }

    @Bean
    ReplicaHealth replicaHealth(@Qualifier("primaryPool") DataSource primary,
                                @Qualifier("replicaPool") DataSource replica, ReplicaProperties properties,
                                MeterRegistry meters) {
        return new ReplicaHealth(primary, replica, properties.maxLag(), meters);
    }

    @Bean
    @Primary
    DataSource dataSource(@Qualifier("primaryPool") DataSource primary, @Qualifier("replicaPool") DataSource replica,
                          ReplicaHealth health) {
        LazyConnectionDataSourceProxy routing = new LazyConnectionDataSourceProxy(primary);
        routing.setReadOnlyDataSource(new ReplicaReads(primary, replica, health));
        return routing;
    }

    @Bean
    FilterRegistrationBean<ReplicaReadsFilter> replicaReadsFilter(Clock clock, ReplicaProperties properties) {
        FilterRegistrationBean<ReplicaReadsFilter> registration =
                new FilterRegistrationBean<>(new ReplicaReadsFilter(clock, properties.stickyAfterWrite()));
        registration.addUrlPatterns("/*");
        return registration;
    }
}
