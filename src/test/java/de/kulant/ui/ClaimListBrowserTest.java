package de.kulant.ui;

import static de.kulant.support.ClaimFixture.aClaim;
import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.BrowserTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The claim list sorts by its column headers (issue 13, item 6): a click sorts, a second click turns the order round,
 * the order holds while paging and searching, and the export gets the list in the order shown.
 */
class ClaimListBrowserTest extends BrowserTest {

    private List<BigDecimal> amountsShown() {
        return browser.findElements(By.cssSelector("#claims-table tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).get(5).getText())
                .map(text -> new BigDecimal(text.replaceAll("[^0-9,]", "").replace(",", ".")))
                .toList();
    }

    private void clickHeader(String field) {
        clickAndWait(By.id("sort-" + field));
    }

    @Test
    void aClickOnAColumnHeaderSortsTheListAndTheOrderHoldsOverPagesAndSearch() {
        Tenant shop = newTenant("Sortierliste");
        List<Map<String, Object>> claims = new ArrayList<>();
        for (int i = 0; i < 55; i++) {
            claims.add(aClaim("SL-" + (100 + i)).of((10 + (i * 37) % 55) + ".00").dueOn("2026-09-" + (10 + i % 15))
                    .json());
        }
        assertThat(api.post("/api/v1/claims/batch", claims, shop.auth()).status()).isEqualTo(200);
        logInAsAdmin();
        browser.get(url("/claims?creditor=" + shop.id()));
        assertThat(browser.findElement(By.id("sort-dueDate")).findElement(By.xpath("..")).getAttribute("aria-sort"))
                .isEqualTo("descending");

        clickHeader("amount");
        assertThat(browser.getCurrentUrl()).contains("sort=-amount");
        assertThat(amountsShown()).hasSize(50).isSortedAccordingTo(Comparator.reverseOrder()).startsWith(
                new BigDecimal("64.00"));
        assertThat(browser.findElement(By.id("sort-amount")).findElement(By.xpath("..")).getAttribute("aria-sort"))
                .isEqualTo("descending");
        assertThat(browser.findElement(By.id("sort-dueDate")).findElement(By.xpath("..")).getAttribute("aria-sort"))
                .isNull();

        clickHeader("amount");
        assertThat(browser.getCurrentUrl()).contains("sort=amount");
        assertThat(amountsShown()).isSorted().startsWith(new BigDecimal("10.00"), new BigDecimal("11.00"));
        assertThat(browser.findElement(By.id("export-csv")).getAttribute("href")).contains("sort=amount");

        browser.findElement(By.id("next-page")).click();
        wait.until(d -> d.getCurrentUrl().contains("after="));
        assertThat(amountsShown()).hasSize(5).isSorted().endsWith(new BigDecimal("64.00"));

        browser.get(url("/claims?creditor=" + shop.id() + "&sort=amount"));
        browser.findElement(By.id("q")).sendKeys("SL-12");
        wait.until(d -> d.getCurrentUrl().contains("q=SL-12"));
        wait.until(d -> d.findElements(By.cssSelector("#claims-table tbody tr")).size() == 10);
        assertThat(browser.getCurrentUrl()).contains("sort=amount");
        assertThat(amountsShown()).isSorted();
        assertAccessible();
    }
}
