package de.kulant.creditors;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.Api;
import de.kulant.support.Api.Auth;
import de.kulant.support.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The admin API for creditors and API keys. */
abstract class AdminApiContract extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    private static Map<String, Object> creditor(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("email", "rechnung@shop.example");
        body.put("address", Map.of("street", "Hafenstraße 1", "postalCode", "20457", "city", "Hamburg", "country", "DE"));
        body.put("iban", nextIban().replaceAll("(.{4})", "$1 ").strip());
        body.put("bic", "COBADEFFXXX");
        body.put("promoCode", "WELCOME-2026");
        return body;
    }

    @Test
    void createsACreditorAndListsIt() {
        Api.Response created = api.post("/api/v1/admin/creditors", creditor("Bergwerk Outdoor GmbH"), ADMIN);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.at("/id")).isNotBlank();
        assertThat(created.at("/iban")).matches("DE\\d{20}");
        assertThat(created.at("/address/city")).isEqualTo("Hamburg");
        assertThat(created.at("/promoCode")).isEqualTo("WELCOME-2026");
        assertThat(api.get("/api/v1/admin/creditors/" + created.at("/id"), ADMIN).at("/name")).isEqualTo("Bergwerk Outdoor GmbH");
        assertThat(api.get("/api/v1/admin/creditors?size=500", ADMIN).json().get("items").findValuesAsString("name"))
                .contains("Bergwerk Outdoor GmbH");
    }

    @Test
    void refusesAnInvalidIbanAndMissingFieldsAndStoresNothing() {
        Map<String, Object> bad = creditor("Falsch GmbH");
        bad.put("iban", "DE89370400440532013001");
        bad.put("email", "keine-adresse");
        bad.put("address", Map.of("street", "Weg 1", "postalCode", "123", "city", ""));
        long before = Long.parseLong(api.get("/api/v1/admin/creditors", ADMIN).at("/total"));

        Api.Response response = api.post("/api/v1/admin/creditors", bad, ADMIN);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("email", "address.postalCode", "address.city", "iban");
        assertThat(Long.parseLong(api.get("/api/v1/admin/creditors", ADMIN).at("/total"))).isEqualTo(before);
    }

    @Test
    void issuesAKeyThatIsShownOnceAndStoredOnlyAsAHash() {
        String id = api.post("/api/v1/admin/creditors", creditor("Schlüssel GmbH"), ADMIN).at("/id");

        Api.Response key = api.post("/api/v1/admin/creditors/" + id + "/api-keys", "", ADMIN);

        assertThat(key.status()).isEqualTo(201);
        assertThat(key.at("/key")).startsWith("kul_").hasSizeGreaterThan(40);
        Api.Response keys = api.get("/api/v1/admin/creditors/" + id + "/api-keys", ADMIN);
        assertThat(keys.body()).doesNotContain(key.at("/key"));
        assertThat(keys.at("/0/prefix")).isEqualTo(key.at("/key").substring(0, 12));
        assertThat(api.get("/api/v1/claims", Auth.bearer(key.at("/key"))).status()).isEqualTo(200);
    }

    @Test
    void aCreditorKeyMayNotUseTheAdminApi() {
        Tenant shop = newTenant("Kein Admin");

        assertThat(api.get("/api/v1/admin/creditors", shop.auth()).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/admin/creditors", creditor("X"), shop.auth()).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/admin/creditors/" + shop.id() + "/api-keys", "", shop.auth()).status()).isEqualTo(403);
    }

    @Test
    void theAdminApiNeedsValidStaffCredentials() {
        assertThat(api.get("/api/v1/admin/creditors", Auth.none()).status()).isEqualTo(401);
        Api.Response wrong = api.get("/api/v1/admin/creditors", Auth.basic("admin", "wrong"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void anUnknownCreditorIsNotFound() {
        String unknown = java.util.UUID.randomUUID().toString();

        assertThat(api.get("/api/v1/admin/creditors/" + unknown, ADMIN).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/admin/creditors/" + unknown + "/api-keys", "", ADMIN).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/admin/creditors/" + unknown + "/api-keys/" + unknown, ADMIN).status()).isEqualTo(404);
    }

    @Test
    void creatingACreditorIsIdempotentWithAKey() {
        Map<String, String> key = Map.of("Idempotency-Key", "creditor-" + System.nanoTime());

        Map<String, Object> body = creditor("Einmal GmbH");
        Api.Response first = api.post("/api/v1/admin/creditors", body, ADMIN, key);
        Api.Response second = api.post("/api/v1/admin/creditors", body, ADMIN, key);

        assertThat(second.at("/id")).isEqualTo(first.at("/id"));
    }

    @Test
    void anApiKeyIsNeverStoredForReplayNorShownTwice() {
        String id = api.post("/api/v1/admin/creditors", creditor("Schlüssel GmbH"), ADMIN).at("/id");
        Map<String, String> idempotency = Map.of("Idempotency-Key", "key-" + System.nanoTime());

        Api.Response first = api.post("/api/v1/admin/creditors/" + id + "/api-keys", "", ADMIN, idempotency);
        Api.Response replay = api.post("/api/v1/admin/creditors/" + id + "/api-keys", "", ADMIN, idempotency);

        assertThat(first.status()).isEqualTo(201);
        String key = first.at("/key");
        assertThat(key).startsWith("kul_");
        assertThat(first.header("Cache-Control")).contains("no-store");
        assertThat(replay.status()).isEqualTo(409);
        assertThat(replay.body()).doesNotContain(key).contains("shown only once");
        assertThat(api.get("/api/v1/admin/creditors/" + id + "/api-keys", ADMIN).json()).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from idempotency_record where withheld = true and body is null",
                Integer.class)).isPositive();
        List<byte[]> bodies = jdbc.queryForList("select body from idempotency_record where body is not null", byte[].class);
        assertThat(bodies).noneMatch(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8).contains(key));
    }

    @Test
    void twoCreditorsCannotShareAnAccount() {
        Map<String, Object> first = creditor("Erstes Konto GmbH");
        assertThat(api.post("/api/v1/admin/creditors", first, ADMIN).status()).isEqualTo(201);
        long before = Long.parseLong(api.get("/api/v1/admin/creditors", ADMIN).at("/total"));
        Map<String, Object> second = creditor("Gleiches Konto GmbH");
        second.put("iban", ((String) first.get("iban")).replace(" ", ""));

        Api.Response refused = api.post("/api/v1/admin/creditors", second, ADMIN);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.at("/detail")).contains("another creditor").contains("account of its own");
        assertThat(refused.at("/errors/0/field")).isEqualTo("iban");
        assertThat(Long.parseLong(api.get("/api/v1/admin/creditors", ADMIN).at("/total"))).isEqualTo(before);
    }
}
