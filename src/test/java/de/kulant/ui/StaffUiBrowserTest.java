package de.kulant.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.Browser;
import de.kulant.support.BrowserTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** Staff flows in real Chromium: log in, find a claim, see it on one screen, act on it, switch language. */
class StaffUiBrowserTest extends BrowserTest {

    @Test
    void findsAClaimBySearchAndSeesEverythingAboutItOnOneScreen() {
        Tenant shop = newTenant("Browser-Shop");
        Map<String, Object> wanted = claim("WANTED-4711");
        debtorOf(wanted).put("name", "Käthe Schäfer");
        debtorOf(wanted).put("customerNumber", "K-KAETHE");
        api.post("/api/v1/claims/batch", List.of(wanted, claim("OTHER-1"), claim("OTHER-2")), shop.auth());

        logIn("admin", ADMIN_PASSWORD);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Übersicht");
        browser.findElement(By.cssSelector(".mainnav")).findElement(By.linkText("Forderungen")).click();
        wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Forderungen"));

        browser.findElement(By.id("q")).sendKeys("WANTED-4711");
        wait.until(d -> d.findElements(By.cssSelector("#claims-table .claim-link")).size() == 1);
        Browser.screenshot(browser, "claims-search");
        browser.findElement(By.linkText("WANTED-4711")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("invoice-number")));
        assertThat(browser.findElement(By.id("debtor-name")).getText()).isEqualTo("Käthe Schäfer");
        assertThat(browser.findElement(By.id("outstanding")).getText()).isEqualTo("119,00 €");
        assertThat(browser.findElement(By.id("ledger")).getText()).contains("Forderung").contains("119,00 €");
        assertThat(browser.findElement(By.id("history")).getText()).contains("Forderung angelegt").contains("api-key:");
        Browser.screenshot(browser, "claim-detail");

        // all claims of this debtor, by the exact customer number (issue 13, item 8)
        browser.findElement(By.id("debtor-claims")).click();
        wait.until(d -> d.getCurrentUrl().contains("customer=K-KAETHE"));
        assertThat(browser.findElements(By.cssSelector("#claims-table .claim-link")).stream().map(e -> e.getText()))
                .containsExactly("WANTED-4711");
        assertThat(browser.findElement(By.id("extra-filters")).getText()).contains("Kundennummer K-KAETHE");
    }

    @Test
    void placesAndLiftsAHoldAndRecordsAPayment() {
        Tenant shop = newTenant("Browser-Aktionen");
        String id = createClaim(shop, claim("ACT-1"));
        logIn("admin", ADMIN_PASSWORD);
        browser.get(url("/claims/" + id));

        browser.findElement(By.id("hold-reason")).sendKeys("Kunde hat reklamiert");
        browser.findElement(By.id("hold-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("holds"), "Kunde hat reklamiert"));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).isEqualTo("Die Mahnsperre ist gesetzt.");

        browser.findElement(By.cssSelector("#holds button.link")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("holds"), "aufgehoben am"));

        browser.findElement(By.id("payment-amount")).sendKeys("19,00");
        browser.findElement(By.id("payment-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outstanding"), "100,00 €"));
        assertThat(browser.findElement(By.id("ledger")).getText()).contains("Zahlung").contains("-19,00 €");
        assertThat(browser.findElement(By.id("history")).getText()).contains("Mahnsperre gesetzt")
                .contains("Mahnsperre aufgehoben").contains("Zahlung gebucht").contains("staff:admin");
        // the history reads as sentences, not as the JSON the audit trail keeps (issue 13, item 8)
        assertThat(browser.findElement(By.id("history")).getText()).contains("Grund: Kunde hat reklamiert")
                .contains("Betrag: 19,00 €").contains("Hauptforderung: 19,00 €").contains("Offen vorher: 119,00 €")
                .doesNotContain("{").doesNotContain("Kosten: 0,00 €");
        assertThat(api.get("/api/v1/claims/" + id, shop.auth()).at("/balance/paid")).isEqualTo("19.00");
    }

    @Test
    void showsWhatIsWrongWithAPaymentAndBooksNothing() {
        Tenant shop = newTenant("Browser-Fehler");
        String id = createClaim(shop, claim("ERR-1"));
        logIn("admin", ADMIN_PASSWORD);
        browser.get(url("/claims/" + id));

        browser.findElement(By.id("payment-amount")).sendKeys("0,001");
        browser.findElement(By.id("payment-submit")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice.error")));
        assertThat(browser.findElement(By.cssSelector(".notice.error")).getText())
                .contains("„Betrag“ darf höchstens zwei Stellen nach dem Komma haben.");
        assertThat(browser.findElement(By.id("outstanding")).getText()).isEqualTo("119,00 €");

        browser.findElement(By.id("payment-amount")).sendKeys("zwölf");
        browser.findElement(By.id("payment-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice.error"), "zwölf"));
        assertThat(browser.findElement(By.cssSelector(".notice.error")).getText())
                .contains("Betrag: „zwölf“ ist kein Betrag. Bitte schreiben Sie ihn so: 1.234,56.");

        browser.get(url("/claims/" + id + "?lang=en"));
        browser.findElement(By.id("payment-amount")).sendKeys("twelve");
        browser.findElement(By.id("payment-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice.error"), "twelve"));
        assertThat(browser.findElement(By.cssSelector(".notice.error")).getText())
                .contains("Amount: \"twelve\" is not an amount. Please write it like 1,234.56.");
        // and an English amount is taken as typed in English
        browser.findElement(By.id("payment-amount")).sendKeys("19.50");
        browser.findElement(By.id("payment-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outstanding"), "€99.50"));
    }

    @Test
    void aDefaultThatLiesAheadReadsVerzugAb() {
        Tenant shop = newTenant("Browser-Verzug");
        // a calendar due date: in default from the day after, 2026-12-16, while today is 2026-11-27
        String ahead = createClaim(shop, de.kulant.support.ClaimFixture.aClaim("VERZUG-1").dueOn("2026-12-15")
                .withCalendarDueDate().json());
        String past = createClaim(shop, de.kulant.support.ClaimFixture.aClaim("VERZUG-2").invoicedOn("2026-10-01")
                .dueOn("2026-10-15").withCalendarDueDate().json());
        logIn("admin", ADMIN_PASSWORD);

        browser.get(url("/claims/" + ahead));
        assertThat(browser.findElement(By.id("default-label")).getText()).isEqualTo("Verzug ab");
        browser.get(url("/claims/" + past));
        assertThat(browser.findElement(By.id("default-label")).getText()).isEqualTo("Verzug seit");
    }

    @Test
    void filtersByStatusAndSwitchesToEnglish() {
        Tenant shop = newTenant("Browser-Filter");
        String paid = createClaim(shop, claim("PAID-1"));
        api.post("/api/v1/claims/" + paid + "/payments", Map.of("amount", "119.00", "bookingDate", "2026-09-10"), shop.auth());
        logIn("admin", ADMIN_PASSWORD);
        browser.get(url("/claims"));

        new Select(browser.findElement(By.id("status"))).selectByValue("PAID");
        wait.until(d -> d.getCurrentUrl().contains("status=PAID"));
        wait.until(d -> d.findElements(By.cssSelector("#claims-table tbody tr")).stream()
                .allMatch(row -> row.getText().contains("Bezahlt") || row.getText().contains("Keine")));
        assertThat(browser.findElement(By.id("claims-table")).getText()).contains("PAID-1");

        browser.findElement(By.linkText("EN")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Claims"));
        assertThat(browser.findElement(By.cssSelector(".mainnav")).getText()).contains("Calculators");
        browser.get(url("/claims/" + paid));
        assertThat(browser.findElement(By.id("claim-status")).getText()).isEqualTo("Paid");
        browser.findElement(By.linkText("DE")).click();
        wait.until(ExpectedConditions.textToBe(By.id("claim-status"), "Bezahlt"));
    }

    @Test
    void computesInterestAndCollectionCostsOnTheCalculatorPage() {
        logIn("admin", ADMIN_PASSWORD);
        browser.get(url("/calculators"));

        // typed as Germans write it (issue 13, item 3)
        assertThat(interestOnSecondHalfOf2025("1.000,00")).isEqualTo("31,44 €");
        assertThat(browser.findElement(By.id("interest-result")).getText()).contains("183").contains("6,27 %");

        browser.findElement(By.id("claimValue")).sendKeys("500,00");
        setDate("mandateDate", "2025-06-01");
        browser.findElement(By.id("costs-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("costs-total")));
        assertThat(browser.findElement(By.id("costs-total")).getText()).isEqualTo("55,62 €");
        assertThat(browser.findElement(By.id("cost-result")).getText()).contains("Nr. 2300 VV RVG").contains("Nr. 7002 VV RVG");
        Browser.screenshot(browser, "calculators");

        browser.get(url("/calculators?lang=en"));
        assertThat(interestOnSecondHalfOf2025("1,000.00")).isEqualTo("€31.44");
    }

    private String interestOnSecondHalfOf2025(String typedPrincipal) {
        browser.findElement(By.id("principal")).sendKeys(typedPrincipal);
        setDate("from", "2025-07-01");
        setDate("to", "2025-12-30");
        browser.findElement(By.id("interest-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("interest-amount")));
        return browser.findElement(By.id("interest-amount")).getText();
    }

    @Test
    void anAdminCreatesACreditorAndIssuesAKeyThatWorks() {
        logIn("admin", ADMIN_PASSWORD);
        browser.get(url("/admin/creditors"));

        browser.findElement(By.id("name")).sendKeys("Neuer Laden GmbH");
        browser.findElement(By.id("email")).sendKeys("buchhaltung@laden.example");
        browser.findElement(By.id("street")).sendKeys("Marktstraße 3");
        browser.findElement(By.id("postalCode")).sendKeys("50667");
        browser.findElement(By.id("city")).sendKeys("Köln");
        browser.findElement(By.id("iban")).sendKeys(nextIban());
        browser.findElement(By.cssSelector("form.grid-form button")).click();

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Neuer Laden GmbH"));
        browser.findElement(By.xpath("//button[contains(., 'Neuen Schlüssel')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-key")));
        String key = browser.findElement(By.id("new-key")).getText();
        assertThat(api.get("/api/v1/claims", de.kulant.support.Api.Auth.bearer(key)).status()).isEqualTo(200);
    }

    @Test
    void anAccountOfAnotherCreditorIsRefusedWithAClearMessageAndTheContractTermsCanBeChanged() {
        Tenant existing = newTenant("Hat das Konto schon");
        logIn("admin", ADMIN_PASSWORD);
        browser.get(url("/admin/creditors"));
        browser.findElement(By.id("name")).sendKeys("Zweiter Laden GmbH");
        browser.findElement(By.id("email")).sendKeys("buchhaltung@zweiter.example");
        browser.findElement(By.id("street")).sendKeys("Marktstraße 4");
        browser.findElement(By.id("postalCode")).sendKeys("50667");
        browser.findElement(By.id("city")).sendKeys("Köln");
        browser.findElement(By.id("iban")).sendKeys(existing.iban());
        browser.findElement(By.cssSelector("form.grid-form button")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("iban-taken")));
        assertThat(browser.findElement(By.id("iban-taken")).getText())
                .contains("Diese IBAN ist schon das Konto eines anderen Gläubigers");
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("Zweiter Laden GmbH");
        Browser.screenshot(browser, "creditor-iban-taken");

        browser.get(url("/admin/creditors/" + existing.id()));
        browser.findElement(By.id("residualPrincipalTolerance")).clear();
        browser.findElement(By.id("residualPrincipalTolerance")).sendKeys("-1");
        browser.findElement(By.id("contract-save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#contract .notice.error")));
        browser.findElement(By.id("residualPrincipalTolerance")).clear();
        browser.findElement(By.id("residualPrincipalTolerance")).sendKeys("0.50");
        browser.findElement(By.id("contract-save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#contract .notice[role=status]")));
        assertThat(api.get("/api/v1/admin/creditors/" + existing.id(), ADMIN).at("/residualWaiver/principalTolerance"))
                .isEqualTo("0.50");
    }

    @Test
    void aLinkToSomethingThatDoesNotExistShowsTheStyledNotFoundPage() {
        logInAsAdmin();
        browser.get(url("/claims/" + java.util.UUID.randomUUID()));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Fehler");
        assertThat(browser.findElement(By.id("error-message")).getText()).isEqualTo("Diese Seite gibt es nicht.");
        assertThat(browser.findElement(By.cssSelector("nav.mainnav")).isDisplayed()).isTrue();
        Browser.screenshot(browser, "not-found");
        browser.findElement(By.linkText("Zur Übersicht")).click();
        wait.until(ExpectedConditions.urlContains("/claims"));
    }

    @Test
    void aWrongPasswordIsRefusedAndRepeatedGuessingLocksTheName() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            logIn("mallory", "guess-" + attempt);
            assertThat(browser.findElement(By.cssSelector(".notice.error")).getText())
                    .isEqualTo("Benutzername oder Passwort ist falsch.");
        }
        logIn("mallory", "guess-6");
        assertThat(browser.findElement(By.cssSelector(".notice.error")).getText()).contains("Zu viele fehlgeschlagene");
    }
}
