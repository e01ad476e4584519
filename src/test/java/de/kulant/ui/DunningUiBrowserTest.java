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

/** Dunning in the staff UI: the policy with its timeline, a dry run's preview, a run, notices on the claim page. */
class DunningUiBrowserTest extends BrowserTest {

    @Test
    void editsThePolicySeesThePreviewRunsAndFindsTheNoticeOnTheClaim() {
        Tenant shop = newTenant("UI-Mahnwesen");
        Map<String, Object> claim = claim("UI-DUN-1");
        claim.put("dueDate", "2026-11-10");
        claim.put("invoiceDate", "2026-10-27");
        String id = createClaim(shop, claim);
        logInAsAdmin();

        browser.get(url("/dunning/policy?creditor=" + shop.id()));
        assertThat(browser.findElement(By.id("timeline")).getText())
                .contains("Zahlungserinnerung", "Mahnung", "Letzte Mahnung", "Übergabe ans Inkasso", "+42");
        browser.findElement(By.id("levels-0-daysAfterDue")).clear();
        browser.findElement(By.id("levels-0-daysAfterDue")).sendKeys("4");
        browser.findElement(By.id("policy-save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "gespeichert"));
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("+4");
        Browser.screenshot(browser, "dunning-policy");

        browser.get(url("/dunning/runs"));
        new Select(browser.findElement(By.id("run-creditor"))).selectByVisibleText("UI-Mahnwesen");
        browser.findElement(By.id("run-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("plan")));
        assertThat(browser.findElement(By.id("plan")).getText()).contains("UI-DUN-1", "Mahnung");
        assertThat(browser.findElement(By.id("run-status")).getText()).isEqualTo("abgeschlossen");
        Browser.screenshot(browser, "dunning-dry-run");

        browser.get(url("/dunning/runs"));
        new Select(browser.findElement(By.id("run-creditor"))).selectByVisibleText("UI-Mahnwesen");
        browser.findElement(By.id("run-dry")).click();
        browser.findElement(By.id("run-submit")).click();
        // a run that writes asks once more, naming the creditor and the day (issue 13, item 8)
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-run")));
        assertThat(browser.findElement(By.id("confirm-run")).getText()).contains("Für UI-Mahnwesen, Stichtag")
                .contains("lässt sich nicht zurücknehmen");
        browser.findElement(By.id("run-confirm")).click();
        wait.until(ExpectedConditions.textToBe(By.id("run-status"), "abgeschlossen"));
        assertThat(browser.findElement(By.id("run-summary")).getText()).contains("Mahnungen der Stufe 1\n1");

        browser.get(url("/claims/" + id));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice-list")));
        assertThat(browser.findElement(By.id("notice-list")).getText()).contains("1 · Zahlungserinnerung", "RF");
        assertThat(browser.findElement(By.id("claim-status")).getText()).isEqualTo("Im Mahnverfahren");
        Browser.screenshot(browser, "claim-with-notice");
    }

    @Test
    void explainsWhichSegmentAClaimFallsIn() {
        Tenant shop = newTenant("UI-Segment");
        Map<String, Object> claim = claim("UI-SEG-1");
        debtorOf(claim).put("customerTag", "STAMMKUNDE");
        createClaim(shop, claim);
        api.put("/api/v1/dunning-policy", Map.of("levels", List.of(Map.of("level", 1, "name", "Erinnerung",
                "daysAfterDue", 5, "fee", "0.00", "channel", "EMAIL", "paymentTermDays", 7)),
                "segments", List.of(Map.of("name", "Stammkunde", "when", Map.of("customerTag", "STAMMKUNDE"),
                        "tone", "FRIENDLY"))), shop.auth());
        logInAsAdmin();

        browser.get(url("/dunning/policy?creditor=" + shop.id()));
        browser.findElement(By.id("segment-invoice")).sendKeys("UI-SEG-1");
        browser.findElement(By.id("segment-submit")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("segment-result")));
        assertThat(browser.findElement(By.id("segment-result")).getText()).contains("Stammkunde", "freundlich",
                "Kundenmerkmal STAMMKUNDE");
    }
}
