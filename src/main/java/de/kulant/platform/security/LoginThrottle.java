package de.kulant.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, per user name and per network address separately. A user name with
 * {@code maxFailures} failed logins is locked for {@code lockout}. An address with five times as many failures is
 * never locked, only slowed: one attempt per {@code addressPause}, for every name alike, so spraying names from one
 * address (or all clients behind one proxy) never locks a known user out, and the answer reveals no name. Kept in
 * memory per instance; a restart forgets it, which is acceptable for throttling.
 */
@Component
class LoginThrottle {

    /** Why an attempt is refused before the password is checked. */
    enum Refusal { NAME_LOCKED, ADDRESS_SLOWED }

    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;
    private final Duration addressPause;
    private final Map<String, Failures> names = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock, SecurityProperties properties) {
        this.clock = clock;
        this.maxFailures = properties.login().maxFailures();
        this.lockout = properties.login().lockout();
        this.addressPause = properties.login().addressPause();
    }

    /** Null when the attempt may go ahead; an attempt from a slowed address counts as its one attempt for a while. */
    Refusal check(String username, String address) {
        Instant now = clock.instant();
        Failures name = current(names, nameKey(username), now);
        if (name != null && name.count() >= maxFailures) {
            return Refusal.NAME_LOCKED;
        }
        String addressKey = addressKey(address);
        Failures network = current(addresses, addressKey, now);
        if (network != null && network.count() >= maxFailures * 5) {
            if (network.lastAttempt().plus(addressPause).isAfter(now)) {
                return Refusal.ADDRESS_SLOWED;
            }
            addresses.computeIfPresent(addressKey, (k, f) -> f.attempted(now));
        }
        return null;
    }

    void recordFailure(String username, String address) {
        Instant now = clock.instant();
        names.merge(nameKey(username), Failures.first(now), (old, one) -> old.plusOne(now, lockout));
        addresses.merge(addressKey(address), Failures.first(now), (old, one) -> old.plusOne(now, lockout));
    }

    void recordSuccess(String username) {
        names.remove(nameKey(username));
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
    void forgetExpired() {
        Instant now = clock.instant();
        names.values().removeIf(f -> f.expired(now, lockout));
        addresses.values().removeIf(f -> f.expired(now, lockout));
    }

    private Failures current(Map<String, Failures> failures, String key, Instant now) {
        Failures entry = failures.get(key);
        if (entry != null && entry.expired(now, lockout)) {
            failures.remove(key, entry);
            return null;
        }
        return entry;
    }

    private static String nameKey(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return address == null ? "" : address;
    }

    /** Failures within the lockout window: how many, the last one, and the last attempt let through. */
    private record Failures(int count, Instant last, Instant lastAttempt) {

        static Failures first(Instant now) {
            return new Failures(1, now, now);
        }

        Failures plusOne(Instant now, Duration lockout) {
            return expired(now, lockout) ? first(now) : new Failures(count + 1, now, now);
        }

        Failures attempted(Instant now) {
            return new Failures(count, last, now);
        }

        boolean expired(Instant now, Duration lockout) {
            return last.plus(lockout).isBefore(now);
        }
    }
}
