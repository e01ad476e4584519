package de.kulant.ui;

import static de.kulant.support.ClaimFixture.aClaim;
import static de.kulant.support.DebtorFixture.aConsumer;
import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.BrowserTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A debtor in the portal (issue 16) on a phone in German and on a desktop in English: signs in from the letter's QR
 * link, reads the amounts, pays by mandate, agrees a plan within the rules, asks for one beyond them, disputes with a
 * file and moves house; the case worker sees all of it on the case page. axe-core on every portal page.
 */
class PortalBrowserTest extends BrowserTest {

    @Autowired
    private JdbcClient jdbc;

    private record Letter(String caseId, String url) {
    }

    @AfterEach
    void forgetWrongTries() {
        jdbc.sql("delete from portal_sign_in_failure").update();
    }

    private Letter letter(Tenant shop, String invoice, String debtor) {
        String claim = createClaim(shop, aClaim(invoice).of("360.00").invoicedOn("2026-09-01").dueOn("2026-09-15")
                .withConsumerNotice().owedBy(aConsumer("K-" + invoice).named(debtor)
                        .livingIn("Lindenweg 4", "04109", "Leipzig", "DE")).json());
        String caseId = api.post("/api/v1/claims/" + claim + "/hand-over", "", shop.auth()).at("/id");
        awaitEvents();
        JsonNode c = api.get("/api/v1/cases/" + caseId, ADMIN).json();
        String url = c.at("/portalAccess/url").asString();
        return new Letter(caseId, url.substring(url.indexOf("/portal")));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    /** Opens the letter's QR link, which fills in reference and code, and signs in with the postal code. */
    private void signIn(Letter letter, String language) {
        browser.get(url(letter.url() + "&lang=" + language));
        assertThat(browser.findElement(By.id("reference")).getAttribute("value")).isNotEmpty();
        assertThat(browser.findElement(By.id("accessCode")).getAttribute("value")).isNotEmpty();
        assertAccessible();
        browser.findElement(By.id("postalCode")).sendKeys("04109");
        submitAndWait("sign-in");
        assertThat(browser.getCurrentUrl()).endsWith("/portal/case");
    }

    private void signOut() {
        submitAndWait("sign-out");
        assertThat(browser.getCurrentUrl()).contains("/portal?loggedOut");
    }

    private void fitsTheScreen() {
        Long overflow = (Long) browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow).as("the page does not scroll sideways").isLessThanOrEqualTo(0L);
    }

    @Test
    void aDebtorPaysArrangesDisputesAndMovesOnAPhoneInGermanAndADesktopInEnglish() throws Exception {
        Path evidence = Files.createTempFile("lieferschein", ".pdf");
        Files.write(evidence, "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        for (var run : List.of(new Object[] {new Dimension(390, 844), "de"}, new Object[] {new Dimension(1400, 900), "en"})) {
            Dimension size = (Dimension) run[0];
            String language = (String) run[1];
            boolean de = language.equals("de");
            browser.manage().window().setSize(size);
            Tenant shop = newTenant("Portalshop " + language);
            Letter paying = letter(shop, "PB-" + language + "-1", "Paula Pay");
            Letter planning = letter(shop, "PB-" + language + "-2", "Pit Plan");
            Letter disputing = letter(shop, "PB-" + language + "-3", "Dora Dispute");

            // the amounts with their reasons, then a direct debit for all of it
            signIn(paying, language);
            assertThat(text("total")).contains(de ? "Offen am 27.11.2026" : "Open on 27 Nov 2026").contains("€");
            assertThat(text("claim-0")).contains(de ? "Rechnungsbetrag" : "Invoice amount")
                    .contains(de ? "Inkassokosten" : "Collection costs").contains("Nr. 2300 VV RVG");
            fitsTheScreen();
            assertAccessible();
            clickAndWait(By.id("nav-pay"));
            assertThat(browser.findElement(By.cssSelector(".qr svg")).isDisplayed()).isTrue();
            assertThat(text("pay-remittance")).startsWith("RF");
            assertAccessible();
            browser.findElement(By.id("iban")).sendKeys("DE89 3704 0044 0532 0130 00");
            browser.findElement(By.id("consent")).click();
            submitAndWait("give-mandate");
            assertThat(text("done")).contains(de ? "Wir ziehen den Betrag ein." : "We will collect the amount.");
            assertThat(text("debit-running")).isNotEmpty();
            fitsTheScreen();
            signOut();

            // a plan within the rules, agreed after the schedule and its cost were shown
            signIn(planning, language);
            clickAndWait(By.id("nav-arrange"));
            assertAccessible();
            browser.findElement(By.id("instalments-3")).click();
            setDate("firstDueOn", "2026-12-15");
            submitAndWait("show-plan");
            assertThat(text("cost-statement")).contains(de ? "Sie zahlen insgesamt" : "You pay in all");
            assertThat(text("schedule")).contains(de ? "15.12.2026" : "15 Dec 2026");
            assertAccessible();
            submitAndWait("agree-plan");
            assertThat(text("done")).contains(de ? "Ihr Ratenplan gilt ab jetzt." : "Your instalment plan applies");
            signOut();

            // beyond the rules it is a request; then a dispute with a file, and a new address
            signIn(disputing, language);
            clickAndWait(By.id("nav-arrange"));
            browser.findElement(By.id("instalments-24")).click();
            setDate("firstDueOn", "2026-12-15");
            submitAndWait("show-plan");
            assertThat(text("beyond-rules")).isNotEmpty();
            assertAccessible();
            submitAndWait("agree-plan");
            assertThat(text("done")).contains(de ? "Ihr Wunsch geht an die Gläubigerin." : "Your wish goes to the creditor.");
            clickAndWait(By.id("nav-object"));
            assertAccessible();
            browser.findElement(By.id("text")).sendKeys(de ? "Das Paket kam nie an." : "The parcel never came.");
            browser.findElement(By.id("files")).sendKeys(evidence.toString());
            submitAndWait("send-dispute");
            assertThat(text("done")).contains(de ? "Ihr Einwand ist angekommen." : "We have your dispute.");
            clickAndWait(By.id("nav-contact"));
            assertAccessible();
            browser.findElement(By.id("street")).clear();
            browser.findElement(By.id("street")).sendKeys("Am Markt 2");
            browser.findElement(By.id("postal")).clear();
            browser.findElement(By.id("postal")).sendKeys("1234");
            submitAndWait("save-contact");
            assertThat(text("errors")).contains(de ? "fünf Ziffern" : "five digits");
            assertThat(browser.findElement(By.id("street")).getAttribute("value")).isEqualTo("Am Markt 2");
            browser.findElement(By.id("postal")).clear();
            browser.findElement(By.id("postal")).sendKeys("06108");
            submitAndWait("save-contact");
            assertThat(text("done")).contains(de ? "Ihre Kontaktdaten sind gespeichert." : "Your contact details are saved.");
            fitsTheScreen();
            assertAccessible();
            signOut();

            // the case worker's screen shows what the debtor did
            logInAsAdmin();
            browser.get(url("/cases/" + disputing.caseId()));
            assertThat(text("timeline")).contains("Einwand im Portal erhoben").contains("Kontaktdaten im Portal geändert")
                    .contains("Ratenplan im Portal erbeten");
            assertThat(text("files")).contains(evidence.getFileName().toString());
            assertThat(text("reasons")).contains(de ? "neue Nachricht" : "New message");
            browser.get(url("/cases/" + planning.caseId()));
            assertThat(text("timeline")).contains("Ratenplan im Portal vereinbart");
            browser.get(url("/cases/" + paying.caseId()));
            assertThat(text("timeline")).contains("Lastschriftmandat");
            browser.manage().deleteAllCookies();
        }
    }

    @Test
    void aDebtorPaysByCardThroughTheProvidersPageOnAPhone() {
        browser.manage().window().setSize(new Dimension(390, 844));
        Letter letter = letter(newTenant("Kartenshop"), "PB-C", "Carla Card");
        signIn(letter, "de");
        clickAndWait(By.id("nav-pay"));
        submitAndWait("pay-with-sandbox");
        assertThat(browser.getCurrentUrl()).contains("/portal/sandbox/sbx_");
        assertThat(text("sandbox-amount")).endsWith("EUR");
        assertAccessible();
        submitAndWait("sandbox-succeed");
        assertThat(browser.getCurrentUrl()).endsWith("/portal/pay");
        assertThat(text("done")).isEqualTo("Danke! Ihre Zahlung ist bestätigt und gebucht.");
        browser.navigate().refresh();
        assertThat(text("nothing-open")).contains("Es ist nichts mehr offen.");
        fitsTheScreen();
        assertAccessible();
    }

    @Test
    void fiveWrongTriesLockTheSignInAndTheMessageSaysHowLong() {
        Letter letter = letter(newTenant("Portalsperre"), "PB-L", "Lars Lock");
        browser.get(url(letter.url() + "&lang=de"));
        for (int i = 0; i < 5; i++) {
            browser.findElement(By.id("postalCode")).clear();
            browser.findElement(By.id("postalCode")).sendKeys("9999" + i);
            if (browser.findElement(By.id("accessCode")).getAttribute("value").isEmpty()) {
                browser.findElement(By.id("accessCode")).sendKeys("AAAA-AAAA");
            }
            submitAndWait("sign-in");
        }
        assertThat(text("login-locked")).contains("15 Minuten");
        assertAccessible();
    }
}
