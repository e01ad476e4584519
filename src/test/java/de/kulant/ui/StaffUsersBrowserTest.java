package de.kulant.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.BrowserTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * People who work with Kulant (issue 13, item 9): an admin invites a case worker, who sets a password with the
 * link, signs in, changes it, is signed out after half an hour without activity and at once when deactivated.
 */
class StaffUsersBrowserTest extends BrowserTest {

    private static final String FIRST = "Der Zug nach Norden fährt um acht";
    private static final String SECOND = "Im Winter trinken wir viel Tee";

    private String text(String id) {
        wait.until(d -> !d.findElements(By.id(id)).isEmpty());
        return browser.findElement(By.id(id)).getText();
    }

    private void submit(String form) {
        browser.findElement(By.cssSelector("#" + form + " button[type=submit]")).click();
    }

    private void type(String id, String value) {
        browser.findElement(By.id(id)).clear();
        browser.findElement(By.id(id)).sendKeys(value);
    }

    private void logOut() {
        browser.findElement(By.cssSelector("#session form button")).click();
        wait.until(d -> d.getCurrentUrl().contains("/login"));
    }

    @Test
    void anInvitedCaseWorkerSetsAPasswordWorksAndIsSignedOutWhenIdleOrDeactivated() {
        String name = "sb." + Long.toString(System.nanoTime(), 36);
        logInAsAdmin();
        browser.get(url("/admin/users"));
        type("username", "Sabine B");
        type("email", "sabine@firma");
        submit("user-form");
        // the form comes back with the input kept and every mistake said in German
        assertThat(text("user-errors")).contains("„Benutzername“ darf nur Kleinbuchstaben")
                .contains("„sabine@firma“ ist keine E-Mail-Adresse");
        assertThat(browser.findElement(By.id("email")).getAttribute("value")).isEqualTo("sabine@firma");

        type("username", name);
        type("name", "Sabine Berger");
        type("email", name + "@kulant.example");
        submit("user-form");
        assertThat(text("user-created")).contains(name);
        assertThat(text("link-mailed")).contains("per E-Mail");
        String link = browser.findElement(By.id("link-url")).getAttribute("value");
        assertThat(browser.findElement(By.cssSelector("tr[data-user='" + name + "']")).getText())
                .contains("Sabine Berger").contains("Sachbearbeitung").contains("eingeladen");
        logOut();

        browser.get(link);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(name);
        type("newPassword", "Passwort1234");
        type("repeatPassword", "Passwort1234");
        submit("set-password-form");
        assertThat(text("password-errors")).isEqualTo("„Neues Passwort“ ist ein bekanntes oder zu einfaches Passwort. "
                + "Bitte wählen Sie ein anderes.");
        type("newPassword", FIRST);
        type("repeatPassword", FIRST);
        submit("set-password-form");
        assertThat(text("login-password-set")).contains("Passwort ist gespeichert");

        logIn(name, FIRST);
        assertThat(browser.getCurrentUrl()).endsWith("/dashboard");
        assertThat(browser.findElements(By.id("nav-users"))).isEmpty();
        browser.get(url("/admin/users"));
        assertThat(browser.findElements(By.id("users-table"))).isEmpty();

        browser.get(url("/account/password?lang=en"));
        type("currentPassword", "not my password");
        type("newPassword", SECOND);
        type("repeatPassword", SECOND);
        submit("password-form");
        assertThat(text("password-errors")).isEqualTo("The current password is not right.");
        type("currentPassword", FIRST);
        type("newPassword", SECOND);
        type("repeatPassword", SECOND);
        submit("password-form");
        assertThat(text("password-changed")).contains("Your password was changed");
        browser.get(url("/claims?lang=de"));
        assertThat(browser.getCurrentUrl()).endsWith("/claims?lang=de");

        // thirty-one minutes without a request end the session
        clock.advance(Duration.ofMinutes(31));
        browser.get(url("/claims"));
        assertThat(browser.getCurrentUrl()).contains("/login?timeout");
        assertThat(text("login-timeout")).contains("ohne Aktivität abgemeldet");

        logIn(name, SECOND);
        String id = api.get("/api/v1/admin/users", ADMIN).json().findParents("username").stream()
                .filter(user -> user.get("username").asString().equals(name)).findFirst().orElseThrow()
                .get("id").asString();
        assertThat(api.post("/api/v1/admin/users/" + id + "/deactivate", "", ADMIN).status()).isEqualTo(200);
        browser.get(url("/claims"));
        assertThat(browser.getCurrentUrl()).contains("/login?ended");
        assertThat(text("login-ended")).contains("Sitzung wurde beendet");
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(SECOND);
        browser.findElement(By.id("login-button")).click();
        wait.until(d -> d.getCurrentUrl().contains("/login?error"));
    }

    @Test
    void anAdminResetsAPasswordAndDeactivatesFromTheList() {
        String name = "reset." + Long.toString(System.nanoTime(), 36);
        assertThat(api.post("/api/v1/admin/users", java.util.Map.of("username", name, "role", "AGENT",
                "password", FIRST), ADMIN).status()).isEqualTo(201);
        logInAsAdmin();
        browser.get(url("/admin/users"));
        browser.findElement(By.cssSelector("tr[data-user='" + name + "'] form[action$='password-reset'] button")).click();
        assertThat(text("shown-link")).contains("Neues Passwort für " + name);
        // no e-mail address is known: the admin is told to pass the link on
        assertThat(text("link-not-mailed")).contains("nicht per E-Mail");
        assertThat(browser.findElement(By.id("link-url")).getAttribute("value")).contains("/password/");

        browser.findElement(By.cssSelector("tr[data-user='" + name + "'] form[action$='deactivate'] button")).click();
        assertThat(text("user-deactivated")).contains(name);
        assertThat(browser.findElement(By.cssSelector("tr[data-user='" + name + "']")).getText()).contains("deaktiviert");
        // the reset link died with the deactivation
        assertThat(browser.findElements(By.cssSelector("tr[data-user='" + name + "'] form[action$='password-reset']")))
                .isEmpty();
        assertThat(browser.findElements(By.cssSelector("tr[data-user='admin'] form[action$='deactivate']"))).isEmpty();
        assertAccessible();
    }
}
