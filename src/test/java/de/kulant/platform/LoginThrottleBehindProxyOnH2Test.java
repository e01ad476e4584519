package de.kulant.platform;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.Api;
import de.kulant.support.Api.Auth;
import de.kulant.support.OnH2;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Behind a trusted reverse proxy: the client's address comes from X-Forwarded-For (issue 11, item 21). */
@OnH2
@TestPropertySource(properties = "kulant.security.trusted-proxies=127\\\\.0\\\\.0\\\\.1|0:0:0:0:0:0:0:1")
class LoginThrottleBehindProxyOnH2Test extends LoginThrottleContract {

    @Test
    void sprayingNamesFromOneAddressNeverLocksTheAdminOutItOnlySlowsThatAddress() {
        failWithRandomNames("203.0.113.7", 25);

        Api.Response slowed = claimsAs(ADMIN, "203.0.113.7");
        assertThat(slowed.status()).isEqualTo(401);
        assertThat(slowed.at("/detail")).contains("from your network").contains("wait a few seconds");
        assertThat(claimsAs(ADMIN, "198.51.100.9").status()).isEqualTo(200);

        waitFor(Duration.ofSeconds(11));
        assertThat(claimsAs(ADMIN, "203.0.113.7").status()).isEqualTo(200);
    }

    @Test
    void aNameIsLockedByItsOwnFailuresOnlyWhereverTheyCameFrom() {
        for (int i = 0; i < 5; i++) {
            assertThat(claimsAs(Auth.basic("mallory", "guess-" + i), "192.0.2." + (10 + i)).status()).isEqualTo(401);
        }

        Api.Response locked = claimsAs(Auth.basic("mallory", "another"), "192.0.2.99");
        assertThat(locked.at("/detail")).contains("Too many failed logins; please try again later");
        assertThat(claimsAs(ADMIN, "192.0.2.10").status()).isEqualTo(200);
    }
}
