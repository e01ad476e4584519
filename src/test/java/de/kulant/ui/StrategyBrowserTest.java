package de.kulant.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.BrowserTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * A team lead sets a shop's collection strategy on its page (issue 14): the champion's steps by day, a challenger with
 * its share of new cases, a step out of order refused with the rows kept as typed, and the results per arm — desktop
 * and phone, axe on every state of the page.
 */
class StrategyBrowserTest extends BrowserTest {

    private void row(String arm, int index, String day, String action) {
        WebElement input = browser.findElement(By.id(arm + "-day-" + index));
        input.clear();
        input.sendKeys(day);
        new Select(browser.findElement(By.id(arm + "-action-" + index))).selectByValue(action);
    }

    @Test
    void aTeamLeadSetsChampionAndChallengerAndSeesBothArmsOnDesktopAndPhone() {
        for (Dimension size : List.of(new Dimension(1400, 900), new Dimension(390, 844))) {
            Tenant shop = newTenant("Strategie " + size.getWidth());
            browser.manage().window().setSize(size);
            logInAsAdmin();
            browser.get(url("/cases/strategy?creditor=" + shop.id()));
            assertThat(browser.findElement(By.id("champion-day-2")).getAttribute("value")).as("the standard: a call")
                    .isEqualTo("14");
            assertAccessible();

            row("challenger", 0, "0", "LETTER");
            row("challenger", 1, "3", "CALL_TASK");
            row("challenger", 2, "2", "EMAIL");
            browser.findElement(By.id("challenger-percent")).clear();
            browser.findElement(By.id("challenger-percent")).sendKeys("30");
            submitAndWait("strategy-save");
            assertThat(browser.findElement(By.id("strategy-errors")).getText()).isNotBlank();
            assertThat(browser.findElement(By.id("challenger-day-2")).getAttribute("value")).as("kept as typed")
                    .isEqualTo("2");
            assertThat(browser.findElement(By.id("challenger-percent")).getAttribute("value")).isEqualTo("30");
            assertAccessible();

            row("challenger", 2, "10", "EMAIL");
            submitAndWait("strategy-save");

            assertThat(browser.findElement(By.id("strategy-message")).getText()).isEqualTo("Die Strategie ist gespeichert.");
            JsonNode saved = api.get("/api/v1/collection-strategy", shop.auth()).json();
            assertThat(saved.get("challengerPercent").asInt()).isEqualTo(30);
            assertThat(saved.get("challenger").findValuesAsString("action")).containsExactly("LETTER", "CALL_TASK",
                    "EMAIL");
            assertThat(browser.findElement(By.id("strategy-figures")).getText()).contains("CHAMPION")
                    .contains("CHALLENGER");
            Long overflow = (Long) browser.executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(overflow).as("the page does not scroll sideways").isLessThanOrEqualTo(0L);
            assertAccessible();
            browser.manage().deleteAllCookies();
        }
    }
}
