package de.kulant.portal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kulant.portal.*}: wrong sign-ins allowed per reference before it is locked, and per network address (higher,
 * as many debtors share one address behind a mobile carrier), how long a lock lasts, and after how long without a
 * request a debtor's session ends; and, for the sandbox payment provider, how late its late webhook comes.
 */
@ConfigurationProperties("kulant.portal")
public record PortalProperties(@DefaultValue("5") int maxFailures,
                               @DefaultValue("20") int maxFailuresPerAddress,
                               @DefaultValue("15m") Duration lockout,
                               @DefaultValue("15m") Duration inactivity,
                               @DefaultValue("30s") Duration sandboxLateWebhook) {
}
