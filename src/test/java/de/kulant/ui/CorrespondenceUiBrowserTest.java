package de.kulant.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.correspondence.internal.Dispatcher;
import de.kulant.support.Api;
import de.kulant.support.Browser;
import de.kulant.support.BrowserTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Correspondence in the staff UI: the queue, an e-mail as sent, a letter that failed, the letterhead. */
class CorrespondenceUiBrowserTest extends BrowserTest {

    @Autowired
    private Dispatcher dispatcher;

    @Autowired
    private JdbcTemplate jdbc;

    private String claimDueOnMarch2(Tenant shop, String invoice) {
        Map<String, Object> claim = claim(invoice);
        claim.put("invoiceDate", "2026-02-16");
        claim.put("dueDate", "2026-03-02");
        return createClaim(shop, claim);
    }

    private String run(Tenant shop, LocalDate day, int dispatchesAfter) {
        clock.setToday(day);
        Api.Response run = api.post("/api/v1/dunning-runs", Map.of("asOf", day.toString()), shop.auth());
        assertThat(run.status()).as(run.toString()).isEqualTo(201);
        long until = System.currentTimeMillis() + 10_000;
        while (api.get("/api/v1/dispatches", shop.auth()).json().size() < dispatchesAfter
                && System.currentTimeMillis() < until) {
            Thread.onSpinWait();
        }
        return run.at("/id");
    }

    @Test
    void readsTheEmailAsItWasSentReportsABounceAndFindsTheLettersOnTheClaim() {
        Tenant shop = newTenant("UI-Schriftverkehr");
        String claimId = claimDueOnMarch2(shop, "UI-MAIL-1");
        run(shop, LocalDate.of(2026, 3, 7), 1);
        run(shop, LocalDate.of(2026, 3, 21), 3);
        dispatcher.dispatchDue();
        JsonNode email = api.get("/api/v1/dispatches", shop.auth()).json().valueStream()
                .filter(d -> d.get("channel").asString().equals("EMAIL") && d.get("issuedOn").asString().equals("2026-03-21"))
                .findFirst().orElseThrow();
        logInAsAdmin();

        browser.get(url("/correspondence?creditor=" + shop.id()));
        assertThat(browser.findElement(By.id("dispatch-table")).getText()).contains("erika@example.org", "Brief",
                "versandt").doesNotContain("wartet");
        assertThat(browser.findElement(By.id("count-SENT")).getText()).contains("3");
        Browser.screenshot(browser, "correspondence-queue");

        browser.get(url("/correspondence/dispatches/" + email.get("id").asString()));
        assertThat(browser.findElement(By.id("mail")).getText())
                .contains("Mahnung – Rechnung UI-MAIL-1 vom 16.02.2026", "erika@example.org", ".pdf");
        assertThat(browser.findElement(By.id("dispatch-log")).getText()).contains("angelegt", "versandt");
        assertThat(browser.findElement(By.id("letter-link")).getText()).isEqualTo("PDF öffnen (1 Seite)");
        browser.switchTo().frame(browser.findElement(By.id("mail-html")));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Guten Tag Erika Mustermann,", "120,28 €");
        browser.switchTo().defaultContent();
        Browser.screenshot(browser, "correspondence-email");

        browser.findElement(By.name("detail")).sendKeys("550 Postfach unbekannt");
        browser.findElement(By.id("bounce")).click();
        wait.until(ExpectedConditions.textToBe(By.id("dispatch-status"), "unzustellbar"));
        assertThat(browser.findElement(By.id("dispatch-log")).getText()).contains("unzustellbar", "550 Postfach unbekannt");

        browser.get(url("/claims/" + claimId));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("document-list")));
        assertThat(browser.findElement(By.id("document-list")).getText()).contains("E-Mail", "Brief (PDF)");
        // each letter names the notice it carried, and leads to it in the claim's notices (issue 13, item 8)
        WebElement noticeLink = browser.findElements(By.cssSelector("#document-list a.document-notice")).stream()
                .filter(a -> a.getText().equals("Stufe 2 · Mahnung vom 21.03.2026")).findFirst().orElseThrow();
        String anchor = noticeLink.getAttribute("href").substring(noticeLink.getAttribute("href").indexOf('#') + 1);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice-list")));
        assertThat(browser.findElement(By.id(anchor)).getText()).contains("2 · Mahnung");
        Object preview = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById('claim-preview-form');
                fetch(form.action + '?' + new URLSearchParams(new FormData(form)))
                    .then(r => done(r.status + ' ' + r.headers.get('content-type')));""");
        assertThat(preview).isEqualTo("200 application/pdf");
    }

    @Test
    void aLetterThatCannotBeWrittenShowsItsReasonOnTheRunAndIsSentAfterTheFixAndARetry() {
        Tenant shop = newTenant("UI-Falsche-IBAN");
        claimDueOnMarch2(shop, "UI-IBAN-1");
        jdbc.update("update creditor set iban = 'DE89370400440532013001' where id = ?::uuid", shop.id());
        String runId = run(shop, LocalDate.of(2026, 3, 7), 1);
        dispatcher.dispatchDue();
        logInAsAdmin();

        browser.get(url("/dunning/runs/" + runId));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("run-dispatch-problems")));
        assertThat(browser.findElement(By.id("run-dispatch-problems")).getText())
                .contains("1 Schreiben dieses Laufs konnten nicht versandt werden", "IBAN 'DE89370400440532013001'");
        Browser.screenshot(browser, "run-with-dispatch-problem");

        browser.findElement(By.cssSelector("#run-dispatch-problems a")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dispatch-error")));
        assertThat(browser.findElement(By.id("dispatch-status")).getText()).isEqualTo("fehlgeschlagen");
        jdbc.update("update creditor set iban = ? where id = ?::uuid", shop.iban(), shop.id());
        browser.findElement(By.id("retry")).click();
        wait.until(ExpectedConditions.textToBe(By.id("dispatch-status"), "wartet"));
        dispatcher.dispatchDue();
        browser.navigate().refresh();
        assertThat(browser.findElement(By.id("dispatch-status")).getText()).isEqualTo("versandt");
    }

    @Test
    void savesTheLetterheadAndNamesTheFieldThatIsWrong() {
        Tenant shop = newTenant("UI-Briefkopf");
        logInAsAdmin();

        Tenant other = newTenant("UI-Briefkopf-Nachbar");
        browser.get(url("/correspondence/letterhead?creditor=" + other.id()));
        new Select(browser.findElement(By.id("letterhead-creditor"))).selectByVisibleText("UI-Briefkopf");
        wait.until(ExpectedConditions.urlContains("creditor=" + shop.id()));
        browser.findElement(By.name("contactPerson")).sendKeys("Jörg Weißmüller");
        browser.findElement(By.name("freeText2")).sendKeys("Rufen Sie uns gern an: 040 1234567.");
        browser.findElement(By.name("email")).sendKeys("keine-adresse");
        browser.findElement(By.id("letterhead-save")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("letterhead-errors")));
        assertThat(browser.findElement(By.id("letterhead-errors")).getText())
                .isEqualTo("E-Mail: „keine-adresse“ ist keine E-Mail-Adresse.");
        assertThat(browser.findElement(By.name("contactPerson")).getAttribute("value")).isEqualTo("Jörg Weißmüller");
        assertThat(api.get("/api/v1/letterhead", shop.auth()).at("/contactPerson")).isNull();

        browser.findElement(By.name("email")).clear();
        browser.findElement(By.name("email")).sendKeys("service@briefkopf.example");
        browser.findElement(By.id("letterhead-save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "gespeichert"));
        Browser.screenshot(browser, "correspondence-letterhead");

        JsonNode saved = api.get("/api/v1/letterhead", shop.auth()).json();
        assertThat(saved.get("contactPerson").asString()).isEqualTo("Jörg Weißmüller");
        assertThat(saved.get("email").asString()).isEqualTo("service@briefkopf.example");
        assertThat(saved.at("/freeTexts/2").asString()).isEqualTo("Rufen Sie uns gern an: 040 1234567.");
    }
}
