package de.kulant.ui;

import static de.kulant.support.ClaimFixture.aClaim;
import static de.kulant.support.DebtorFixture.aConsumer;
import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.BrowserTest;
import de.kulant.support.TestClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * A debtor's data-subject request worked by staff on the claim (issue 13, item 14): the copy to download, an erasure
 * refused while the claim is open and while the books must be kept, then carried out; in German and in English.
 */
class PrivacyBrowserTest extends BrowserTest {

    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    /** Downloads a link of the page with the browser's session, as a click would. */
    private HttpResponse<byte[]> download(String linkId) throws Exception {
        Cookie session = browser.manage().getCookieNamed("SESSION");
        String href = browser.findElement(By.id(linkId)).getAttribute("href");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "SESSION=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aCopyIsGivenAndErasureWaitsForTheClaimToEndAndTheBooksToExpire() throws Exception {
        Tenant shop = newTenant("Datenschutz-Shop");
        String id = createClaim(shop, aClaim("DSB-1").of("89.00").invoicedOn("2026-10-01").dueOn("2026-10-15")
                .owedBy(aConsumer("K-DSB").named("Jana Privat")).json());
        logInAsAdmin();
        browser.get(url("/claims/" + id));
        browser.findElement(By.id("privacy-link")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/privacy/claims/" + id));
        assertThat(text("open-claims")).isEqualTo("1 Forderung dieses Schuldners, davon 1 offen");

        HttpResponse<byte[]> pdf = download("copy-pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        HttpResponse<byte[]> json = download("copy-json");
        assertThat(new String(json.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("Jana Privat")
                .contains("DSB-1");

        submitAndWait("erase");
        assertThat(text("erasure-answer")).contains("Nicht gelöscht: 1 Forderung ist noch offen");
        assertAccessible();

        assertThat(api.post("/api/v1/claims/" + id + "/credit-notes", Map.of("amount", "89.00", "reason", "Storno", "date", "2026-11-27"),
                shop.auth()).status()).isEqualTo(201);
        browser.findElement(By.linkText("EN")).click();
        wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Privacy"));
        submitAndWait("erase");
        assertThat(text("erasure-answer")).contains("Not erased").contains("retention")
                .contains(LocalDate.of(TestClock.DEFAULT_TODAY.getYear() + 11, 1, 1).format(ENGLISH));

        clock.setToday(LocalDate.of(TestClock.DEFAULT_TODAY.getYear() + 11, 1, 2));
        logInAsAdmin();
        browser.get(url("/privacy/claims/" + id));
        submitAndWait("erase");
        assertThat(text("erasure-answer")).startsWith("The data were erased");
        assertThat(browser.findElements(By.id("erase"))).isEmpty();
        browser.get(url("/claims/" + id));
        assertThat(text("main")).doesNotContain("Jana Privat").contains("DSB-1");

        browser.get(url("/admin/privacy"));
        assertThat(text("retention-rules")).contains("10 years").contains("8 years").contains("6 years");
        assertAccessible();
    }
}
