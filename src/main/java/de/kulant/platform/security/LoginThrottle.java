package de.kulant.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code maxFailures} failed logins for one user name, or five times
 * as many from one address, further attempts are refused for {@code lockout}. Kept in memory per
 * instance; a restart forgets it, which is acceptable for throttling.
 */
@Component
class LoginThrottle {

    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock, SecurityProperties properties) {
        this.clock = clock;
        this.maxFailures = properties.login().maxFailures();
        this.lockout = properties.login().lockout();
    }

    boolean isBlocked(String username, String address) {
        return blocked(userKey(username), maxFailures) || blocked(addressKey(address), maxFailures * 5);
    }

    void recordFailure(String username, String address) {
        Instant now = clock.instant();
        failures.merge(userKey(username), new Failures(1, now), (old, one) -> old.plusOne(now, lockout));
        failures.merge(addressKey(address), new Failures(1, now), (old, one) -> old.plusOne(now, lockout));
    }

    void recordSuccess(String username) {
        failures.remove(userKey(username));
    }

    private boolean blocked(String key, int limit) {
        Failures entry = failures.get(key);
        if (entry == null) {
            return false;
        }
        if (entry.last().plus(lockout).isBefore(clock.instant())) {
            failures.remove(key, entry);
            return false;
        }
        return entry.count() >= limit;
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "addr:" + (address == null ? "" : address);
    }

    private record Failures(int count, Instant last) {
        Failures plusOne(Instant now, Duration lockout) {
            return last.plus(lockout).isBefore(now) ? new Failures(1, now) : new Failures(count + 1, now);
        }
    }
}
