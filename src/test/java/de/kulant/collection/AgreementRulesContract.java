package de.kulant.collection;

import static de.kulant.support.ClaimFixture.aClaim;
import static de.kulant.support.DebtorFixture.aBusiness;
import static de.kulant.support.DebtorFixture.aConsumer;
import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.platform.money.Money;
import de.kulant.support.Api;
import de.kulant.support.DebtorFixture;
import de.kulant.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15, creditor rules: the standard rules until a shop sets its own, every wrong field named with nothing stored,
 * each shop sees only its own, and an admin sets them for a shop; a plan quoted with its cost before anyone agrees.
 */
abstract class AgreementRulesContract extends IntegrationTest {

    @Test
    void aShopStartsWithRulesASmallShopCanLiveWithAndSetsItsOwn() {
        Tenant shop = newTenant("Ratenregeln");
        JsonNode standard = api.get("/api/v1/agreement-rules", shop.auth()).json();
        assertThat(standard.get("maxInstalments").asInt()).isEqualTo(12);
        assertThat(standard.get("minRate").asString()).isEqualTo("25.00");
        assertThat(standard.get("maxPauseDays").asInt()).isEqualTo(60);
        assertThat(standard.get("maxDiscountPercent").asInt()).isZero();

        Api.Response set = api.put("/api/v1/agreement-rules", Map.of("maxInstalments", 24, "minRate", "15.00",
                "maxDiscountPercent", 10, "discountFromDays", 120, "waiveInterest", true), shop.auth());

        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        JsonNode mine = api.get("/api/v1/agreement-rules", shop.auth()).json();
        assertThat(mine.get("maxInstalments").asInt()).isEqualTo(24);
        assertThat(mine.get("minRate").asString()).isEqualTo("15.00");
        assertThat(mine.get("maxPauseDays").asInt()).as("left out: the standard").isEqualTo(60);
        assertThat(mine.get("waiveInterest").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/agreement-rules", newTenant("Andere Regeln").auth()).json().get("maxInstalments")
                .asInt()).as("another shop keeps the standard").isEqualTo(12);
        assertThat(api.get("/api/v1/admin/creditors/" + shop.id() + "/agreement-rules", ADMIN).json()
                .get("maxInstalments").asInt()).isEqualTo(24);
    }

    private String handOver(Tenant shop, String invoice, DebtorFixture debtor) {
        String claim = createClaim(shop, aClaim(invoice).of("600.00").invoicedOn("2026-09-01").dueOn("2026-09-15")
                .withConsumerNotice().owedBy(debtor).json());
        return api.post("/api/v1/claims/" + claim + "/hand-over", "", shop.auth()).at("/id");
    }

    @Test
    void aSegmentOfTheStrategyGetsRulesOfItsOwnAndFollowsTheShopsAgainWhenTheyAreRemoved() {
        Tenant shop = newTenant("Segmentregeln");
        assertThat(api.put("/api/v1/collection-strategy", Map.of("champion", List.of(Map.of("day", 0, "action",
                "LETTER")), "segments", List.of(Map.of("name", "Firmen", "debtorKind", "BUSINESS", "steps",
                List.of(Map.of("day", 0, "action", "LETTER"))))), shop.auth()).status()).isEqualTo(200);
        api.put("/api/v1/agreement-rules", Map.of("creditBureau", "SCHUFA Holding AG"), shop.auth());
        Api.Response unknown = api.put("/api/v1/agreement-rules?segment=Privat", Map.of("maxPauseDays", 14),
                shop.auth());
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().at("/errors/0/field").asString()).isEqualTo("segment");

        Api.Response set = api.put("/api/v1/agreement-rules?segment=Firmen", Map.of("maxPauseDays", 14,
                "maxInstalments", 3), shop.auth());

        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        JsonNode firms = api.get("/api/v1/agreement-rules?segment=Firmen", shop.auth()).json();
        assertThat(firms.get("maxPauseDays").asInt()).isEqualTo(14);
        assertThat(firms.get("creditBureau").asString()).as("the bureau stays the shop's").isEqualTo("SCHUFA Holding AG");
        assertThat(api.get("/api/v1/agreement-rules", shop.auth()).json().get("maxPauseDays").asInt()).isEqualTo(60);
        assertThat(api.get("/api/v1/agreement-rules/segments", shop.auth()).json().get("Firmen").get("maxInstalments")
                .asInt()).isEqualTo(3);
        String business = handOver(shop, "SR-1", aBusiness("K-SR-1"));
        String consumer = handOver(shop, "SR-2", aConsumer("K-SR-2"));
        Map<String, String> month = Map.of("until", "2026-12-27", "reason", "Liquiditätsengpass");

        Api.Response firmPause = api.post("/api/v1/cases/" + business + "/deferrals", month, ADMIN);
        assertThat(firmPause.status()).as("beyond the segment's 14 days").isEqualTo(422);
        assertThat(api.post("/api/v1/cases/" + consumer + "/deferrals", month, ADMIN).status())
                .as("within the shop's 60 days").isEqualTo(201);
        assertThat(api.get("/api/v1/cases/" + business + "/deferrals", ADMIN).json().size()).as("nothing stored").isZero();
        assertThat(api.get("/api/v1/agreement-rules/segments", newTenant("Fremde Segmente").auth()).json().size())
                .isZero();

        assertThat(api.delete("/api/v1/agreement-rules?segment=Firmen", shop.auth()).status()).isEqualTo(204);
        assertThat(api.post("/api/v1/cases/" + business + "/deferrals", month, ADMIN).status())
                .as("the shop's rules again").isEqualTo(201);
        assertThat(api.delete("/api/v1/agreement-rules?segment=Firmen", shop.auth()).status()).isEqualTo(404);
    }

    @Test
    void wrongRulesAreRefusedFieldByFieldAndNothingChanges() {
        Tenant shop = newTenant("Falsche Regeln");
        api.put("/api/v1/agreement-rules", Map.of("maxInstalments", 6), shop.auth());

        Api.Response refused = api.put("/api/v1/agreement-rules", Map.of("maxInstalments", 0, "minRate", "zehn",
                "maxPauseDays", 400, "maxDiscountPercent", 80), shop.auth());

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder(
                "maxInstalments", "minRate", "maxPauseDays", "maxDiscountPercent");
        assertThat(api.get("/api/v1/agreement-rules", shop.auth()).json().get("maxInstalments").asInt()).isEqualTo(6);
        assertThat(api.put("/api/v1/admin/creditors/" + shop.id() + "/agreement-rules", Map.of("maxInstalments", 3),
                shop.auth()).status()).as("a shop cannot act as admin").isIn(401, 403, 404);
    }

    @Test
    void aPlanIsQuotedToTheCentWithTheAgreementFeeBeforeAnyoneAgrees() {
        Tenant shop = newTenant("Ratenangebot");
        api.put("/api/v1/agreement-rules", Map.of("maxInstalments", 6), shop.auth());
        String claim = createClaim(shop, aClaim("RQ-1").of("500.00").invoicedOn("2026-09-01").dueOn("2026-09-15")
                .withConsumerNotice().owedBy(aConsumer("K-RQ-1")).json());
        String caseId = api.post("/api/v1/claims/" + claim + "/hand-over", "", shop.auth()).at("/id");
        String open = api.get("/api/v1/cases/" + caseId, shop.auth()).at("/balance/outstanding");
        String quote = "/api/v1/cases/" + caseId + "/plan-quote";

        Api.Response quoted = api.post(quote, Map.of("instalments", 6, "firstDueOn", "2026-12-15"), ADMIN);

        assertThat(quoted.status()).as(quoted.toString()).isEqualTo(200);
        JsonNode q = quoted.json();
        assertThat(q.get("openBalance").asString()).isEqualTo(open);
        // value 250.00 (half of 500.00, §31b RVG): 0.7 × 51.50 = 36.05; flat rate 20 % of (25.75 + 36.05) = 12.36,
        // less the 5.15 charged = 7.21; together 43.26
        assertThat(q.get("agreementFee").findValuesAsString("amount")).containsExactly("36.05", "7.21");
        assertThat(q.get("agreementFeeTotal").asString()).isEqualTo("43.26");
        Money total = Money.eur(open).plus(Money.eur("43.26"));
        assertThat(q.get("total").asString()).isEqualTo(total.toPlainString());
        assertThat(q.get("rates").size()).isEqualTo(6);
        assertThat(q.get("rates").findValuesAsString("amount").stream().map(Money::eur).reduce(Money.zeroEur(),
                Money::plus)).isEqualTo(total);
        assertThat(q.at("/rates/5/dueOn").asString()).isEqualTo("2027-05-15");
        assertThat(q.get("withinRules").asBoolean()).isTrue();

        // 24 rates of about 24 EUR: more rates than the shop allows, each below the 25.00 minimum
        JsonNode longer = api.post(quote, Map.of("instalments", 24, "firstDueOn", "2026-12-15"), shop.auth()).json();
        assertThat(longer.get("withinRules").asBoolean()).isFalse();
        assertThat(longer.get("beyondRules").toString()).contains("maxInstalments", "minRate");

        Api.Response wrong = api.post(quote, Map.of("instalments", 0, "firstDueOn", "2026-11-01", "interval", "DAILY"),
                ADMIN);
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("instalments",
                "firstDueOn", "interval");
        assertThat(api.post(quote, Map.of("instalments", 3, "firstDueOn", "2026-12-15"),
                newTenant("Fremder Shop").auth()).status()).as("another shop's case").isEqualTo(404);
    }
}
