package de.kulant.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven by its ChromeDriver, headless, with no network of its own. Skipped when not
 * installed, unless KULANT_REQUIRE_BROWSER=true (CI) makes that a failure.
 */
public final class Browser implements ExecutionCondition {

    static final File CHROMIUM = new File(env("KULANT_CHROMIUM", "/usr/bin/chromium"));
    static final File CHROMEDRIVER = new File(env("KULANT_CHROMEDRIVER", "/usr/bin/chromedriver"));

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (CHROMIUM.canExecute() && CHROMEDRIVER.canExecute()) {
            return ConditionEvaluationResult.enabled("Chromium found");
        }
        if ("true".equalsIgnoreCase(System.getenv("KULANT_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("KULANT_REQUIRE_BROWSER=true but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing");
        }
        String reason = "SKIPPED: browser tests need " + CHROMIUM + " and " + CHROMEDRIVER + " (apt-get install chromium chromium-driver)";
        System.err.println(reason);
        return ConditionEvaluationResult.disabled(reason);
    }

    public static ChromeDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--lang=de-DE");
        try {
            options.addArguments("--user-data-dir=" + Files.createTempDirectory("kulant-chromium"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        return driver;
    }

    /** Saves what the browser shows to target/screenshots, for looking at a failed or finished flow. */
    public static void screenshot(ChromeDriver driver, String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
