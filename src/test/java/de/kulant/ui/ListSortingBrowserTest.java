package de.kulant.ui;

import static de.kulant.support.ClaimFixture.aClaim;
import static de.kulant.support.DebtorFixture.aConsumer;
import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.Api;
import de.kulant.support.BrowserTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

/**
 * A click on a column header sorts the lists beyond the claims (issue 13, item 6): notices on a desktop in German,
 * dispatches on a phone in English; the order holds when a filter changes and the export follows it. On the refund
 * page each list sorts on its own.
 */
class ListSortingBrowserTest extends BrowserTest {

    private List<BigDecimal> askedShown() {
        return browser.findElements(By.cssSelector("#notice-table tbody tr td:last-child")).stream()
                .map(cell -> new BigDecimal(cell.getText().replaceAll("[^0-9,]", "").replace(",", "."))).toList();
    }

    private String ariaSort(String column) {
        return browser.findElement(By.id("sort-" + column)).findElement(By.xpath("..")).getAttribute("aria-sort");
    }

    @Test
    void noticesSortByTheAmountAskedAndDispatchesByAttemptsOnAPhone() {
        Tenant shop = newTenant("Sortiert im Browser");
        List<Map<String, Object>> claims = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            claims.add(aClaim("BS-" + i).of((30 + (i * 17) % 12 * 5) + ".00").invoicedOn("2026-10-01")
                    .dueOn("2026-10-15").owedBy(aConsumer("K-BS-" + i).named("Kundin " + i)).json());
        }
        assertThat(api.post("/api/v1/claims/batch", claims, shop.auth()).status()).isEqualTo(200);
        clock.setToday(LocalDate.of(2026, 10, 20));
        Api.Response run = api.post("/api/v1/dunning-runs", Map.of("asOf", "2026-10-20"), shop.auth());
        assertThat(run.status()).as(run.toString()).isEqualTo(201);
        long until = System.currentTimeMillis() + 30_000;
        while (api.get("/api/v1/dispatches", shop.auth()).json().size() < 12 && System.currentTimeMillis() < until) {
            Thread.onSpinWait();
        }
        clock.reset();
        logInAsAdmin();

        browser.get(url("/dunning/notices?creditor=" + shop.id()));
        assertThat(ariaSort("issuedOn")).isEqualTo("descending");
        clickAndWait(By.id("sort-asked"));
        assertThat(browser.getCurrentUrl()).contains("sort=-asked");
        assertThat(ariaSort("asked")).isEqualTo("descending");
        assertThat(ariaSort("issuedOn")).isNull();
        assertThat(askedShown()).hasSize(12).isSortedAccordingTo(Comparator.reverseOrder());
        clickAndWait(By.id("sort-asked"));
        assertThat(ariaSort("asked")).isEqualTo("ascending");
        assertThat(askedShown()).isSorted();
        assertThat(browser.findElement(By.id("export-notices-csv")).getAttribute("href")).contains("sort=asked");

        new Select(browser.findElement(By.id("notice-level"))).selectByValue("1");
        clickAndWait(By.id("notice-filter-submit"));
        assertThat(browser.getCurrentUrl()).contains("level=1").contains("sort=asked");
        assertThat(askedShown()).hasSize(12).isSorted();
        assertAccessible();

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/correspondence?creditor=" + shop.id() + "&lang=en"));
        assertThat(browser.findElement(By.id("sort-attempts")).getAttribute("textContent")).contains("Attempts");
        clickAndWait(By.id("sort-attempts"));
        assertThat(browser.getCurrentUrl()).contains("sort=-attempts");
        assertThat(ariaSort("attempts")).isEqualTo("descending");
        assertThat(browser.findElements(By.cssSelector("#dispatch-table tbody tr"))).hasSize(12);
        assertThat(browser.findElement(By.id("export-dispatches-csv")).getAttribute("href")).contains("sort=-attempts");
        Long overflow = (Long) browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow).as("the page does not scroll sideways").isLessThanOrEqualTo(0L);
        assertAccessible();
    }

    @Test
    void theCreditBalancesOnTheRefundPageSortByAmountWhileTheOtherListsKeepTheirOrder() {
        Tenant shop = newTenant("Guthaben sortiert");
        List<Map<String, Object>> claims = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            claims.add(aClaim("GS-" + i).of("10.00").invoicedOn("2026-10-01").dueOn("2026-10-15")
                    .owedBy(aConsumer("K-GS-" + i).named("Kunde " + i)).json());
        }
        assertThat(api.post("/api/v1/claims/batch", claims, shop.auth()).status()).isEqualTo(200);
        List<String> paid = List.of("14.00", "30.00", "11.00");
        for (int i = 0; i < 3; i++) {
            String id = api.get("/api/v1/claims?invoiceNumber=GS-" + i, shop.auth()).at("/items/0/id");
            api.post("/api/v1/claims/" + id + "/payments", Map.of("amount", paid.get(i), "bookingDate",
                    "2026-11-1" + i), shop.auth());
        }
        logInAsAdmin();

        browser.get(url("/payments/refunds?creditor=" + shop.id()));
        assertThat(balancesShown()).containsExactly("1,00", "20,00", "4,00");
        clickAndWait(By.id("creditBalancesSort-amount"));
        assertThat(browser.getCurrentUrl()).contains("creditBalancesSort=-amount");
        assertThat(balancesShown()).containsExactly("20,00", "4,00", "1,00");
        assertThat(browser.findElement(By.id("creditBalancesSort-amount")).findElement(By.xpath(".."))
                .getAttribute("aria-sort")).isEqualTo("descending");
        assertThat(browser.findElement(By.id("export-credit-balances-csv")).getAttribute("href"))
                .contains("creditBalancesSort=-amount");
        clickAndWait(By.id("transfersSort-total"));
        assertThat(browser.getCurrentUrl()).contains("transfersSort=-total").contains("creditBalancesSort=-amount");
        assertThat(balancesShown()).as("sorting one list leaves the others as they were")
                .containsExactly("20,00", "4,00", "1,00");
        assertAccessible();
    }

    private List<String> balancesShown() {
        return browser.findElements(By.cssSelector("#credit-balances tbody tr td:nth-child(2)")).stream()
                .map(cell -> cell.getText().replaceAll("[^0-9,]", "")).toList();
    }
}
