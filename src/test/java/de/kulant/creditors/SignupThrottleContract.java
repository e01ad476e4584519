package de.kulant.creditors;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.payments.BankFiles;
import de.kulant.support.Api;
import de.kulant.support.IntegrationTest;
import de.kulant.support.StaffSession;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Sign-ups from one network address are limited per hour, as each mails a link to whatever address was typed: the one
 * over the limit is refused (429, Retry-After, in the reader's language) with nothing stored, on the API and on the
 * form; an hour later the address may sign up again. On H2 and PostgreSQL.
 */
@TestPropertySource(properties = "kulant.creditors.signups-per-address-per-hour=2")
abstract class SignupThrottleContract extends IntegrationTest {

    private static final String PASSWORD = "Gartenzaun-Laterne-42";
    private static int next;

    @Autowired
    private JdbcTemplate jdbc;

    private static Map<String, Object> signUp(String shop, String userEmail) {
        Map<String, Object> body = new HashMap<>();
        body.put("company", Map.of("name", shop, "email", "buchhaltung@flut.example", "address",
                Map.of("street", "Marktplatz 3", "postalCode", "04109", "city", "Leipzig", "country", "DE"),
                "iban", BankFiles.iban(882_000_000L + System.nanoTime() % 1_000_000 + next++)));
        body.put("user", Map.of("email", userEmail, "password", PASSWORD));
        return body;
    }

    private int stored(String userEmail) {
        return jdbc.queryForObject("select count(*) from creditor_user where email = ?", Integer.class, userEmail);
    }

    @Test
    void aSignUpOverTheLimitIsRefusedWithNothingStoredAndTheNextHourTheAddressMaySignUpAgain() {
        // other test classes of this JVM signed shops up from 127.0.0.1 under a higher limit: count from nothing
        jdbc.update("delete from signup_attempt");
        long run = System.nanoTime() % 1_000_000;
        for (int i = 1; i <= 2; i++) {
            Api.Response ok = api.post("/api/v1/signup", signUp("Flut " + i, "f" + i + "-" + run + "@flut.example"),
                    Api.Auth.none());
            assertThat(ok.status()).as(ok.toString()).isEqualTo(201);
        }

        String third = "f3-" + run + "@flut.example";
        Api.Response refused = api.post("/api/v1/signup", signUp("Flut 3", third), Api.Auth.none(),
                Map.of("Accept-Language", "de"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isEqualTo("3600");
        assertThat(refused.at("/detail")).contains("in einer Stunde noch einmal");
        assertThat(refused.at("/title")).isEqualTo("Too many requests");
        assertThat(stored(third)).as("nothing stored").isZero();

        StaffSession visitor = StaffSession.anonymous(port);
        visitor.get("/signup");
        StaffSession.Page page = visitor.post("/signup", Map.ofEntries(Map.entry("name", "Flut Formular"),
                Map.entry("email", "kasse@flut.example"), Map.entry("street", "Marktplatz 3"),
                Map.entry("postalCode", "04109"), Map.entry("city", "Leipzig"), Map.entry("country", "DE"),
                Map.entry("iban", BankFiles.iban(883_000_000L + run)), Map.entry("userEmail", "form-" + third),
                Map.entry("password", PASSWORD), Map.entry("acceptTerms", "true")));
        assertThat(page.status()).isEqualTo(429);
        assertThat(page.body()).contains("Aus Ihrem Netz haben sich in der letzten Stunde schon viele Shops angemeldet");
        assertThat(stored("form-" + third)).isZero();

        clock.advance(Duration.ofMinutes(61));
        Api.Response later = api.post("/api/v1/signup", signUp("Flut 3", third), Api.Auth.none());
        assertThat(later.status()).as(later.toString()).isEqualTo(201);
        assertThat(stored(third)).isEqualTo(1);
    }
}
