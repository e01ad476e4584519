package de.kulant.claims;

import static de.kulant.support.ClaimFixture.aClaim;
import static de.kulant.support.DebtorFixture.aConsumer;
import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.Api;
import de.kulant.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Corrections after intake (issue 13, item 8): a claim written off with its reason, and the debtor's address and
 * e-mail corrected for all their claims, each audited. Claims fall due far ahead so no dunning run touches them.
 */
abstract class ClaimCorrectionsContract extends IntegrationTest {

    private String claim(Tenant shop, String invoice, String customer) {
        return createClaim(shop, aClaim(invoice).of("250.00").invoicedOn("2026-11-01").dueOn("2027-06-30")
                .owedBy(aConsumer(customer).named("Erika Muster")).json());
    }

    @Test
    void aWriteOffBooksOutWhatIsOpenWithItsReasonAndEndsTheClaim() {
        Tenant shop = newTenant("Ausbuchen");
        String id = claim(shop, "WO-1", "K-WO-1");
        assertThat(api.post("/api/v1/claims/" + id + "/payments", Map.of("amount", "50.00", "bookingDate", "2026-11-20"),
                shop.auth()).status()).isEqualTo(201);

        Api.Response written = api.post("/api/v1/claims/" + id + "/write-off",
                Map.of("date", "2026-11-27", "reason", "Insolvenz des Schuldners"), shop.auth());
        assertThat(written.status()).as(written.toString()).isEqualTo(201);
        assertThat(written.at("/status")).isEqualTo("WRITTEN_OFF");
        assertThat(written.at("/balance/outstanding")).isEqualTo("0.00");

        JsonNode ledger = api.get("/api/v1/claims/" + id + "/ledger", shop.auth()).json();
        JsonNode writeOff = ledger.findParents("kind").stream().filter(p -> p.get("kind").asString().equals("WRITE_OFF"))
                .findFirst().orElseThrow();
        assertThat(writeOff.get("amount").asString()).isEqualTo("-200.00");
        assertThat(writeOff.get("source").asString()).isEqualTo("WRITE_OFF");
        assertThat(api.get("/api/v1/claims/" + id + "/history", shop.auth()).body())
                .contains("claim.written-off").contains("Insolvenz des Schuldners");

        Api.Response again = api.post("/api/v1/claims/" + id + "/write-off",
                Map.of("date", "2026-11-27", "reason", "noch einmal"), shop.auth(), Map.of("Accept-Language", "de"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.at("/detail")).isEqualTo("Die Forderung ist erledigt; sie kann nicht mehr ausgebucht werden.");
        Api.Response inEnglish = api.post("/api/v1/claims/" + id + "/credit-notes",
                Map.of("date", "2026-11-27", "amount", "1.00", "reason", "x"), shop.auth(),
                Map.of("Accept-Language", "en"));
        assertThat(inEnglish.at("/detail")).isEqualTo("The claim has ended; a credit note is no longer possible.");
    }

    @Test
    void aWriteOffNeedsAReasonAndADateThatHasCome() {
        Tenant shop = newTenant("Ausbuchen ohne Grund");
        String id = claim(shop, "WO-2", "K-WO-2");
        Api.Response noReason = api.post("/api/v1/claims/" + id + "/write-off", Map.of("date", "2026-11-27"), shop.auth());
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.at("/errors/0/field")).isEqualTo("reason");
        Api.Response future = api.post("/api/v1/claims/" + id + "/write-off",
                Map.of("date", "2026-12-24", "reason", "uneinbringlich"), shop.auth(), Map.of("Accept-Language", "de"));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.at("/detail")).isEqualTo("„Datum“ darf nicht in der Zukunft liegen.");
        assertThat(api.get("/api/v1/claims/" + id, shop.auth()).at("/status")).isEqualTo("OPEN");
        // another creditor's claim is not there for this key
        assertThat(api.post("/api/v1/claims/" + id + "/write-off", Map.of("date", "2026-11-27", "reason", "x"),
                newTenant("Fremd").auth()).status()).isEqualTo(404);
    }

    @Test
    void aCorrectedAddressHoldsForAllClaimsOfTheDebtorAndIsInTheHistory() {
        Tenant shop = newTenant("Umzug");
        String first = claim(shop, "AD-1", "K-AD");
        String second = claim(shop, "AD-2", "K-AD");
        Map<String, Object> moved = Map.of("name", "Erika Muster", "email", "erika@neu.example",
                "address", Map.of("street", "Neue Straße 5", "postalCode", "50667", "city", "Köln", "country", "DE"));

        Api.Response changed = api.put("/api/v1/claims/" + first + "/debtor", moved, shop.auth());
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.at("/debtor/address/city")).isEqualTo("Köln");
        JsonNode other = api.get("/api/v1/claims/" + second, shop.auth()).json();
        assertThat(other.at("/debtor/address/street").asString()).isEqualTo("Neue Straße 5");
        assertThat(other.at("/debtor/email").asString()).isEqualTo("erika@neu.example");
        assertThat(api.get("/api/v1/claims/" + first + "/history", shop.auth()).body())
                .contains("debtor.contact-changed").contains("Neue Straße 5");
    }

    @Test
    void aWrongPostalCodeIsRefusedAndNothingChanges() {
        Tenant shop = newTenant("Umzug mit Fehler");
        String id = claim(shop, "AD-3", "K-AD-3");
        String before = api.get("/api/v1/claims/" + id, shop.auth()).at("/debtor/address/postalCode");
        Api.Response refused = api.put("/api/v1/claims/" + id + "/debtor", Map.of("name", "Erika Muster",
                "address", Map.of("street", "Neue Straße 5", "postalCode", "5066", "city", "Köln", "country", "DE")),
                shop.auth(), Map.of("Accept-Language", "de"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.at("/errors/0/field")).isEqualTo("address.postalCode");
        assertThat(refused.at("/detail")).isEqualTo("PLZ: Eine deutsche Postleitzahl hat fünf Ziffern.");
        assertThat(api.get("/api/v1/claims/" + id, shop.auth()).at("/debtor/address/postalCode")).isEqualTo(before);
    }
}
