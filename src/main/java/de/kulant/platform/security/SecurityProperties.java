package de.kulant.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kulant.security.*}: the bootstrap admin ({@code KULANT_ADMIN_USER}, {@code KULANT_ADMIN_PASSWORD}
 * map to {@code kulant.admin.*}, see {@link AdminProperties}), login throttling, and how long a staff session
 * may stay idle ({@code sessionInactivity}) before it ends.
 */
@ConfigurationProperties("kulant.security")
record SecurityProperties(@DefaultValue Login login, @DefaultValue("30m") Duration sessionInactivity) {

    /**
     * @param maxFailures failed logins after which a user name is locked (an address is slowed after five times as many)
     * @param lockout how long a name stays locked, and how long failures are remembered
     * @param addressPause the wait between two attempts from a slowed address
     */
    record Login(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockout,
                 @DefaultValue("10s") Duration addressPause) {
    }
}
