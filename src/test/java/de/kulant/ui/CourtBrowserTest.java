package de.kulant.ui;

import static de.kulant.support.ClaimFixture.aClaim;
import static de.kulant.support.DebtorFixture.aConsumer;
import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.BrowserTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * A case worker takes a case the debtor never answered to court (issue 15): asks the creditor, prepares the payment
 * order application once it approved, records filing and service and sees the ZPO deadlines; a step out of order is
 * refused in the page's words; limitation and credit-bureau eligibility per claim on the same card — desktop and
 * phone, axe on every state of the page.
 */
class CourtBrowserTest extends BrowserTest {

    private static final String PASSWORD = "Mahnverfahren-2026!";

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    @Test
    void aCaseWorkerPreparesAPaymentOrderAndRecordsItsStepsOnDesktopAndPhone() {
        for (Dimension size : List.of(new Dimension(1400, 900), new Dimension(390, 844))) {
            clock.setToday(LocalDate.of(2026, 11, 27));
            String agent = "gericht." + size.getWidth() + "." + Long.toString(System.nanoTime(), 36);
            assertThat(api.post("/api/v1/admin/users", Map.of("username", agent, "role", "AGENT", "password",
                    PASSWORD), ADMIN).status()).isEqualTo(201);
            Tenant shop = newTenant("Gerichtsweg " + size.getWidth());
            String invoice = "MB-" + size.getWidth();
            String claim = createClaim(shop, aClaim(invoice).of("1234.56").invoicedOn("2026-09-01")
                    .dueOn("2026-09-15").withConsumerNotice().owedBy(aConsumer("K-" + invoice).named("Gero Gericht"))
                    .json());
            String caseId = api.post("/api/v1/claims/" + claim + "/hand-over", "", shop.auth()).at("/id");
            api.post("/api/v1/cases/" + caseId + "/assign", Map.of("agent", agent), ADMIN);
            browser.manage().window().setSize(size);
            logIn(agent, PASSWORD);

            browser.get(url("/cases/" + caseId));
            assertThat(text("court-claims")).contains(invoice).contains("31.12.2029").contains("nicht angefragt")
                    .contains("nicht meldefähig");
            assertThat(browser.findElements(By.id("court-apply"))).as("nothing approved yet").isEmpty();
            assertAccessible();
            submitAndWait("court-request");
            assertThat(text("case-message")).isEqualTo("Die Gläubigerin wurde um Zustimmung gebeten.");
            assertThat(text("court-claims")).contains("Gläubiger gefragt");

            JsonNode inbox = api.get("/api/v1/approvals", shop.auth()).json();
            api.post("/api/v1/approvals/" + inbox.at("/0/id").asString() + "/approve", "", shop.auth());
            browser.navigate().refresh();
            assertThat(text("court-claims")).contains("genehmigt");
            submitAndWait("court-apply");
            assertThat(text("case-message")).isEqualTo("Der Mahnantrag ist vorbereitet.");
            assertThat(text("court")).contains("Mahnantrag vorbereitet").contains("Amtsgericht Hamburg")
                    .contains("1.234,56 €").contains("41,00 €");
            assertThat(text("case-status")).isEqualTo("Gericht");
            assertAccessible();

            String procedure = api.get("/api/v1/court-procedures?caseId=" + caseId, ADMIN).at("/0/id");
            new Select(browser.findElement(By.id("court-step-" + procedure)))
                    .selectByValue("SERVED");
            setDate("court-on-" + procedure, "2026-11-27");
            submitAndWait("court-record-" + procedure);
            assertThat(text("case-errors")).contains("kann nicht auf den Stand");
            new Select(browser.findElement(By.id("court-step-" + procedure)))
                    .selectByValue("FILED");
            setDate("court-on-" + procedure, "2026-11-27");
            submitAndWait("court-record-" + procedure);
            new Select(browser.findElement(By.id("court-step-" + procedure)))
                    .selectByValue("SERVED");
            setDate("court-on-" + procedure, "2026-11-27");
            submitAndWait("court-record-" + procedure);

            assertThat(text("case-message")).isEqualTo("Der Schritt ist festgehalten.");
            assertThat(text("court")).contains("Mahnbescheid zugestellt").contains("Widerspruch möglich bis 11.12.2026")
                    .contains("spätestens am 27.05.2027");
            assertThat(text("court-claims")).contains("gehemmt");
            assertThat(text("timeline")).contains("Mahnbescheid zugestellt");
            Long overflow = (Long) browser.executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(overflow).as("the case page does not scroll sideways").isLessThanOrEqualTo(0L);
            assertAccessible();
            browser.manage().deleteAllCookies();
        }
    }
}
