package de.kulant.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kulant.runs.*}: how the instances share the chunks of a run.
 *
 * @param chunkLease how long a claimed chunk stays an instance's without a heartbeat; then another takes it over
 * @param chunkHeartbeat how often an instance extends the leases of the chunks it works on
 * @param chunkAttempts how often a chunk is tried before its run fails (a PostgreSQL restart costs one attempt)
 * @param helpEvery how often an idle instance looks for chunks of runs another instance started
 */
@ConfigurationProperties("kulant.runs")
public record RunProperties(@DefaultValue("30s") Duration chunkLease,
                            @DefaultValue("5s") Duration chunkHeartbeat,
                            @DefaultValue("3") int chunkAttempts,
                            @DefaultValue("2s") Duration helpEvery) {
}
