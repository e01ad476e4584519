package de.kulant.platform;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.Api;
import de.kulant.support.OnH2;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Without a trusted proxy configured, a client cannot choose its address by sending X-Forwarded-For. */
@OnH2
@TestPropertySource(properties = "kulant.security.login.address-pause=10s")
class LoginThrottleWithoutProxyOnH2Test extends LoginThrottleContract {

    @Test
    void xForwardedForFromAnUntrustedClientIsIgnored() {
        failWithRandomNames("203.0.113.7", 25);

        Api.Response fromAnotherClaimedAddress = claimsAs(ADMIN, "198.51.100.9");

        assertThat(fromAnotherClaimedAddress.status()).isEqualTo(401);
        assertThat(fromAnotherClaimedAddress.at("/detail")).contains("from your network");
    }

    @Test
    void xForwardedProtoFromAnUntrustedClientMakesNoCookieSecureAndSendsNoHsts() {
        Api.Response page = api.get("/login", Api.Auth.none(), java.util.Map.of("X-Forwarded-Proto", "https"));

        assertThat(page.header("Strict-Transport-Security")).isNull();
        assertThat(TransportSecurityBehindProxyOnH2Test.cookies(page)).allSatisfy(c -> assertThat(c)
                .doesNotContain("Secure"));
    }
}
