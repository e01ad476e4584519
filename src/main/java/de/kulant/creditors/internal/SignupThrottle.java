package de.kulant.creditors.internal;

import de.kulant.platform.TooManyRequestsException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * At most so many sign-ups an hour from one network address ({@code signup_attempt}, shared by all instances): each
 * sign-up mails a confirmation link to whatever address was typed, so a flood of them would make Kulant a mail cannon.
 * Only sign-ups that were stored count; a refused form does not.
 */
@Repository
public class SignupThrottle {

    static final Duration WINDOW = Duration.ofHours(1);

    private final JdbcClient jdbc;

    SignupThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Throws {@link TooManyRequestsException} when {@code address} signed up {@code perHour} times in the last hour. */
    public void check(String address, int perHour, Instant now) {
        int recent = jdbc.sql("select count(*) from signup_attempt where address = :address and signed_up_at > :since")
                .param("address", key(address)).param("since", Timestamp.from(now.minus(WINDOW)))
                .query(Integer.class).single();
        if (recent >= perHour) {
            throw TooManyRequestsException.coded(WINDOW, "signupsTooMany", "Too many shops signed up from this network "
                    + "in the last hour; please try again in an hour or write to us.");
        }
    }

    /** Counts a stored sign-up, and forgets those older than the window. */
    public void record(String address, Instant now) {
        jdbc.sql("delete from signup_attempt where signed_up_at <= :since")
                .param("since", Timestamp.from(now.minus(WINDOW))).update();
        jdbc.sql("insert into signup_attempt (address, signed_up_at) values (:address, :at)")
                .param("address", key(address)).param("at", Timestamp.from(now)).update();
    }

    private static String key(String address) {
        String plain = address == null ? "" : address;
        return plain.length() > 60 ? plain.substring(0, 60) : plain;
    }
}
