package de.kulant.collection;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.platform.Actor;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15, credit-bureau eligibility day by day from 2026-11-27 (§31 Abs. 2 BDSG criteria): the creditor names its
 * bureau, the first letter tells the debtor, a second letter on paper follows; four weeks after the first the claim is
 * eligible, a dispute revokes it for good; a creditor without a bureau never is; another shop sees nothing.
 */
abstract class CreditBureauContract extends AgreementScenario {

    @Autowired
    private CaseCorrespondence correspondence;

    private JsonNode eligibility(String caseId, Tenant shop) {
        return api.get("/api/v1/cases/" + caseId + "/credit-bureau", shop.auth()).json();
    }

    private static Map<String, Boolean> criteria(JsonNode eligibility) {
        Map<String, Boolean> met = new java.util.LinkedHashMap<>();
        eligibility.at("/claims/0/criteria").forEach(c -> met.put(c.get("code").asString(), c.get("met").asBoolean()));
        return met;
    }

    @Test
    void aClaimBecomesEligibleFourWeeksAfterTheFirstOfTwoLettersAndADisputeRevokesIt() {
        Tenant shop = newTenant("Mit Meldung");
        api.put("/api/v1/agreement-rules", Map.of("creditBureau", "SCHUFA Holding AG"), shop.auth());
        String[] c = caseOf(shop, "AK-1", "420.00", "2026-09-15");
        List<Map.Entry<String, List<String>>> first = letters(shop, c[0], "Auskunftei SCHUFA Holding AG");
        assertThat(first).as("the first letter tells the debtor beforehand").hasSize(1);
        assertThat(first.get(0).getKey()).contains("nur, wenn Sie die Forderung nicht bestritten haben")
                .contains("mindestens vier Wochen");

        JsonNode now = eligibility(c[1], shop);
        assertThat(now.get("bureau").asString()).isEqualTo("SCHUFA Holding AG");
        assertThat(now.get("eligible").asBoolean()).isFalse();
        assertThat(now.get("reportedAutomatically").asBoolean()).isFalse();
        assertThat(criteria(now)).containsEntry("BUREAU", true).containsEntry("OPEN", true)
                .containsEntry("UNDISPUTED", true).containsEntry("TWO_NOTICES", false)
                .containsEntry("FIRST_NOTICE_AGE", false).containsEntry("TOLD", false);

        clock.setToday(LocalDate.of(2026, 12, 4));
        correspondence.send(new CaseId(java.util.UUID.fromString(c[1])), "de", "LETTER", "NEUTRAL",
                Actor.staff("agent"));
        clock.setToday(LocalDate.of(2026, 12, 24));
        JsonNode early = eligibility(c[1], shop);
        assertThat(criteria(early)).containsEntry("TWO_NOTICES", true).containsEntry("TOLD", true)
                .containsEntry("FIRST_NOTICE_AGE", false);
        assertThat(early.at("/claims/0/criteria/4/reason").asString()).contains("from 2026-12-25");

        clock.setToday(LocalDate.of(2026, 12, 28));
        JsonNode ready = eligibility(c[1], shop);
        assertThat(ready.get("eligible").asBoolean()).as(ready.toString()).isTrue();
        assertThat(ready.at("/claims/0/eligible").asBoolean()).isTrue();

        api.post("/api/v1/cases/" + c[1] + "/disputes", Map.of("reason", "NOT_RECEIVED", "text", "Nie erhalten"),
                ADMIN);
        JsonNode revoked = eligibility(c[1], shop);
        assertThat(revoked.get("eligible").asBoolean()).isFalse();
        assertThat(criteria(revoked)).containsEntry("UNDISPUTED", false);
        assertThat(revoked.at("/claims/0/criteria/2/reason").asString()).contains("disputed on 2026-12-28");
        assertThat(api.get("/api/v1/cases/" + c[1] + "/credit-bureau", newTenant("Fremde Auskunftei").auth())
                .status()).isEqualTo(404);
    }

    @Test
    void aCreditorWithoutABureauNeverTellsAndIsNeverEligible() {
        Tenant shop = newTenant("Ohne Meldung");
        String[] c = caseOf(shop, "AK-2", "420.00", "2026-09-15");
        assertThat(letters(shop, c[0], "Auskunftei")).as("no word of a bureau").isEmpty();
        clock.setToday(LocalDate.of(2027, 2, 1));

        JsonNode later = eligibility(c[1], shop);

        assertThat(later.get("bureau").isNull()).isTrue();
        assertThat(later.get("eligible").asBoolean()).isFalse();
        assertThat(criteria(later)).containsEntry("BUREAU", false).containsEntry("TOLD", false);
        Map<String, Object> tooLong = Map.of("creditBureau", "x".repeat(101));
        assertThat(api.put("/api/v1/agreement-rules", tooLong, shop.auth()).status()).isEqualTo(422);
        assertThat(api.get("/api/v1/agreement-rules", shop.auth()).json().get("creditBureau").isNull()).isTrue();
    }
}
