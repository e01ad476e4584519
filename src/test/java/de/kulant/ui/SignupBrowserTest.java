package de.kulant.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import de.kulant.payments.BankFiles;
import de.kulant.platform.Totp;
import de.kulant.support.Api;
import de.kulant.support.BrowserTest;
import de.kulant.support.ClaimFixture;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A shop signs up on a phone with a promo code: a mistake comes back next to its field with the input kept, the
 * confirmation link arrives by e-mail (GreenMail), and after it the shop signs in and sees its contract. The owner
 * invites an accountant, who sets a password from the e-mailed link, and switches two-factor sign-in on; a forgotten
 * password is set again, and signing in then asks for the app's code too.
 */
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3467",
        "kulant.correspondence.mail-from=hallo@kulant.example"})
class SignupBrowserTest extends BrowserTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(3467, "127.0.0.1", "smtp"));

    private void type(String id, String text) {
        browser.findElement(By.id(id)).clear();
        browser.findElement(By.id(id)).sendKeys(text);
    }

    @Test
    void aShopSignsUpWithAPromoCodeConfirmsItsAddressAndSignsIn() throws Exception {
        String code = "HANDY" + System.nanoTime() % 100_000;
        assertThat(api.post("/api/v1/admin/promo-codes", Map.of("code", code, "waivesCommissionMonths", 3), ADMIN)
                .status()).isEqualTo(201);
        String email = "inhaber" + System.nanoTime() + "@handyladen.example";
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/signup?code=" + code));
        assertThat(browser.findElement(By.id("promo-code")).getAttribute("value")).isEqualTo(code);
        type("company-name", "Handyladen Weber");
        type("company-email", "rechnung@handyladen.example");
        type("company-street", "Hauptstraße 7");
        type("company-postal-code", "99084");
        type("company-city", "Erfurt");
        type("company-iban", BankFiles.iban(882_000_000L + System.nanoTime() % 100_000));
        type("company-vat-id", "DE12");
        type("user-email", email);
        type("user-password", "Sonnenblume-Fahrrad-77");
        clickAndWait(By.id("signup-submit"));

        assertThat(browser.findElement(By.id("error-company-vatId")).getText())
                .contains("keine Umsatzsteuer-Identifikationsnummer");
        assertThat(browser.findElement(By.id("error-acceptTerms")).getText()).contains("Vertragsbedingungen an");
        assertThat(browser.findElement(By.id("company-name")).getAttribute("value")).isEqualTo("Handyladen Weber");
        assertAccessible();
        type("company-vat-id", "DE123456789");
        type("user-password", "Sonnenblume-Fahrrad-77");
        browser.findElement(By.id("accept-terms")).click();
        clickAndWait(By.id("signup-submit"));
        assertThat(browser.findElement(By.id("signup-sent")).getText()).contains(email);
        assertThat(browser.findElement(By.id("signup-waived")).getText()).contains("keine Erfolgsprovision bis");
        assertAccessible();

        MimeMessage mail = SMTP.getReceivedMessages()[SMTP.getReceivedMessages().length - 1];
        Matcher link = Pattern.compile("(http://\\S+/signup/confirm\\?token=[A-Za-z0-9_-]+)")
                .matcher(mail.getContent().toString());
        assertThat(link.find()).isTrue();
        browser.get(url(link.group(1).substring(link.group(1).indexOf("/signup/"))));
        assertThat(browser.findElement(By.id("confirmed")).getText()).contains("bestätigt");
        assertAccessible();

        clickAndWait(By.id("to-login"));
        type("app-email", email);
        type("app-password", "Sonnenblume-Fahrrad-77");
        clickAndWait(By.id("app-login"));
        assertThat(browser.findElement(By.id("shop-name")).getText()).isEqualTo("Handyladen Weber");
        assertThat(browser.findElement(By.id("commission-waived")).getText()).contains("Keine Erfolgsprovision bis");
        Long overflow = (Long) browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow).isLessThanOrEqualTo(0L);
        assertAccessible();

        browser.manage().window().setSize(new Dimension(1400, 900));
        browser.get(url("/app?lang=en"));
        assertThat(browser.findElement(By.id("contract-title")).getText()).containsIgnoringCase("Your contract");
        assertAccessible();
        clickAndWait(By.id("shop-logout"));
        assertThat(browser.getCurrentUrl()).contains("/app/login");
    }

    @Test
    void theOwnerInvitesAnAccountantOnADesktopAndAForgottenPasswordIsSetAgainOnAPhone() throws Exception {
        String owner = "chefin" + System.nanoTime() + "@teeladen.example";
        Map<String, Object> body = Map.of("company", Map.of("name", "Teeladen Sommer", "email", "info@teeladen.example",
                        "address", Map.of("street", "Gartenweg 2", "postalCode", "99084", "city", "Erfurt",
                                "country", "DE"), "iban", BankFiles.iban(883_000_000L + System.nanoTime() % 100_000)),
                "user", Map.of("email", owner, "password", "Sonnenblume-Fahrrad-77"));
        assertThat(api.post("/api/v1/signup", body, Api.Auth.none()).status()).isEqualTo(201);
        browser.get(url(newestLink(owner, "/signup/confirm")));
        browser.manage().window().setSize(new Dimension(1400, 900));
        signIn(owner, "Sonnenblume-Fahrrad-77");
        clickAndWait(By.id("nav-app-users"));
        String accountant = "buchhaltung" + System.nanoTime() + "@teeladen.example";
        type("invite-email", accountant);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("invite-role")))
                .selectByValue("ACCOUNTANT");
        clickAndWait(By.id("invite-submit"));
        assertThat(browser.findElement(By.id("invited")).getText()).contains(accountant);
        assertThat(browser.findElement(By.id("users-table")).getText()).contains("eingeladen, noch nicht angemeldet");
        assertAccessible();
        clickAndWait(By.id("nav-app-security"));
        clickAndWait(By.id("two-factor-start"));
        assertThat(browser.findElement(By.cssSelector("#two-factor-qr svg")).isDisplayed()).isTrue();
        assertAccessible();
        String secret = browser.findElement(By.id("totp-secret")).getText();
        type("two-factor-code", Totp.code(secret, Totp.step(clock.instant())));
        clickAndWait(By.id("two-factor-confirm"));
        assertThat(browser.findElement(By.id("two-factor-state")).getText()).contains("eingeschaltet")
                .doesNotContain("ausgeschaltet");
        clickAndWait(By.id("shop-logout"));

        browser.get(url(newestLink(accountant, "/app/invitation")));
        assertThat(browser.findElement(By.id("link-holder")).getText()).contains("Teeladen Sommer");
        type("newPassword", "Kirschbaum-Laterne-55");
        type("repeatPassword", "Kirschbaum-Laterne-55");
        clickAndWait(By.id("set-password"));
        assertThat(browser.findElement(By.id("password-set")).isDisplayed()).isTrue();
        signIn(accountant, "Kirschbaum-Laterne-55");
        clickAndWait(By.id("nav-app-users"));
        assertThat(browser.findElements(By.id("invite-form"))).as("an accountant reads only").isEmpty();
        clickAndWait(By.id("shop-logout"));

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/app/login?lang=en"));
        clickAndWait(By.id("to-password-reset"));
        assertAccessible();
        type("reset-email", owner);
        clickAndWait(By.id("reset-submit"));
        assertThat(browser.findElement(By.id("reset-requested")).getText()).contains("If there is an account");
        browser.get(url(newestLink(owner, "/app/password-reset")));
        assertThat(browser.findElement(By.id("link-holder")).getText()).contains(owner);
        type("newPassword", "Leuchtturm-Gießkanne-12");
        type("repeatPassword", "Leuchtturm-Gießkanne-12");
        clickAndWait(By.id("set-password"));
        Long overflow = (Long) browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow).isLessThanOrEqualTo(0L);
        assertAccessible();
        signIn(owner, "Leuchtturm-Gießkanne-12");
        assertThat(browser.findElement(By.id("app-code-needed")).getText()).containsIgnoringCase("authenticator");
        clock.advance(java.time.Duration.ofSeconds(30));
        type("app-email", owner);
        type("app-password", "Leuchtturm-Gießkanne-12");
        type("app-code", Totp.code(secret, Totp.step(clock.instant())));
        clickAndWait(By.id("app-login"));
        assertThat(browser.findElement(By.id("shop-name")).getText()).isEqualTo("Teeladen Sommer");
    }

    @Test
    void theShopsFirstCollectedClaimIsSettledByTheAdminAndTheOwnerReadsTheStatementOnAPhone() throws Exception {
        // from the sign-up form to the first payout, in one browser
        String owner = "kasse" + System.nanoTime() + "@kerzenladen.example";
        browser.manage().window().setSize(new Dimension(1400, 900));
        browser.get(url("/signup"));
        type("company-name", "Kerzenladen Licht");
        type("company-email", "info@kerzen.example");
        type("company-street", "Markt 3");
        type("company-postal-code", "99084");
        type("company-city", "Erfurt");
        type("company-iban", BankFiles.iban(884_000_000L + System.nanoTime() % 100_000));
        type("user-email", owner);
        type("user-password", "Sonnenblume-Fahrrad-77");
        browser.findElement(By.id("accept-terms")).click();
        clickAndWait(By.id("signup-submit"));
        assertThat(browser.findElement(By.id("signup-sent")).getText()).contains(owner);
        browser.get(url(newestLink(owner, "/signup/confirm")));
        assertThat(browser.findElement(By.id("confirmed")).getText()).contains("bestätigt");
        // runs never go back in time: settle the latest month settled in this database, at the earliest November
        JsonNode runs = api.get("/api/v1/admin/settlement-runs", ADMIN).json();
        YearMonth month = runs.isEmpty() ? YearMonth.of(2026, 11)
                : Collections.max(List.of(YearMonth.of(2026, 11), YearMonth.parse(runs.get(0).get("period").asString())));
        clock.setToday(month.atDay(15));
        browser.manage().window().setSize(new Dimension(1400, 900));
        signIn(owner, "Sonnenblume-Fahrrad-77");
        // the first claim typed into the form; a mistake is named at its field first
        clickAndWait(By.id("nav-app-claims"));
        assertAccessible();
        clickAndWait(By.id("new-claim"));
        type("claim-invoiceNumber", "KL-1");
        setDate("claim-invoiceDate", month.minusMonths(1).atDay(1).toString());
        setDate("claim-dueDate", month.minusMonths(1).atDay(15).toString());
        type("claim-amount", "119,00");
        type("claim-name", "Erika Mustermann");
        type("claim-street", "Lindenweg 4");
        type("claim-postalCode", "2410");
        type("claim-city", "Kiel");
        clickAndWait(By.id("claim-submit"));
        assertThat(browser.findElement(By.id("error-debtor-address-postalCode")).getText()).contains("Postleitzahl");
        assertAccessible();
        type("claim-postalCode", "24103");
        clickAndWait(By.id("claim-submit"));
        assertThat(browser.findElement(By.id("message")).getText()).contains("angelegt");
        assertThat(browser.findElement(By.id("outstanding")).getText()).contains("119,00");
        assertAccessible();
        String reference = browser.findElement(By.id("payment-reference")).getText().replace(" ", "");
        clickAndWait(By.id("shop-logout"));
        Api.Response paid = api.postBytes("/api/v1/bank-statements", BankFiles.camt053(BankFiles.iban(885_000_000L
                        + System.nanoTime() % 100_000), "TREUHAND-" + month, List.of(BankFiles.Entry.credit("119.00",
                        month.atDay(15).toString(), "TH-" + System.nanoTime()).rf(reference)))
                .getBytes(StandardCharsets.UTF_8), "application/xml", ADMIN);
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);

        clock.setToday(month.plusMonths(1).atDay(2));
        logInAsAdmin();
        browser.get(url("/admin/settlements"));
        assertAccessible();
        setDate("run-month", month.toString());
        clickAndWait(By.id("run-submit"));
        assertThat(browser.findElement(By.id("run-created")).isDisplayed()).isTrue();
        // 119.00 less 15 % commission (17.85) and 19 % VAT on it (3.39)
        assertThat(browser.findElement(By.id("run-statements")).getText()).contains("Kerzenladen Licht").contains("97,76");
        assertThat(browser.findElement(By.id("payout-file")).getText()).contains("KULANT-KA-");
        assertAccessible();
        browser.manage().deleteAllCookies();

        browser.manage().window().setSize(new Dimension(390, 844));
        signIn(owner, "Sonnenblume-Fahrrad-77");
        clickAndWait(By.id("nav-app-statements"));
        assertThat(browser.findElement(By.id("statements-table")).getText()).contains(month.toString()).contains("97,76");
        assertAccessible();
        clickAndWait(By.cssSelector("#statements-table a"));
        assertThat(browser.findElement(By.id("payout")).getText()).contains("97,76");
        assertThat(browser.findElement(By.id("lines-table")).getText()).contains("KL-1");
        Long overflow = (Long) browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow).isLessThanOrEqualTo(0L);
        assertAccessible();
        browser.manage().window().setSize(new Dimension(1400, 900));
        browser.get(browser.getCurrentUrl() + "?lang=en");
        assertThat(browser.findElement(By.id("payout")).getText()).contains("97.76");
        assertAccessible();

        // more claims from a CSV file on the phone: the preview names the faulty line, the corrected file goes in
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/app/claims/upload?lang=de"));
        String header = "invoiceNumber;invoiceDate;dueDate;amount;debtorKind;name;street;postalCode;city\n";
        java.nio.file.Path file = java.nio.file.Files.createTempFile("rechnungen", ".csv");
        java.nio.file.Files.writeString(file, header + "KL-2;01.11.2026;15.11.2026;49,90;CONSUMER;Max Muster;Weg 2;10115;Berlin\n"
                + "KL-3;01.11.2026;15.13.2026;19,90;CONSUMER;Ida Muster;Weg 3;10115;Berlin\n");
        browser.findElement(By.id("upload-file")).sendKeys(file.toString());
        wait.until(d -> !d.findElements(By.id("upload-errors")).isEmpty());
        assertThat(browser.findElement(By.id("upload-errors")).getText()).contains("Zeile 3");
        assertAccessible();
        java.nio.file.Path corrected = java.nio.file.Files.createTempFile("rechnungen-korrigiert", ".csv");
        java.nio.file.Files.writeString(corrected, header
                + "KL-2;01.11.2026;15.11.2026;49,90;CONSUMER;Max Muster;Weg 2;10115;Berlin\n"
                + "KL-3;01.11.2026;15.12.2026;19,90;CONSUMER;Ida Muster;Weg 3;10115;Berlin\n");
        browser.findElement(By.id("upload-file")).sendKeys(corrected.toString());
        wait.until(d -> !d.findElements(By.id("upload-ready")).isEmpty());
        assertThat(browser.findElement(By.id("preview-table")).getText()).contains("KL-2").contains("Ida Muster");
        assertAccessible();
        clickAndWait(By.id("upload-import"));
        assertThat(browser.findElement(By.id("message")).getText()).contains("2 neue Forderungen");
        assertThat(browser.findElement(By.id("claims-table")).getText()).contains("KL-1").contains("KL-2").contains("KL-3");
        Long listOverflow = (Long) browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(listOverflow).isLessThanOrEqualTo(0L);
        assertAccessible();
        java.nio.file.Files.delete(file);
        java.nio.file.Files.delete(corrected);
        clickAndWait(By.id("nav-app-policy"));
        assertThat(browser.findElement(By.id("policy-form")).isDisplayed()).isTrue();
        assertAccessible();
        clickAndWait(By.id("nav-app-letterhead"));
        assertThat(browser.findElement(By.id("letterhead-form")).isDisplayed()).isTrue();
        assertAccessible();
    }

    @Test
    void theOwnerApprovesASettlementOfferBeyondItsRulesInTheAppOnAPhone() throws Exception {
        String owner = "chef" + System.nanoTime() + "@buchladen.example";
        Map<String, Object> body = Map.of("company", Map.of("name", "Buchladen Seite", "email", "info@buch.example",
                        "address", Map.of("street", "Markt 5", "postalCode", "99084", "city", "Erfurt", "country", "DE"),
                        "iban", BankFiles.iban(886_000_000L + System.nanoTime() % 100_000)),
                "user", Map.of("email", owner, "password", "Sonnenblume-Fahrrad-77"));
        assertThat(api.post("/api/v1/signup", body, Api.Auth.none()).status()).isEqualTo(201);
        browser.get(url(newestLink(owner, "/signup/confirm")));
        browser.manage().window().setSize(new Dimension(390, 844));
        signIn(owner, "Sonnenblume-Fahrrad-77");
        browser.get(url("/app/keys"));
        clickAndWait(By.id("issue-key"));
        Api.Auth key = Api.Auth.bearer(browser.findElement(By.id("issued-key-value")).getText());
        Api.Response claim = api.post("/api/v1/claims", ClaimFixture.aClaim("BU-1").of("400.00").invoicedOn("2026-09-01")
                .dueOn("2026-09-15").withConsumerNotice().json(), key);
        assertThat(claim.status()).as(claim.toString()).isEqualTo(201);
        String caseId = api.post("/api/v1/claims/" + claim.at("/id") + "/hand-over", "", key).at("/id");
        awaitEvents();
        BigDecimal open = new BigDecimal(api.get("/api/v1/cases/" + caseId, ADMIN).at("/balance/outstanding"));
        Api.Response offered = api.post("/api/v1/cases/" + caseId + "/settlement-offers", Map.of("amount",
                open.multiply(new BigDecimal("0.90")).setScale(2, RoundingMode.HALF_UP).toPlainString(),
                "validUntil", "2026-12-20"), ADMIN);
        assertThat(offered.at("/status")).as(offered.toString()).isEqualTo("PENDING_CREDITOR");

        clickAndWait(By.id("nav-app-approvals"));
        String card = browser.findElement(By.id("approval-" + offered.at("/id"))).getText();
        assertThat(card).contains("Vergleichsangebot").contains("20.12.2026").contains("gilt es als abgelehnt");
        Long overflow = (Long) browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow).isLessThanOrEqualTo(0L);
        assertAccessible();
        clickAndWait(By.id("approve-" + offered.at("/id")));
        assertThat(browser.findElement(By.id("decided")).getText()).contains("zugestimmt");
        assertThat(browser.findElement(By.id("no-approvals")).isDisplayed()).isTrue();
        assertAccessible();
        assertThat(api.get("/api/v1/approvals", key).json().size()).isZero();

        clickAndWait(By.id("nav-app-exports"));
        assertThat(browser.findElement(By.id("datev-not-set")).isDisplayed()).isTrue();
        // past the browser's own check, the server's answer names the field
        browser.executeScript("document.getElementById('datev-consultant').removeAttribute('min');");
        type("datev-consultant", "12");
        type("datev-client", "55003");
        clickAndWait(By.id("datev-save"));
        assertThat(browser.findElement(By.id("datev-errors")).getText()).contains("Beraternummer");
        assertAccessible();
        type("datev-consultant", "29098");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("datev-chart"))).selectByValue("SKR04");
        clickAndWait(By.id("datev-save"));
        assertThat(browser.findElement(By.id("datev-saved")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("datev-accounts")).getText()).contains("1800").contains("7100");
        assertAccessible();
        assertThat(api.get("/api/v1/exports/datev/settings", key).at("/consultantNumber")).isEqualTo("29098");

        // a webhook to the shop's system (a receiver on this machine): a private address is refused, a test arrives
        com.sun.net.httpserver.HttpServer receiver = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            clickAndWait(By.id("nav-app-webhooks"));
            assertAccessible();
            type("webhook-url", "https://192.168.10.20/hook");
            browser.findElement(By.id("event-claim-paid")).click();
            clickAndWait(By.id("webhook-submit"));
            assertThat(browser.findElement(By.id("error-url")).getText()).contains("privates Netz");
            assertAccessible();
            type("webhook-url", "http://localhost:" + receiver.getAddress().getPort() + "/shop-hook");
            clickAndWait(By.id("webhook-submit"));
            assertThat(browser.findElement(By.id("webhook-secret-value")).getText()).startsWith("whsec_");
            assertAccessible();
            clickAndWait(By.id("webhook-test"));
            assertThat(browser.findElement(By.id("webhook-tested")).getText()).contains("zugestellt");
            assertThat(browser.findElement(By.id("deliveries-table")).getText()).contains("webhook.test")
                    .contains("HTTP 204");
            assertAccessible();
        } finally {
            receiver.stop(0);
        }
    }

    private void signIn(String email, String password) {
        browser.get(url("/app/login"));
        type("app-email", email);
        type("app-password", password);
        clickAndWait(By.id("app-login"));
    }

    /** The path of the newest link of {@code kind} e-mailed to {@code email}. */
    private static String newestLink(String email, String kind) throws Exception {
        String found = null;
        for (MimeMessage mail : SMTP.getReceivedMessages()) {
            Matcher link = Pattern.compile("http://\\S+(" + Pattern.quote(kind) + "[/?][A-Za-z0-9_=?-]+)")
                    .matcher(mail.getContent().toString());
            if (mail.getAllRecipients()[0].toString().equalsIgnoreCase(email) && link.find()) {
                found = link.group(1);
            }
        }
        assertThat(found).as("a link " + kind + " to " + email).isNotNull();
        return found;
    }
}
