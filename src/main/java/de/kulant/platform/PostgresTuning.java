package de.kulant.platform;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL connection settings for bulk work; other databases are left as configured.
 * <ul>
 *   <li>{@code reWriteBatchedInserts}: JDBC batches go out as multi-row inserts, about twice as fast.</li>
 *   <li>{@code plan_cache_mode=force_custom_plan}: a prepared statement is planned with its actual values
 *       every time. A generic plan made while a table was still small (a fresh installation's first bulk
 *       import) would otherwise stay a sequential scan while the table grows (see docs/decisions/008).</li>
 * </ul>
 */
@Component
class PostgresTuning implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource dataSource && dataSource.getJdbcUrl() != null
                && dataSource.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
            dataSource.addDataSourceProperty("options", "-c plan_cache_mode=force_custom_plan");
        }
        return bean;
    }
}
