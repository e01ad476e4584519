package de.kulant.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts wrong portal sign-ins per typed reference and per network address in the database, so every instance sees
 * the same count. A key with as many failures as allowed is locked until the lockout passed after its last failure;
 * a failure after that starts counting afresh. Unknown references count like known ones: the lock tells nothing.
 */
@Component
class SignInThrottle {

    private final JdbcClient jdbc;
    private final PortalProperties properties;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, PortalProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether a sign-in with this reference from this address is refused without looking at it. */
    @Transactional(readOnly = true)
    public boolean locked(String reference, String address) {
        return lockedKey(referenceKey(reference), properties.maxFailures())
                || lockedKey(addressKey(address), properties.maxFailuresPerAddress());
    }

    /** Counts a wrong sign-in; its own transaction, so that a failure is counted whatever happens next. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String reference, String address) {
        count(referenceKey(reference));
        count(addressKey(address));
    }

    /** A right sign-in forgets the reference's failures (not the address's: spraying must stay slow). */
    @Transactional
    public void succeeded(String reference) {
        jdbc.sql("delete from portal_sign_in_failure where attempt_key = :key").param("key", referenceKey(reference))
                .update();
    }

    private boolean lockedKey(String key, int most) {
        Instant since = clock.instant().minus(properties.lockout());
        return jdbc.sql("select failures from portal_sign_in_failure where attempt_key = :key and last_failure_at > :since")
                .param("key", key).param("since", Timestamp.from(since))
                .query(Integer.class).optional().map(failures -> failures >= most).orElse(false);
    }

    private void count(String key) {
        Instant now = clock.instant();
        Instant since = now.minus(properties.lockout());
        // a failure after the lockout passed starts counting at one again
        int updated = jdbc.sql("update portal_sign_in_failure set failures = case when last_failure_at > :since "
                        + "then failures + 1 else 1 end, last_failure_at = :now where attempt_key = :key")
                .param("key", key).param("since", Timestamp.from(since)).param("now", Timestamp.from(now))
                .update();
        if (updated == 0) {
            int inserted = jdbc.sql("insert into portal_sign_in_failure (attempt_key, failures, last_failure_at) "
                            + "values (:key, 1, :now) on conflict do nothing")
                    .param("key", key).param("now", Timestamp.from(now))
                    .update();
            if (inserted == 0) {
                // another request inserted it meanwhile: count on top of theirs
                count(key);
            }
        }
    }

    private static String referenceKey(String reference) {
        String plain = reference == null ? "" : reference.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return "ref:" + (plain.length() > 40 ? plain.substring(0, 40) : plain);
    }

    private static String addressKey(String address) {
        String plain = address == null ? "" : address;
        return "ip:" + (plain.length() > 60 ? plain.substring(0, 60) : plain);
    }
}
