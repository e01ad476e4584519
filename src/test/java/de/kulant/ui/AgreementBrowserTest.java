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

/**
 * A case worker agrees an instalment plan on the phone with the debtor (issue 15): the rates and the cost worked out
 * first, a wrong first date refused next to the form with the terms kept, then agreed; a pause and a settlement offer
 * on the same page — on a desktop and on a phone, with axe on every page.
 */
class AgreementBrowserTest extends BrowserTest {

    private static final String PASSWORD = "Sachbearbeitung-2026!";

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    @Test
    void aCaseWorkerQuotesAndAgreesAPlanAndOffersAPauseAndASettlementOnDesktopAndPhone() {
        for (Dimension size : List.of(new Dimension(1400, 900), new Dimension(390, 844))) {
            String agent = "raten." + size.getWidth() + "." + Long.toString(System.nanoTime(), 36);
            assertThat(api.post("/api/v1/admin/users", Map.of("username", agent, "role", "AGENT", "password",
                    PASSWORD), ADMIN).status()).isEqualTo(201);
            Tenant shop = newTenant("Ratenkauf " + size.getWidth());
            String planned = handOver(shop, "AG-" + size.getWidth() + "-1", "Paula Plan", agent);
            String other = handOver(shop, "AG-" + size.getWidth() + "-2", "Otto Offer", agent);
            browser.manage().window().setSize(size);
            logIn(agent, PASSWORD);

            browser.get(url("/cases/" + planned));
            browser.findElement(By.id("plan-instalments")).sendKeys("3");
            setDate("plan-first", "2026-11-01");
            submitAndWait("plan-quote");
            assertThat(text("case-errors")).contains("Erste Rate fällig am");
            assertThat(browser.findElement(By.id("plan-instalments")).getAttribute("value")).isEqualTo("3");
            assertThat(browser.findElements(By.id("plan-agree"))).as("no agreement without the cost shown").isEmpty();

            setDate("plan-first", "2026-12-15");
            submitAndWait("plan-quote");
            assertThat(text("plan-quote-result")).contains("Einigungsgebühr").contains("15.12.2026")
                    .contains("15.02.2027").contains("insgesamt");
            assertAccessible();
            submitAndWait("plan-agree");

            assertThat(text("case-message")).startsWith("Der Ratenplan ist vereinbart");
            assertThat(text("case-status")).isEqualTo("Vereinbarung läuft");
            assertThat(text("plans")).contains("in 3 Raten ab 15.12.2026").contains("läuft");
            assertThat(text("timeline")).contains("Ratenplan vereinbart").contains("Ratenplan mit Kostenangabe");
            Long overflow = (Long) browser.executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(overflow).as("the case page does not scroll sideways").isLessThanOrEqualTo(0L);
            assertAccessible();

            browser.get(url("/cases/" + other));
            setDate("pause-until", "2027-06-01");
            browser.findElement(By.id("pause-reason")).sendKeys("Kurzarbeit");
            submitAndWait("pause-save");
            assertThat(text("case-errors")).contains("höchstens 60 Tagen");
            browser.findElement(By.id("settlement-amount")).sendKeys("250,00");
            setDate("settlement-until", "2026-12-20");
            submitAndWait("settlement-save");
            assertThat(text("case-message")).isEqualTo("Das Vergleichsangebot ist gespeichert.");
            assertThat(text("offers")).contains("250,00 €").contains("wartet auf die Gläubigerin");
            assertAccessible();
            browser.manage().deleteAllCookies();
        }
    }

    private String handOver(Tenant shop, String invoice, String debtor, String agent) {
        String claim = createClaim(shop, aClaim(invoice).of("400.00").invoicedOn("2026-09-01").dueOn("2026-09-15")
                .withConsumerNotice().owedBy(aConsumer("K-" + invoice).named(debtor)).json());
        String id = api.post("/api/v1/claims/" + claim + "/hand-over", "", shop.auth()).at("/id");
        assertThat(api.post("/api/v1/cases/" + id + "/assign", Map.of("agent", agent), ADMIN).status()).isEqualTo(200);
        return id;
    }
}
