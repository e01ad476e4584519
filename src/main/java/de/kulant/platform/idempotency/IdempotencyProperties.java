package de.kulant.platform.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** {@code kulant.idempotency.*}: how long keys are remembered and the largest body they cover. */
@ConfigurationProperties("kulant.idempotency")
record IdempotencyProperties(@DefaultValue("24h") Duration retention, @DefaultValue("25MB") DataSize maxBody) {
}
