package de.kulant.platform;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Lets the PostgreSQL driver send JDBC batches as multi-row inserts ({@code reWriteBatchedInserts}),
 * roughly doubling bulk intake speed; other databases are left as configured.
 */
@Component
class PostgresTuning implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource dataSource && dataSource.getJdbcUrl() != null
                && dataSource.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        return bean;
    }
}
