package de.kulant.ui;

import static de.kulant.support.ClaimFixture.aClaim;
import static de.kulant.support.DebtorFixture.aConsumer;
import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.Api;
import de.kulant.support.BrowserTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Everyday corrections on a claim's page (issue 13, item 8): a credit note typed the German way, a write-off with its
 * reason, the debtor's new address; and the notices of all claims on one page, paged.
 */
class ClaimCorrectionsBrowserTest extends BrowserTest {

    private String text(String id) {
        wait.until(d -> !d.findElements(By.id(id)).isEmpty());
        return browser.findElement(By.id(id)).getText();
    }

    private void type(String id, String value) {
        browser.findElement(By.id(id)).clear();
        browser.findElement(By.id(id)).sendKeys(value);
    }

    @Test
    void aCreditNoteAWriteOffAndANewAddressAreMadeOnTheClaimsPage() {
        Tenant shop = newTenant("Korrekturen");
        String id = createClaim(shop, aClaim("KOR-1").of("250.00").invoicedOn("2026-11-01").dueOn("2027-06-30")
                .owedBy(aConsumer("K-KOR").named("Erika Muster")).json());
        logInAsAdmin();
        browser.get(url("/claims/" + id));

        type("credit-amount", "300,00");
        type("credit-reason", "Teilretoure");
        submitAndWait("credit-submit");
        // refused with the reason, the typed amount still there
        assertThat(text("main")).contains("„Betrag“ ist höher als die offene Hauptforderung von 250,00 €.");
        assertThat(browser.findElement(By.id("credit-amount")).getAttribute("value")).isEqualTo("300,00");
        assertThat(browser.findElement(By.id("credit-reason")).getAttribute("value")).isEqualTo("Teilretoure");

        type("credit-amount", "49,90");
        submitAndWait("credit-submit");
        assertThat(text("outstanding")).isEqualTo("200,10 €");

        browser.findElement(By.cssSelector("#debtor-edit summary")).click();
        type("debtor-edit-street", "Domplatz 1");
        type("debtor-edit-postalCode", "5066");
        type("debtor-edit-city", "Köln");
        submitAndWait("debtor-save");
        assertThat(text("main")).contains("PLZ: Eine deutsche Postleitzahl hat fünf Ziffern.");
        assertThat(browser.findElement(By.id("debtor-edit-street")).getAttribute("value")).isEqualTo("Domplatz 1");
        type("debtor-edit-postalCode", "50667");
        submitAndWait("debtor-save");
        assertThat(text("debtor")).contains("Domplatz 1").contains("50667 Köln");
        assertThat(text("history")).contains("Schuldnerdaten geändert").contains("Ort von Berlin auf Köln geändert");

        new Select(browser.findElement(By.id("writeoff-kind"))).selectByVisibleText("Insolvenz des Schuldners");
        type("writeoff-reason", "Az. 12 IN 34/26");
        submitAndWait("writeoff-submit");
        assertThat(text("claim-status")).isEqualTo("Ausgebucht");
        assertThat(text("outstanding")).isEqualTo("0,00 €");
        assertThat(text("ledger")).contains("Ausbuchung").contains("Insolvenz des Schuldners: Az. 12 IN 34/26");
        assertThat(browser.findElements(By.id("corrections"))).isEmpty();
        assertAccessible();
    }

    @Test
    void theNoticesPageListsEveryNoticeNewestFirstPageByPage() {
        Tenant shop = newTenant("Mahnungsliste");
        List<Map<String, Object>> claims = new ArrayList<>();
        for (int i = 0; i < 53; i++) {
            claims.add(aClaim("NL-" + i).invoicedOn("2026-10-01").dueOn("2026-10-15")
                    .owedBy(aConsumer("K-NL-" + i).named("Kunde " + i)).json());
        }
        assertThat(api.post("/api/v1/claims/batch", claims, shop.auth()).status()).isEqualTo(200);
        clock.setToday(LocalDate.of(2026, 10, 20));
        Api.Response run = api.post("/api/v1/dunning-runs", Map.of("asOf", "2026-10-20"), shop.auth());
        assertThat(run.status()).as(run.toString()).isEqualTo(201);
        long until = System.currentTimeMillis() + 20_000;
        while (!api.get("/api/v1/dunning-runs/" + run.at("/id"), shop.auth()).at("/status").equals("COMPLETED")
                && System.currentTimeMillis() < until) {
            Thread.onSpinWait();
        }
        clock.reset();
        logInAsAdmin();

        browser.get(url("/dunning/notices?creditor=" + shop.id()));
        assertThat(text("notice-count")).isEqualTo("53 Mahnungen");
        assertThat(browser.findElements(By.cssSelector("#notice-table tbody tr"))).hasSize(50);
        assertThat(text("notice-table")).contains("20.10.2026").contains("1 · Zahlungserinnerung").contains("Kunde 7");
        browser.findElement(By.id("next-page")).click();
        wait.until(d -> d.findElements(By.cssSelector("#notice-table tbody tr")).size() == 3);
        assertThat(browser.findElements(By.id("next-page"))).isEmpty();

        new Select(browser.findElement(By.id("notice-level"))).selectByValue("2");
        browser.findElement(By.id("notice-filter-submit")).click();
        wait.until(d -> d.findElement(By.id("notice-count")).getText().equals("0 Mahnungen"));

        browser.get(url("/dunning/notices?creditor=" + shop.id()));
        browser.findElement(By.cssSelector("#notice-table tbody tr a")).click();
        wait.until(d -> d.getCurrentUrl().contains("/claims/") && d.getCurrentUrl().contains("#notice-"));
        assertAccessible();
    }
}
