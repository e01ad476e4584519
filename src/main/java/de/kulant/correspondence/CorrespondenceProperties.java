package de.kulant.correspondence;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kulant.correspondence.*}.
 *
 * @param mailFrom the sender address of e-mails (replies go to the creditor)
 * @param dispatchEnabled whether the dispatcher sends on its own (off in tests, which call it directly)
 * @param dispatchInterval how often the dispatcher looks for due letters and e-mails
 * @param batchSize how many it takes from the queue at a time
 * @param threads how many letters it writes at the same time
 * @param retryDelays the waits after the first, second, ... failed attempt; after the last one it is FAILED
 * @param sendingTimeout how long an attempt may take before it counts as interrupted
 */
@ConfigurationProperties("kulant.correspondence")
public record CorrespondenceProperties(@DefaultValue("mahnwesen@kulant.invalid") String mailFrom,
                                       @DefaultValue("true") boolean dispatchEnabled,
                                       @DefaultValue("10s") Duration dispatchInterval,
                                       @DefaultValue("200") int batchSize,
                                       @DefaultValue("2") int threads,
                                       @DefaultValue({"1m", "5m", "30m", "2h", "12h"}) List<Duration> retryDelays,
                                       @DefaultValue("10m") Duration sendingTimeout) {
}
