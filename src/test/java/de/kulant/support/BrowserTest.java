package de.kulant.support;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A staff user in Chromium against the running application on H2. */
@OnH2
@ExtendWith(Browser.class)
public abstract class BrowserTest extends IntegrationTest {

    protected ChromeDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        // a condition that reads an element the page is just replacing is asked again, not failed
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    protected void logIn(String user, String password) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login-button")).click();
        wait.until(d -> !d.getCurrentUrl().endsWith("/login"));
    }

    protected void logInAsAdmin() {
        logIn("admin", ADMIN_PASSWORD);
    }

    /** Clicks a button that submits a form and waits until the next page has loaded in place of this one. */
    protected void submitAndWait(String buttonId) {
        clickAndWait(By.id(buttonId));
    }

    /** Clicks a link or button that loads another page and waits until that page has replaced this one. */
    protected void clickAndWait(By target) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(target).click();
        wait.until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            } catch (WebDriverException replacing) {
                // while the page is swapped Chromium may answer that the node left the document instead of "stale"
                String message = replacing.getMessage();
                return message != null && message.contains("does not belong to the document");
            }
        });
        wait.until(d -> "complete".equals(browser.executeScript("return document.readyState")));
    }

    /** Date inputs take their value in ISO form regardless of the browser's display locale. */
    protected void setDate(String id, String isoDate) {
        WebElement input = browser.findElement(By.id(id));
        browser.executeScript("arguments[0].value = arguments[1];", input, isoDate);
    }

    /** Fails with every serious or critical WCAG 2.1 AA violation axe-core finds on the page shown now. */
    protected void assertAccessible() {
        java.util.List<String> violations = Axe.seriousViolations(browser);
        org.assertj.core.api.Assertions.assertThat(violations).as("axe-core on " + browser.getCurrentUrl()).isEmpty();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
