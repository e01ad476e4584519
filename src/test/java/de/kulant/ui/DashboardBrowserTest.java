package de.kulant.ui;

import static de.kulant.support.ClaimFixture.aClaim;
import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.Browser;
import de.kulant.support.BrowserTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The start page after login (issue 13, item 1): what is owed, how old, where it stands and what came in, each figure
 * leading to the claims behind it, drawn as charts and readable as tables. Today is 2026-11-27.
 */
class DashboardBrowserTest extends BrowserTest {

    private Tenant shopWithClaimsOfEveryAge() {
        Tenant shop = newTenant("Übersicht-Shop");
        List<Map<String, Object>> claims = List.of(
                aClaim("D-NOT-DUE").dueOn("2026-12-10").json(),
                aClaim("D-17-DAYS").dueOn("2026-11-10").json(),
                aClaim("D-87-DAYS").of("200.00").invoicedOn("2026-08-01").dueOn("2026-09-01").json(),
                aClaim("D-PAID").dueOn("2026-11-20").json());
        assertThat(api.post("/api/v1/claims/batch", claims, shop.auth()).status()).isEqualTo(200);
        String paid = api.get("/api/v1/claims?invoiceNumber=D-PAID", shop.auth()).at("/items/0/id");
        assertThat(api.post("/api/v1/claims/" + paid + "/payments", Map.of("amount", "119.00", "bookingDate", "2026-11-27"),
                shop.auth()).status()).isEqualTo(201);
        return shop;
    }

    private WebElement row(String table, String label) {
        return browser.findElements(By.cssSelector("#" + table + " tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("th")).getText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row '" + label + "' in " + table + ": "
                        + browser.findElement(By.id(table)).getAttribute("outerHTML")));
    }

    @Test
    void showsWhatIsOwedByAgeAndStageAndLeadsToTheClaimsBehindEachFigure() {
        Tenant shop = shopWithClaimsOfEveryAge();
        logInAsAdmin();
        assertThat(browser.getCurrentUrl()).endsWith("/dashboard");
        browser.get(url("/dashboard?creditor=" + shop.id()));

        assertThat(browser.findElement(By.id("kpi-outstanding")).getText()).contains("438,00 €").contains("3 Forderungen");
        assertThat(browser.findElement(By.id("kpi-cash")).getText()).contains("119,00 €").contains("Vormonat: 0,00 €");
        // 119.00 paid of 119.00 + 438.00
        assertThat(browser.findElement(By.id("kpi-recovery")).getText()).contains("21,4 %");
        assertThat(row("aging-table", "noch nicht fällig").getText()).contains("1").contains("119,00 €");
        assertThat(row("aging-table", "1–30 Tage").getText()).contains("119,00 €");
        assertThat(row("aging-table", "31–60 Tage").getText()).contains("0,00 €");
        assertThat(row("aging-table", "61–90 Tage").getText()).contains("200,00 €");
        assertThat(row("stages-table", "noch nicht gemahnt").getText()).contains("3").contains("438,00 €");
        assertThat(row("cash-table", "Nov. 2026").getText()).contains("119,00 €");
        wait.until(d -> d.findElement(By.id("aging-chart")).isDisplayed()
                && d.findElement(By.id("cash-chart")).isDisplayed());
        assertThat(browser.findElement(By.id("aging-chart")).getSize().getHeight()).isBetween(100, 240);
        Browser.screenshot(browser, "dashboard");

        row("aging-table", "61–90 Tage").findElement(By.tagName("a")).click();
        wait.until(d -> d.getCurrentUrl().contains("/claims"));
        assertThat(browser.findElements(By.cssSelector("#claims-table .claim-link")).stream().map(WebElement::getText))
                .containsExactly("D-87-DAYS");
        assertThat(browser.findElement(By.id("claims-count")).getText()).contains("1 Forderung").contains("200,00 €");

        browser.get(url("/dashboard?creditor=" + shop.id()));
        browser.findElement(By.id("kpi-outstanding")).click();
        wait.until(d -> d.getCurrentUrl().contains("/claims"));
        assertThat(browser.findElements(By.cssSelector("#claims-table .claim-link")).stream().map(WebElement::getText))
                .containsExactlyInAnyOrder("D-NOT-DUE", "D-17-DAYS", "D-87-DAYS");
    }

    @Test
    void speaksEnglishAndKeepsItsFiguresAsTablesWithoutCharts() {
        Tenant shop = shopWithClaimsOfEveryAge();
        logInAsAdmin();
        browser.get(url("/dashboard?lang=en&creditor=" + shop.id()));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Overview");
        assertThat(browser.findElement(By.id("kpi-outstanding")).getText()).contains("Outstanding in all")
                .contains("€438.00").contains("3 claims");
        assertThat(row("aging-table", "61–90 days").getText()).contains("€200.00");
        // the tables stay in the page for screen readers and for browsers without JavaScript
        assertThat(browser.findElement(By.id("aging-table")).isDisplayed()).isTrue();
    }
}
