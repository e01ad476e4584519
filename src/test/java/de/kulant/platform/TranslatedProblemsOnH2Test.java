package de.kulant.platform;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.Api;
import de.kulant.support.IntegrationTest;
import de.kulant.support.OnH2;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A refused request says what is wrong in the language the client asks for (issue 13, item 2): the problem's
 * {@code detail} is a sentence naming the field as people read it; {@code errors[]} keeps the field paths a program
 * uses. Without Accept-Language the detail stays as it was. Today is 2026-11-27.
 */
@OnH2
class TranslatedProblemsOnH2Test extends IntegrationTest {

    private Api.Response runOn(Tenant shop, String asOf, String language) {
        return api.post("/api/v1/dunning-runs", Map.of("asOf", asOf), shop.auth(),
                language == null ? Map.of() : Map.of("Accept-Language", language));
    }

    @Test
    void aRunDateTooFarAheadIsRefusedInGermanOrEnglish() {
        Tenant shop = newTenant("Sprachen");

        Api.Response german = runOn(shop, "2027-01-15", "de-DE,de;q=0.9,en;q=0.5");
        assertThat(german.status()).isEqualTo(422);
        assertThat(german.at("/detail")).isEqualTo("Stichtag: Ein Mahnlauf darf nicht nach dem 27.11.2026 liegen.");
        assertThat(german.at("/errors/0/field")).isEqualTo("asOf");

        Api.Response english = runOn(shop, "2027-01-15", "en");
        assertThat(english.at("/detail")).isEqualTo("Run date: a dunning run may not lie after 27 Nov 2026.");

        Api.Response plain = runOn(shop, "2027-01-15", null);
        assertThat(plain.at("/detail")).contains("must not be after 2026-11-27");
        assertThat(plain.at("/errors/0/message")).contains("must not be after 2026-11-27");
    }

    @Test
    void aFeeThatIsNoAmountNamesTheLevelAsTheEditorShowsIt() {
        Tenant shop = newTenant("Gebühren auf Deutsch");
        @SuppressWarnings("unchecked")
        Map<String, Object> policy = json.convertValue(api.get("/api/v1/dunning-policy", shop.auth()).json(), Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> second = ((List<Map<String, Object>>) policy.get("levels")).get(1);
        second.put("fee", "fünf");

        Api.Response put = api.put("/api/v1/dunning-policy", policy, shop.auth());
        assertThat(put.status()).isEqualTo(422);
        assertThat(put.at("/errors/0/field")).isEqualTo("levels[1].fee");

        second.put("fee", "1,20");
        assertThat(api.put("/api/v1/dunning-policy", policy, shop.auth()).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/dunning-policy", shop.auth()).json().at("/levels/1/fee").asString()).isEqualTo("1.20");
    }
}
