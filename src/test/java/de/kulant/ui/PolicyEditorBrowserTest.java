package de.kulant.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.BrowserTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The policy editor keeps what was typed when something is wrong and says it next to the field; segments are a form of
 * conditions and the variant they get; the timeline's labels stay inside the picture (issue 13, item 5).
 */
class PolicyEditorBrowserTest extends BrowserTest {

    private WebElement field(String id) {
        return browser.findElement(By.id(id));
    }

    private void type(String id, String value) {
        field(id).clear();
        field(id).sendKeys(value);
    }

    private void save() {
        field("policy-save").click();
        wait.until(d -> !d.findElements(By.id("policy-errors")).isEmpty() || !d.findElements(By.id("policy-saved")).isEmpty());
    }

    @Test
    void aRefusedPolicyComesBackAsTypedWithEachMistakeAtItsFieldAndSegmentsAreAForm() {
        Tenant shop = newTenant("Editor-Shop");
        logInAsAdmin();
        browser.get(url("/dunning/policy?creditor=" + shop.id()));

        type("levels-1-fee", "5,00");
        type("levels-2-daysAfterDue", "12");
        type("segments-0-name", "Stammkunden");
        type("segments-0-when-customerTag", "STAMMKUNDE");
        type("segments-0-when-minAmount", "1.000,00");
        new org.openqa.selenium.support.ui.Select(field("segments-0-tone")).selectByValue("FIRM");
        save();

        // nothing stored, nothing lost: the fee still reads 5,00 and the segment is still there
        assertThat(field("levels-1-fee").getAttribute("value")).isEqualTo("5,00");
        assertThat(field("levels-1-fee").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field("levels-1-fee-error").getText())
                .isEqualTo("„Gebühr (Stufe 2)“ ist höher als erlaubt: höchstens 1,20 €, denn nur echte Sachkosten dürfen "
                        + "berechnet werden.");
        assertThat(field("levels-2-daysAfterDue-error").getText())
                .isEqualTo("„Tage nach Fälligkeit (Stufe 3)“ muss später liegen als die Stufe davor (19 Tage).");
        assertThat(field("levels-2-daysAfterDue").getAttribute("aria-describedby")).isEqualTo("levels-2-daysAfterDue-error");
        assertThat(field("segments-0-name").getAttribute("value")).isEqualTo("Stammkunden");
        assertThat(field("segments-0-when-minAmount").getAttribute("value")).isEqualTo("1.000,00");
        assertThat(field("policy-errors").getText()).contains("Gebühr (Stufe 2)").contains("Tage nach Fälligkeit (Stufe 3)");
        assertThat(api.get("/api/v1/dunning-policy", shop.auth()).json().at("/segments").size()).isZero();
        assertAccessible();
        de.kulant.support.Browser.screenshot(browser, "policy-refused");

        type("levels-1-fee", "1,20");
        type("levels-2-daysAfterDue", "33");
        save();
        assertThat(field("policy-saved").getText()).contains("gespeichert");
        JsonNode stored = api.get("/api/v1/dunning-policy", shop.auth()).json();
        assertThat(stored.at("/levels/1/fee").asString()).isEqualTo("1.20");
        assertThat(stored.at("/segments/0/name").asString()).isEqualTo("Stammkunden");
        assertThat(stored.at("/segments/0/when/customerTag").asString()).isEqualTo("STAMMKUNDE");
        assertThat(stored.at("/segments/0/when/minAmount").asString()).isEqualTo("1000.00");
        assertThat(stored.at("/segments/0/tone").asString()).isEqualTo("FIRM");
        // shown again in German number forms, with an empty segment to add another
        assertThat(field("levels-1-fee").getAttribute("value")).isEqualTo("1,20");
        assertThat(field("segments-0-when-minAmount").getAttribute("value")).isEqualTo("1.000,00");
        assertThat(field("segments-1-name").getAttribute("value")).isEmpty();

        field("segments-0-remove").click();
        save();
        assertThat(api.get("/api/v1/dunning-policy", shop.auth()).json().at("/segments").size()).isZero();
    }

    @Test
    void aSegmentGetsItsOwnLevelsAndEnglishPagesExplainInEnglish() {
        Tenant shop = newTenant("Editor-Segmentstufen");
        logInAsAdmin();
        browser.get(url("/dunning/policy?creditor=" + shop.id() + "&lang=en"));

        type("segments-0-name", "Business");
        new org.openqa.selenium.support.ui.Select(field("segments-0-when-debtorKind")).selectByValue("BUSINESS");
        field("segment-0").findElement(By.tagName("summary")).click();
        type("segments-0-levels-0-name", "Reminder");
        type("segments-0-levels-0-daysAfterDue", "three");
        type("segments-0-levels-0-paymentTermDays", "7");
        save();
        assertThat(field("segments-0-levels-0-daysAfterDue-error").getText())
                .isEqualTo("Days after due date (segment 1, level 1): \"three\" is not a whole number of days.");
        assertThat(field("segments-0-levels-0-name").getAttribute("value")).isEqualTo("Reminder");

        type("segments-0-levels-0-daysAfterDue", "3");
        save();
        JsonNode segment = api.get("/api/v1/dunning-policy", shop.auth()).json().at("/segments/0");
        assertThat(segment.at("/when/debtorKind").asString()).isEqualTo("BUSINESS");
        assertThat(segment.at("/levels/0/name").asString()).isEqualTo("Reminder");
        assertThat(segment.at("/levels/0/daysAfterDue").asInt()).isEqualTo(3);
        assertThat(field("segment-0").findElement(By.tagName("details")).getAttribute("open")).isNotNull();
    }

    @Test
    void theTimelineKeepsEveryLabelInsideThePictureAtDesktopAndPhoneWidth() {
        Tenant shop = newTenant("Editor-Zeitleiste");
        api.put("/api/v1/dunning-policy", Map.of("levels", List.of(
                Map.of("level", 1, "name", "Freundliche Zahlungserinnerung", "daysAfterDue", 1, "fee", "0.00",
                        "channel", "EMAIL", "paymentTermDays", 7),
                Map.of("level", 2, "name", "Letzte Mahnung vor Übergabe", "daysAfterDue", 30, "fee", "0.00",
                        "channel", "EMAIL", "paymentTermDays", 7, "announcesHandover", true)),
                "handoverDaysAfterDue", 38), shop.auth());
        logInAsAdmin();
        for (int width : List.of(1400, 390)) {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
            browser.get(url("/dunning/policy?creditor=" + shop.id()));
            @SuppressWarnings("unchecked")
            List<String> outside = (List<String>) browser.executeScript("""
                    const svg = document.querySelector('#timeline svg');
                    const box = svg.viewBox.baseVal;
                    return [...svg.querySelectorAll('text')].filter(t => {
                      const b = t.getBBox();
                      return b.x < box.x || b.y < box.y || b.x + b.width > box.x + box.width
                          || b.y + b.height > box.y + box.height;
                    }).map(t => t.textContent);""");
            assertThat(outside).as("timeline labels cut off at " + width + " px").isEmpty();
        }
    }
}
