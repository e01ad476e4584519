package de.kulant.platform;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.Api;
import de.kulant.support.Api.Auth;
import de.kulant.support.IntegrationTest;
import de.kulant.support.StaffSession;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Staff user management over the API (issue 13, item 9): admins create case workers and admins, passwords follow the
 * policy, a deactivated person is refused at once, an invitation link is shown once and works once.
 */
abstract class StaffUsersContract extends IntegrationTest {

    private static final String GOOD_PASSWORD = "Kaffee mit Milch am Morgen";

    private static String unique(String name) {
        return name + "." + Long.toString(System.nanoTime(), 36);
    }

    private Api.Response create(String username, String role, String password, String language) {
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "name", "Anna Beispiel",
                "email", username + "@kulant.example", "role", role));
        if (password != null) {
            body.put("password", password);
        }
        return api.post("/api/v1/admin/users", body, ADMIN,
                language == null ? Map.of() : Map.of("Accept-Language", language));
    }

    @Test
    void anAdminCreatesACaseWorkerWhoCanWorkButNotAdminister() {
        String name = unique("agent");
        Api.Response created = create(name, "AGENT", GOOD_PASSWORD, null);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.at("/role")).isEqualTo("AGENT");
        assertThat(created.json().get("active").asBoolean()).isTrue();
        assertThat(created.body()).doesNotContain(GOOD_PASSWORD);
        assertThat(created.json().has("invitation") && !created.json().get("invitation").isNull()).isFalse();

        Auth agent = Auth.basic(name, GOOD_PASSWORD);
        assertThat(api.get("/actuator/prometheus", agent).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/admin/users", agent).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/admin/users", ADMIN).json().findValuesAsString("username")).contains(name);
    }

    @Test
    void weakPasswordsAreRefusedWithTheReasonInTheReadersLanguage() {
        Api.Response tooShort = create(unique("kurz"), "AGENT", "Sonne123", "de");
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.at("/errors/0/field")).isEqualTo("password");
        assertThat(tooShort.at("/detail")).isEqualTo("„Passwort“ muss mindestens 12 Zeichen lang sein.");

        Api.Response common = create(unique("common"), "AGENT", "Passwort1234", "en");
        assertThat(common.status()).isEqualTo(422);
        assertThat(common.at("/detail")).isEqualTo("\"Password\" is a well-known or too simple password. Please choose another.");

        Api.Response badRole = create(unique("rolle"), "CREDITOR", GOOD_PASSWORD, "de");
        assertThat(badRole.at("/errors/0/field")).isEqualTo("role");
    }

    @Test
    void aUserNameIsTakenOnlyOnce() {
        String name = unique("doppelt");
        assertThat(create(name, "AGENT", GOOD_PASSWORD, null).status()).isEqualTo(201);
        Api.Response again = create(name.toUpperCase(java.util.Locale.ROOT), "ADMIN", GOOD_PASSWORD, "de");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.at("/detail")).contains("„" + name + "“ gibt es schon");
    }

    @Test
    void aDeactivatedPersonIsRefusedAtOnceAndCanBeReactivated() {
        String name = unique("weg");
        String id = create(name, "AGENT", GOOD_PASSWORD, null).at("/id");
        Auth agent = Auth.basic(name, GOOD_PASSWORD);
        assertThat(api.get("/actuator/prometheus", agent).status()).isEqualTo(200);

        Api.Response deactivated = api.post("/api/v1/admin/users/" + id + "/deactivate", "", ADMIN);
        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.json().get("active").asBoolean()).isFalse();
        assertThat(api.get("/actuator/prometheus", agent).status()).isEqualTo(401);

        assertThat(api.post("/api/v1/admin/users/" + id + "/reactivate", "", ADMIN).status()).isEqualTo(200);
        assertThat(api.get("/actuator/prometheus", agent).status()).isEqualTo(200);
    }

    @Test
    void nobodyDeactivatesThemselves() {
        String own = api.get("/api/v1/admin/users", ADMIN).json().findParents("username").stream()
                .filter(user -> user.get("username").asString().equals("admin")).findFirst().orElseThrow()
                .get("id").asString();
        Api.Response refused = api.post("/api/v1/admin/users/" + own + "/deactivate", "", ADMIN);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(api.get("/api/v1/admin/users", ADMIN).status()).isEqualTo(200);
    }

    @Test
    void anInvitationLinkIsShownOnceAndSetsThePasswordOnce() {
        String name = unique("eingeladen");
        Api.Response created = create(name, "AGENT", null, null);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Cache-Control")).contains("no-store");
        String link = created.at("/invitation/url");
        assertThat(link).startsWith("http://localhost:" + port + "/password/");
        assertThat(created.json().at("/invitation/mailed").asBoolean()).isTrue();
        String path = link.substring(link.indexOf("/password/"));

        // the link is not replayed: the list shows the person as invited, without the link
        String list = api.get("/api/v1/admin/users", ADMIN).body();
        assertThat(list).contains(name).doesNotContain(path);

        StaffSession anonymous = StaffSession.anonymous(port);
        assertThat(anonymous.get(path).body()).contains(name);
        assertThat(anonymous.post(path, Map.of("newPassword", "zu kurz", "repeatPassword", "zu kurz")).status())
                .isEqualTo(422);
        assertThat(anonymous.post(path, Map.of("newPassword", GOOD_PASSWORD, "repeatPassword", GOOD_PASSWORD))
                .body()).contains("login-password-set");
        assertThat(api.get("/actuator/prometheus", Auth.basic(name, GOOD_PASSWORD)).status()).isEqualTo(200);

        StaffSession.Page spent = anonymous.get(path);
        assertThat(spent.status()).isEqualTo(404);
        assertThat(anonymous.post(path, Map.of("newPassword", "Ein anderer langer Satz", "repeatPassword",
                "Ein anderer langer Satz")).status()).isEqualTo(404);
    }

    @Test
    void aResetLinkReplacesThePasswordOnlyWhenUsed() {
        String name = unique("vergessen");
        String id = create(name, "AGENT", GOOD_PASSWORD, null).at("/id");
        Api.Response reset = api.post("/api/v1/admin/users/" + id + "/password-reset", "", ADMIN);
        assertThat(reset.status()).isEqualTo(201);
        assertThat(reset.at("/purpose")).isEqualTo("RESET");
        assertThat(api.get("/actuator/prometheus", Auth.basic(name, GOOD_PASSWORD)).status()).isEqualTo(200);

        String path = reset.at("/url").substring(reset.at("/url").indexOf("/password/"));
        StaffSession anonymous = StaffSession.anonymous(port);
        anonymous.get(path);
        String next = "Regen im Herbst ist schön";
        assertThat(anonymous.post(path, Map.of("newPassword", next, "repeatPassword", next)).body())
                .contains("login-password-set");
        assertThat(api.get("/actuator/prometheus", Auth.basic(name, GOOD_PASSWORD)).status()).isEqualTo(401);
        assertThat(api.get("/actuator/prometheus", Auth.basic(name, next)).status()).isEqualTo(200);
    }
}
