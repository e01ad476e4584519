package de.kulant.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.correspondence.internal.Dispatcher;
import de.kulant.payments.BankFiles;
import de.kulant.payments.BankFiles.Entry;
import de.kulant.support.Api;
import de.kulant.support.Axe;
import de.kulant.support.BrowserTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every page of the staff UI, in German and in English, on a desktop and a phone, checked by axe-core against
 * WCAG 2.1 AA (issue 13, item 12): no serious or critical violation anywhere.
 */
class AccessibilityBrowserTest extends BrowserTest {

    @Autowired
    private Dispatcher dispatcher;

    /** A shop with a dunned claim, sent letters and e-mails, a statement with a payment waiting: every page has content. */
    private List<String> everyPage() {
        String iban = BankFiles.iban(779_000_000L + System.nanoTime() % 100_000);
        Tenant shop = newTenant("Barrierefrei-Shop", iban);
        Map<String, Object> claim = claim("A11Y-1");
        claim.put("invoiceDate", "2026-02-16");
        claim.put("dueDate", "2026-03-02");
        String claimId = createClaim(shop, claim);
        String runId = null;
        for (String day : List.of("2026-03-07", "2026-03-21")) {
            clock.setToday(LocalDate.parse(day));
            Api.Response run = api.post("/api/v1/dunning-runs", Map.of("asOf", day), shop.auth());
            assertThat(run.status()).as(run.toString()).isEqualTo(201);
            runId = run.at("/id");
        }
        long until = System.currentTimeMillis() + 10_000;
        while (api.get("/api/v1/dispatches", shop.auth()).json().size() < 3 && System.currentTimeMillis() < until) {
            Thread.onSpinWait();
        }
        dispatcher.dispatchDue();
        String dispatchId = api.get("/api/v1/dispatches", shop.auth()).json().get(0).get("id").asString();
        Api.Response statement = api.postBytes("/api/v1/bank-statements", BankFiles.camt053(iban, "A11Y-S1", List.of(
                        Entry.credit("12.34", "2026-03-22", "A11Y-P1").from("Niemand Bekannt", null).text("Spende")))
                .getBytes(StandardCharsets.UTF_8), "application/xml", shop.auth());
        assertThat(statement.status()).as(statement.toString()).isEqualTo(201);
        String paymentId = api.get("/api/v1/payments/unmatched", shop.auth()).json().at("/items/0/id").asString();
        String statementId = statement.at("/id");
        String caseId = api.post("/api/v1/claims/" + claimId + "/hand-over", "", shop.auth()).at("/id");
        api.post("/api/v1/cases/" + caseId + "/assign", Map.of("agent", "admin"), ADMIN);
        return List.of("/cases?assignee=admin", "/cases?assignee=-", "/cases/" + caseId,"/dashboard", "/dashboard?creditor=" + shop.id(), "/claims", "/claims?creditor=" + shop.id(),
                "/claims/" + claimId, "/dunning/policy", "/dunning/runs", "/dunning/runs/" + runId,
                "/dunning/approvals", "/dunning/notices", "/payments",
                "/payments/statements/" + statementId, "/payments/" + paymentId, "/payments/refunds",
                "/correspondence", "/correspondence/dispatches/" + dispatchId, "/correspondence/letterhead",
                "/admin/creditors", "/admin/creditors/" + shop.id(), "/admin/users", "/account/password", "/admin/privacy", "/privacy/claims/" + claimId,
                "/password/not-a-valid-link", "/calculators", "/claims/" + UUID.randomUUID(), "/admin/promo-codes", "/admin/settlements",
                "/signup", "/signup/confirm?token=not-a-token", "/app/login", "/app/password-reset",
                "/app/password-reset/not-a-token", "/app/invitation/not-a-token");
    }

    @Test
    void everyPageMeetsWcag21AaInGermanAndEnglishOnDesktopAndPhone() {
        List<String> pages = everyPage();
        List<String> violations = new ArrayList<>();
        List<String> tooWide = new ArrayList<>();
        browser.get(url("/login"));
        violations.addAll(Axe.seriousViolations(browser));
        logInAsAdmin();
        for (int width : List.of(1400, 390)) {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
            for (String language : List.of("de", "en")) {
                for (String page : pages) {
                    browser.get(url(page + (page.contains("?") ? "&" : "?") + "lang=" + language));
                    violations.addAll(Axe.seriousViolations(browser).stream().map(v -> width + "px " + v).toList());
                    Long overflow = (Long) browser.executeScript(
                            "return document.documentElement.scrollWidth - window.innerWidth;");
                    if (overflow > 0) {
                        tooWide.add(width + "px " + page + " is " + overflow + " px wider than the window");
                    }
                }
            }
        }
        assertThat(violations).as("serious or critical WCAG 2.1 AA violations").isEmpty();
        assertThat(tooWide).as("pages that scroll sideways").isEmpty();
    }

    @Test
    void onAPhoneTheNavigationFoldsIntoAMenuAndTheSkipLinkLeadsToTheContent() {
        logInAsAdmin();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        browser.get(url("/claims"));
        org.openqa.selenium.WebElement menu = browser.findElement(org.openqa.selenium.By.id("menu-toggle"));
        assertThat(menu.isDisplayed()).isTrue();
        assertThat(menu.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(browser.findElement(org.openqa.selenium.By.id("mainnav")).isDisplayed()).isFalse();

        menu.click();
        assertThat(menu.getAttribute("aria-expanded")).isEqualTo("true");
        org.openqa.selenium.WebElement payments = browser.findElement(org.openqa.selenium.By.id("mainnav"))
                .findElement(org.openqa.selenium.By.linkText("Zahlungen"));
        assertThat(payments.isDisplayed()).isTrue();
        payments.click();
        wait.until(d -> d.getCurrentUrl().endsWith("/payments"));

        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 900));
        browser.get(url("/claims"));
        assertThat(browser.findElement(org.openqa.selenium.By.id("menu-toggle")).isDisplayed()).isFalse();
        assertThat(browser.findElement(org.openqa.selenium.By.id("mainnav")).isDisplayed()).isTrue();
        browser.findElement(org.openqa.selenium.By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
        org.openqa.selenium.WebElement skip = browser.switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Zum Inhalt springen");
        assertThat(skip.isDisplayed()).isTrue();
        skip.click();
        assertThat(browser.getCurrentUrl()).endsWith("#main");
    }
}
