package de.kulant.ui;

import static de.kulant.support.ClaimFixture.aClaim;
import static de.kulant.support.DebtorFixture.aConsumer;
import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.BrowserTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A case worker's day (issue 14): the queue by priority, the next case by key, a call logged, a promise made (a
 * wrong amount first, refused next to the form with what was typed), and on to the next case — on a desktop and on a
 * phone, with axe on every page.
 */
class CaseWorkerBrowserTest extends BrowserTest {

    private static final String PASSWORD = "Sachbearbeitung-2026!";

    private String caseOf(Tenant shop, String invoice, String amount, String debtor, String agent) {
        String claim = createClaim(shop, aClaim(invoice).of(amount).invoicedOn("2026-09-01").dueOn("2026-09-15")
                .withConsumerNotice().owedBy(aConsumer("K-" + invoice).named(debtor)).json());
        String id = api.post("/api/v1/claims/" + claim + "/hand-over", "", shop.auth()).at("/id");
        assertThat(api.post("/api/v1/cases/" + id + "/assign", Map.of("agent", agent), ADMIN).status()).isEqualTo(200);
        return id;
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private List<String> queueRows() {
        return browser.findElements(By.cssSelector("#queue tbody tr")).stream().map(r -> r.getAttribute("data-case"))
                .toList();
    }

    @Test
    void queueNextCaseCallPromiseAndTheNextCaseOnDesktopAndPhone() {
        for (Dimension size : List.of(new Dimension(1400, 900), new Dimension(390, 844))) {
            String agent = "tag." + size.getWidth() + "." + Long.toString(System.nanoTime(), 36);
            assertThat(api.post("/api/v1/admin/users", Map.of("username", agent, "role", "AGENT", "password", PASSWORD),
                    ADMIN).status()).isEqualTo(201);
            Tenant shop = newTenant("Arbeitstag " + size.getWidth());
            String big = caseOf(shop, "DAY-" + size.getWidth() + "-1", "800.00", "Bernd Groß", agent);
            String small = caseOf(shop, "DAY-" + size.getWidth() + "-2", "90.00", "Klara Klein", agent);
            browser.manage().window().setSize(size);
            logIn(agent, PASSWORD);

            browser.get(url("/cases"));
            assertThat(queueRows()).containsExactly(big, small);
            // 800.00 with interest and costs: one point per 50 EUR open
            assertThat(text("queue")).contains("Betrag (+17)");
            assertAccessible();

            browser.findElement(By.tagName("body")).sendKeys("n");
            wait.until(d -> d.getCurrentUrl().endsWith("/cases/" + big));
            assertThat(text("debtor-name")).isEqualTo("Bernd Groß");
            assertAccessible();
            Long overflow = (Long) browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(overflow).as("the case page does not scroll sideways").isLessThanOrEqualTo(0L);

            browser.findElement(By.tagName("body")).sendKeys("c");
            WebElement outcome = browser.switchTo().activeElement();
            assertThat(outcome.getAttribute("id")).isEqualTo("call-outcome");
            new Select(outcome).selectByValue("PROMISED");
            browser.findElement(By.id("call-text")).sendKeys("Zahlt Anfang Dezember 100 Euro");
            submitAndWait("call-save");
            assertThat(text("case-message")).isEqualTo("Der Anruf ist gespeichert.");
            assertThat(browser.findElement(By.cssSelector("#timeline li")).getText()).contains("Anruf")
                    .contains("Zahlung versprochen").contains("Zahlt Anfang Dezember 100 Euro");

            browser.findElement(By.id("promise-amount")).sendKeys("hundert");
            setDate("promise-due", "2026-12-05");
            submitAndWait("promise-save");
            assertThat(text("case-errors")).contains("Betrag");
            assertThat(text("case-status")).isEqualTo("Offen");

            browser.findElement(By.id("promise-amount")).sendKeys("100,00");
            setDate("promise-due", "2026-12-05");
            submitAndWait("promise-save");
            assertThat(text("case-message")).startsWith("Das Zahlungsversprechen ist gespeichert");
            assertThat(text("case-status")).isEqualTo("Vereinbarung läuft");
            assertThat(text("next-action")).isEqualTo("Zahlungsversprechen fällig am 05.12.2026");
            assertThat(text("promises")).contains("100,00 €");

            browser.findElement(By.tagName("body")).sendKeys(Keys.chord("n"));
            wait.until(d -> d.getCurrentUrl().endsWith("/cases/" + small));
            assertThat(text("debtor-name")).isEqualTo("Klara Klein");
            browser.get(url("/cases"));
            assertThat(queueRows()).as("the case waiting for its promise goes down").containsExactly(small, big);
            browser.manage().deleteAllCookies();
        }
    }
}
