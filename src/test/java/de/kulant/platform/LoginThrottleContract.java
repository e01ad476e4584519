package de.kulant.platform;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.Api;
import de.kulant.support.Api.Auth;
import de.kulant.support.IntegrationTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Failed logins through HTTP Basic as a guessing client would send them, from an address it chooses. */
abstract class LoginThrottleContract extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    /** The counts are shared through the database; later tests must not find this one's address slowed. */
    @AfterEach
    void forgetFailures() {
        jdbc.update("delete from login_failure");
    }

    protected Api.Response claimsAs(Auth auth, String address) {
        return api.get("/api/v1/admin/creditors", auth, Map.of("X-Forwarded-For", address));
    }

    protected void failWithRandomNames(String address, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(claimsAs(Auth.basic("guess-" + System.nanoTime(), "wrong"), address).status()).isEqualTo(401);
        }
    }

    protected void waitFor(Duration pause) {
        clock.advance(pause);
    }
}
