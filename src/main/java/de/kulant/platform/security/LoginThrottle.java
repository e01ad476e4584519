package de.kulant.platform.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, per user name and per network address separately. A user name with
 * {@code maxFailures} failed logins is locked for {@code lockout}. An address with five times as many failures is
 * never locked, only slowed: one attempt per {@code addressPause}, for every name alike, so spraying names from one
 * address (or all clients behind one proxy) never locks a known user out, and the answer reveals no name. Counted in
 * the database ({@code login_failure}), so every instance behind the load balancer sees the same counts.
 */
@Component
class LoginThrottle {

    /** Why an attempt is refused before the password is checked. */
    enum Refusal { NAME_LOCKED, ADDRESS_SLOWED }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;
    private final Duration addressPause;

    LoginThrottle(JdbcClient jdbc, Clock clock, SecurityProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = properties.login().maxFailures();
        this.lockout = properties.login().lockout();
        this.addressPause = properties.login().addressPause();
    }

    /** Null when the attempt may go ahead; an attempt from a slowed address counts as its one attempt for a while. */
    Refusal check(String username, String address) {
        Instant now = clock.instant();
        Timestamp since = Timestamp.from(now.minus(lockout));
        int nameFailures = jdbc.sql("select failures from login_failure where failure_key = :key and last_failure_at > :since")
                .param("key", nameKey(username)).param("since", since).query(Integer.class).optional().orElse(0);
        if (nameFailures >= maxFailures) {
            return Refusal.NAME_LOCKED;
        }
        // a slowed address gets one attempt per pause: only the instance whose update takes it lets it through
        int slowed = jdbc.sql("select count(*) from login_failure where failure_key = :key and last_failure_at > :since "
                        + "and failures >= :most")
                .param("key", addressKey(address)).param("since", since).param("most", maxFailures * 5)
                .query(Integer.class).single();
        if (slowed > 0 && jdbc.sql("update login_failure set last_attempt_at = :now where failure_key = :key "
                        + "and last_attempt_at <= :pausedUntil")
                .param("now", Timestamp.from(now)).param("key", addressKey(address))
                .param("pausedUntil", Timestamp.from(now.minus(addressPause))).update() == 0) {
            return Refusal.ADDRESS_SLOWED;
        }
        return null;
    }

    void recordFailure(String username, String address) {
        count(nameKey(username));
        count(addressKey(address));
    }

    void recordSuccess(String username) {
        jdbc.sql("delete from login_failure where failure_key = :key").param("key", nameKey(username)).update();
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
    void forgetExpired() {
        jdbc.sql("delete from login_failure where last_failure_at < :since")
                .param("since", Timestamp.from(clock.instant().minus(lockout))).update();
    }

    private void count(String key) {
        Instant now = clock.instant();
        // a failure after the lockout passed starts counting at one again
        int updated = jdbc.sql("""
                        update login_failure set failures = case when last_failure_at > :since then failures + 1 else 1 end,
                            last_failure_at = :now, last_attempt_at = :now where failure_key = :key""")
                .param("since", Timestamp.from(now.minus(lockout))).param("now", Timestamp.from(now)).param("key", key)
                .update();
        if (updated == 0 && jdbc.sql("""
                        insert into login_failure (failure_key, failures, last_failure_at, last_attempt_at)
                        values (:key, 1, :now, :now) on conflict do nothing""")
                .param("key", key).param("now", Timestamp.from(now)).update() == 0) {
            // another request inserted it meanwhile: count on top of theirs
            count(key);
        }
    }

    private static String nameKey(String username) {
        String name = username == null ? "" : username.toLowerCase(Locale.ROOT);
        return "name:" + (name.length() > 200 ? name.substring(0, 200) : name);
    }

    private static String addressKey(String address) {
        String plain = address == null ? "" : address;
        return "ip:" + (plain.length() > 60 ? plain.substring(0, 60) : plain);
    }
}
