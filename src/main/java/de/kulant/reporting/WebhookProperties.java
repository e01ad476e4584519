package de.kulant.reporting;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kulant.webhooks.*}: whether due deliveries are sent by the schedule, the waits between attempts (the last
 * attempt comes a day after the event), the timeout of one attempt, and whether {@code http://localhost} endpoints are
 * allowed (for trying out and for tests only: never in production, where it would let shops call the server itself).
 */
@ConfigurationProperties("kulant.webhooks")
public record WebhookProperties(@DefaultValue("true") boolean dispatchEnabled,
                                @DefaultValue({"1m", "5m", "30m", "2h", "6h", "12h"}) List<Duration> retryDelays,
                                @DefaultValue("24h") Duration giveUpAfter,
                                @DefaultValue("10s") Duration timeout,
                                @DefaultValue("false") boolean allowLocalhost) {
}
