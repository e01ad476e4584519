package de.kulant.platform.replica;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kulant.replica.*}: a streaming standby of the primary database that serves the read-only transactions of
 * page views (dashboards, reports, lists). Without {@code url} every read goes to the primary.
 *
 * @param url JDBC URL of the standby; user and password default to the primary's
 * @param maxLag how far the standby may be behind; beyond it reads go to the primary until it has caught up
 * @param checkEvery how often the lag is measured
 * @param stickyAfterWrite how long a session that changed something reads from the primary, so it sees its change
 * @param poolSize connections to the standby per instance
 * @param connectTimeout how long a page waits for a standby connection before it reads from the primary instead
 */
@ConfigurationProperties("kulant.replica")
public record ReplicaProperties(String url, String username, String password,
                                @DefaultValue("5s") Duration maxLag,
                                @DefaultValue("1s") Duration checkEvery,
                                @DefaultValue("5s") Duration stickyAfterWrite,
                                @DefaultValue("10") int poolSize,
                                @DefaultValue("1s") Duration connectTimeout) {
}
