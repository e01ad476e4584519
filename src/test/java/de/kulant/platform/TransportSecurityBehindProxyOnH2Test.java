package de.kulant.platform;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.Api;
import de.kulant.support.Api.Auth;
import de.kulant.support.IntegrationTest;
import de.kulant.support.OnH2;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Behind a trusted TLS-terminating proxy (X-Forwarded-Proto: https) cookies are Secure and HSTS is sent; every
 * cookie is SameSite=Lax (issue 11, item 24). Same settings as {@link LoginThrottleBehindProxyOnH2Test}.
 */
@OnH2
@TestPropertySource(properties = "kulant.security.trusted-proxies=127\\\\.0\\\\.0\\\\.1|0:0:0:0:0:0:0:1")
class TransportSecurityBehindProxyOnH2Test extends IntegrationTest {

    static List<String> cookies(Api.Response response) {
        return response.headers().allValues("Set-Cookie");
    }

    @Test
    void overHttpsCookiesAreSecureAndLaxAndHstsIsSent() {
        Api.Response page = api.get("/login?lang=en", Auth.none(), Map.of("X-Forwarded-Proto", "https"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Strict-Transport-Security")).contains("max-age=");
        assertThat(cookies(page)).anySatisfy(c -> assertThat(c).startsWith("SESSION=").contains("Secure")
                .contains("HttpOnly").contains("SameSite=Lax"));
        assertThat(cookies(page)).anySatisfy(c -> assertThat(c).startsWith("kulant-lang=en").contains("Secure")
                .contains("SameSite=Lax"));
    }

    @Test
    void overPlainHttpCookiesAreLaxButNotSecureAndNoHstsIsSent() {
        Api.Response page = api.get("/login?lang=en", Auth.none(), Map.of());

        assertThat(page.header("Strict-Transport-Security")).isNull();
        assertThat(cookies(page)).isNotEmpty().allSatisfy(c -> assertThat(c).contains("SameSite=Lax")
                .doesNotContain("Secure"));
    }
}
