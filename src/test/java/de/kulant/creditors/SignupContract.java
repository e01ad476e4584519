package de.kulant.creditors;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import de.kulant.payments.BankFiles;
import de.kulant.support.Api;
import de.kulant.support.IntegrationTest;
import de.kulant.support.StaffSession;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A shop signs up by itself (issue 17, item 1): promo codes managed by admins and redeemed once while valid, every
 * mistake refused with nothing stored, the e-mail address confirmed by a link before the account works, and the
 * contract terms recorded with the moment they were accepted.
 */
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3466",
        "kulant.correspondence.mail-from=hallo@kulant.example"})
abstract class SignupContract extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(3466, "127.0.0.1", "smtp"));

    private static final Pattern LINK = Pattern.compile("(http://\\S+/signup/confirm\\?token=[A-Za-z0-9_-]+)");
    private static final String PASSWORD = "Gartenzaun-Laterne-42";

    private static int next;

    @Autowired
    private JdbcTemplate jdbc;

    private static Map<String, Object> signUp(String shop, String userEmail, String promoCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("company", Map.of("name", shop, "email", "buchhaltung@" + userEmail.substring(userEmail.indexOf('@') + 1),
                "address", Map.of("street", "Marktplatz 3", "postalCode", "04109", "city", "Leipzig", "country", "DE"),
                "iban", BankFiles.iban(881_000_000L + System.nanoTime() % 1_000_000 + next++), "vatId", "DE 123456789"));
        body.put("user", Map.of("email", userEmail, "password", PASSWORD));
        if (promoCode != null) {
            body.put("promoCode", promoCode);
        }
        return body;
    }

    private int creditors() {
        return jdbc.queryForObject("select count(*) from creditor", Integer.class);
    }

    @Test
    void aPromoCodeWaivesTheCommissionOnceAndEveryMistakeIsRefusedWithNothingStored() {
        String code = "START" + System.nanoTime() % 100_000;
        Api.Response created = api.post("/api/v1/admin/promo-codes", Map.of("code", code.toLowerCase(),
                "waivesCommissionMonths", 6, "maxUses", 1), ADMIN);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.at("/code")).isEqualTo(code);
        Tenant other = newTenant("Fremder Shop");
        assertThat(api.post("/api/v1/admin/promo-codes", Map.of("code", "X" + code, "waivesCommissionMonths", 3),
                other.auth()).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/admin/promo-codes", Map.of("code", code, "waivesCommissionMonths", 3), ADMIN)
                .status()).isEqualTo(409);

        int before = creditors();
        Map<String, Object> wrong = signUp("Falscher Laden", "falsch@laden.example", null);
        wrong.put("company", Map.of("name", "Falscher Laden", "email", "x@laden.example", "address",
                Map.of("street", "Weg 1", "postalCode", "04109", "city", "Leipzig", "country", "DE"),
                "iban", "DE00123456780000000000", "vatId", "DE12345"));
        wrong.put("user", Map.of("email", "falsch@laden.example", "password", "passwort1234"));
        Api.Response refused = api.post("/api/v1/signup", wrong, Api.Auth.none(), Map.of("Accept-Language", "de"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").findValuesAsString("field"))
                .contains("company.iban", "company.vatId", "user.password");
        assertThat(refused.json().get("detail").asString()).contains("Umsatzsteuer-Identifikationsnummer");

        Api.Response unknown = api.post("/api/v1/signup", signUp("Laden Unbekannt", "u@laden.example", "GIBTSNICHT"),
                Api.Auth.none(), Map.of("Accept-Language", "de"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().at("/errors/0/field").asString()).isEqualTo("promoCode");
        assertThat(unknown.json().get("detail").asString()).contains("kennen wir nicht");
        assertThat(creditors()).as("nothing stored").isEqualTo(before);

        String first = "inhaberin" + System.nanoTime() + "@laden.example";
        Api.Response signedUp = api.post("/api/v1/signup", signUp("Laden mit Code", first, code), Api.Auth.none());
        assertThat(signedUp.status()).as(signedUp.toString()).isEqualTo(201);
        assertThat(signedUp.at("/commissionWaivedUntil")).isEqualTo(de.kulant.platform.BusinessDates.today(clock).plusMonths(6).toString());
        assertThat(creditors()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select vat_id from creditor where id = ?", String.class,
                java.util.UUID.fromString(signedUp.at("/creditorId")))).isEqualTo("DE123456789");

        Api.Response usedUp = api.post("/api/v1/signup", signUp("Zweiter Laden", "zwei" + first, code),
                Api.Auth.none(), Map.of("Accept-Language", "en"));
        assertThat(usedUp.status()).isEqualTo(422);
        assertThat(usedUp.json().get("detail").asString()).contains("used as often as it may");
        Api.Response twice = api.post("/api/v1/signup", signUp("Noch ein Laden", first.toUpperCase(), null),
                Api.Auth.none());
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().at("/errors/0/field").asString()).isEqualTo("user.email");
        assertThat(creditors()).isEqualTo(before + 1);
        assertThat(api.get("/api/v1/admin/promo-codes", ADMIN).json().findValues("uses").stream()
                .anyMatch(u -> u.asInt() == 1)).isTrue();

        String lastDay = "LETZTERTAG" + System.nanoTime() % 100_000;
        api.post("/api/v1/admin/promo-codes", Map.of("code", lastDay, "waivesCommissionMonths", 2,
                "validUntil", de.kulant.platform.BusinessDates.today(clock).toString()), ADMIN);
        clock.setToday(de.kulant.platform.BusinessDates.today(clock).plusDays(1));
        Api.Response expired = api.post("/api/v1/signup", signUp("Zu spät", "spaet" + first, lastDay),
                Api.Auth.none(), Map.of("Accept-Language", "de"));
        clock.reset();
        assertThat(expired.status()).isEqualTo(422);
        assertThat(expired.json().get("detail").asString()).contains("nur bis");
    }

    @Test
    void theAccountWorksOnlyOnceItsAddressIsConfirmedAndShowsTheShopItsOwnContract() throws Exception {
        String email = "chef" + System.nanoTime() + "@bestaetigt.example";
        Api.Response signedUp = api.post("/api/v1/signup", signUp("Bestätigter Laden", email, null), Api.Auth.none());
        assertThat(signedUp.status()).as(signedUp.toString()).isEqualTo(201);
        assertThat(signedUp.json().get("confirmationMailed").asBoolean()).isTrue();

        StaffSession early = StaffSession.anonymous(port);
        early.get("/app/login");
        assertThat(early.post("/app/login", Map.of("email", email, "password", PASSWORD)).body())
                .contains("id=\"app-login-failed\"");

        MimeMessage mail = List.of(SMTP.getReceivedMessages()).stream()
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(email);
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                }).findFirst().orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("Bitte bestätigen Sie Ihre E-Mail-Adresse");
        Matcher link = LINK.matcher(mail.getContent().toString());
        assertThat(link.find()).isTrue();
        String path = link.group(1).substring(link.group(1).indexOf("/signup/"));
        StaffSession visitor = StaffSession.anonymous(port);
        assertThat(visitor.get(path).body()).contains("id=\"confirmed\"");
        assertThat(visitor.get(path).body()).as("a link works once").contains("id=\"not-confirmed\"");

        StaffSession shop = StaffSession.anonymous(port);
        shop.get("/app/login");
        StaffSession.Page home = shop.post("/app/login", Map.of("email", email.toUpperCase(), "password", PASSWORD));
        assertThat(home.body()).contains("Bestätigter Laden").contains("id=\"terms-accepted\"")
                .contains("15,0 %").doesNotContain("id=\"commission-waived\"");
        StaffSession.Page staffPage = shop.get("/claims");
        assertThat(staffPage.status() == 403 || staffPage.body().contains("name=\"username\""))
                .as("the staff pages are not the shop's: " + staffPage.status()).isTrue();
        assertThat(staffPage.body()).doesNotContain("id=\"claims-table\"");
        assertThat(shop.get("/admin/promo-codes").body()).doesNotContain("id=\"promo-table\"");

        shop.get("/app/keys");
        String issued = shop.post("/app/keys", Map.of()).body();
        Matcher key = Pattern.compile("id=\"issued-key-value\">([^<]+)<").matcher(issued);
        assertThat(key.find()).as("the new key is shown once").isTrue();
        Api.Auth byKey = Api.Auth.bearer(key.group(1));
        assertThat(api.get("/api/v1/claims", byKey).status()).isEqualTo(200);
        assertThat(shop.get("/app/keys").body()).doesNotContain(key.group(1));
        Matcher revoke = Pattern.compile("action=\"(/app/keys/[0-9a-f-]+/revoke)\"").matcher(issued);
        assertThat(revoke.find()).isTrue();
        shop.post(revoke.group(1), Map.of());
        assertThat(api.get("/api/v1/claims", byKey).status()).as("a revoked key no longer works").isEqualTo(401);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'creditor.signed-up' "
                + "and entity_id = ?", Integer.class, signedUp.at("/creditorId"))).isEqualTo(1);
    }
}
