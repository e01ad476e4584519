package de.kulant.collection;

import static de.kulant.support.ClaimFixture.aClaim;
import static de.kulant.support.DebtorFixture.aBusiness;
import static de.kulant.support.DebtorFixture.aConsumer;
import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.Api;
import de.kulant.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14, item 8: the strategy between human touches, run day by day by the collection run (as of a day, dry,
 * repeated), and champion against challenger with stable arms and figures; bad strategies refused whole.
 */
abstract class StrategyContract extends IntegrationTest {

    private String[] caseOf(Tenant shop, String invoice) {
        String claim = createClaim(shop, aClaim(invoice).of("200.00").invoicedOn("2026-09-01").dueOn("2026-09-15")
                .withConsumerNotice().owedBy(aConsumer("K-" + invoice)).json());
        return new String[] {claim, api.post("/api/v1/claims/" + claim + "/hand-over", "", shop.auth()).at("/id")};
    }

    private Api.Response run(String asOf, boolean dryRun) {
        clock.setToday(java.time.LocalDate.parse(asOf));
        return api.post("/api/v1/collection-runs", Map.of("asOf", asOf, "dryRun", dryRun), ADMIN);
    }

    private List<String> timeline(String caseId) {
        return api.get("/api/v1/cases/" + caseId + "/timeline", ADMIN).json().findValuesAsString("kind");
    }

    private int dispatches(Tenant shop) {
        return api.get("/api/v1/dispatches", shop.auth()).json().size();
    }

    @Test
    void aBadStrategyIsRefusedWholeAndTheStandardStays() {
        Tenant shop = newTenant("Strategie falsch");
        List<Map<String, Object>> steps = List.of(Map.of("day", 0, "action", "LETTER"), Map.of("day", 7, "action", "EMAIL"),
                Map.of("day", 5, "action", "CALL_TASK"), Map.of("day", -1, "action", "REVIEW"));

        Api.Response refused = api.put("/api/v1/collection-strategy", Map.of("champion", steps), shop.auth());

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").findValuesAsString("field")).contains("champion[2].day", "champion[3].day");
        assertThat(api.put("/api/v1/collection-strategy", Map.of("champion", List.of(Map.of("day", 0, "action", "LETTER")),
                "challengerPercent", 60), shop.auth()).status()).isEqualTo(422);
        assertThat(api.put("/api/v1/collection-strategy", Map.of("champion", List.of(Map.of("day", 3, "action", "EMAIL"))),
                shop.auth()).status()).isEqualTo(422);
        assertThat(api.get("/api/v1/collection-strategy", shop.auth()).json().get("champion").findValuesAsString("action"))
                .containsExactly("LETTER", "EMAIL", "CALL_TASK", "LETTER", "REVIEW");
        assertThat(api.post("/api/v1/collection-runs", Map.of("asOf", "2026-12-01"), shop.auth()).status()).isEqualTo(403);
    }

    @Test
    void theStandardStrategyRemindsByEmailThenAsksForACallDayByDayAndOnlyOnce() {
        Tenant shop = newTenant("Strategie Tag für Tag");
        String[] c = caseOf(shop, "ST-1");
        int afterOpening = dispatches(shop);

        JsonNode dry = run("2026-12-04", true).json();
        assertThat(dry.get("steps").findValuesAsString("caseId")).contains(c[1]);
        assertThat(dispatches(shop)).isEqualTo(afterOpening);
        assertThat(timeline(c[1])).doesNotContain("EMAIL");

        run("2026-12-04", false);
        run("2026-12-04", false);
        assertThat(timeline(c[1]).stream().filter("EMAIL"::equals)).hasSize(1);
        assertThat(dispatches(shop)).as("a reminder by e-mail alone").isEqualTo(afterOpening + 1);

        run("2026-12-11", false);
        assertThat(timeline(c[1])).startsWith("TASK");
        assertThat(api.get("/api/v1/work-queue?assignee=admin", ADMIN).json().findValuesAsString("code")).isNotNull();
        assertThat(api.post("/api/v1/cases/" + c[1] + "/activities", Map.of("kind", "CALL", "outcome", "NOT_REACHED"),
                ADMIN).status()).isEqualTo(201);

        // a case waiting for a promise takes no step; after a missed run only the latest step runs
        String[] waiting = caseOf(shop, "ST-2");
        api.post("/api/v1/cases/" + waiting[1] + "/promises", Map.of("amount", "10.00", "dueOn", "2027-01-30"), ADMIN);
        JsonNode late = run("2026-12-30", false).json();
        assertThat(late.get("steps").findValuesAsString("caseId")).doesNotContain(waiting[1]);
        assertThat(late.get("steps").findValuesAsString("action")).contains("LETTER");
        assertThat(timeline(c[1]).stream().filter("LETTER"::equals)).hasSize(2);
    }

    @Test
    void theChannelADebtorAskedForWinsOverTheStrategys() {
        Tenant shop = newTenant("Wunschkanal");
        String[] c = caseOf(shop, "WK-1");
        String preference = "/api/v1/cases/" + c[1] + "/preferred-channel";
        Api.Response wrong = api.put(preference, Map.of("channel", "FAX"), ADMIN);
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().get("errors").findValuesAsString("field")).containsExactly("channel");
        assertThat(api.put(preference, Map.of("channel", "LETTER"), shop.auth()).status())
                .as("the shop does not decide how its customer is written to").isEqualTo(403);
        assertThat(api.get("/api/v1/cases/" + c[1], ADMIN).json().at("/debtor/preferredChannel").isNull()).isTrue();

        Api.Response chosen = api.put(preference, Map.of("channel", "letter"), ADMIN);

        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
        assertThat(chosen.at("/debtor/preferredChannel")).isEqualTo("LETTER");
        List<String> before = api.get("/api/v1/dispatches", shop.auth()).json().findValuesAsString("channel");
        // day 7 of the standard strategy is a reminder by e-mail: this debtor gets it on paper
        run("2026-12-04", false);
        List<String> after = api.get("/api/v1/dispatches", shop.auth()).json().findValuesAsString("channel");
        assertThat(after).hasSize(before.size() + 1);
        assertThat(after.stream().filter("LETTER"::equals)).hasSize((int) before.stream().filter("LETTER"::equals)
                .count() + 1);
        assertThat(timeline(c[1])).startsWith("LETTER");
    }

    @Test
    void businessDebtorsFollowTheirSegmentsStrategyAndConsumersTheChampion() {
        Tenant shop = newTenant("Segmente");
        List<Map<String, Object>> quickCall = List.of(Map.of("day", 0, "action", "LETTER"),
                Map.of("day", 3, "action", "CALL_TASK"));
        Api.Response refused = api.put("/api/v1/collection-strategy", Map.of("champion", List.of(Map.of("day", 0,
                "action", "LETTER")), "segments", List.of(Map.of("name", "Alle", "steps", quickCall))), shop.auth());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("segments[0].name");

        Api.Response set = api.put("/api/v1/collection-strategy", Map.of("champion", List.of(Map.of("day", 0,
                "action", "LETTER"), Map.of("day", 10, "action", "EMAIL")), "segments", List.of(Map.of(
                "name", "Geschäftskunden", "debtorKind", "BUSINESS", "steps", quickCall))), shop.auth());
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().at("/segments/0/debtorKind").asString()).isEqualTo("BUSINESS");
        String consumer = caseOf(shop, "SG-1")[1];
        String claim = createClaim(shop, aClaim("SG-2").of("800.00").invoicedOn("2026-09-01").dueOn("2026-09-15")
                .owedBy(aBusiness("K-SG-2").named("Grosshandel Süd GmbH")).json());
        String business = api.post("/api/v1/claims/" + claim + "/hand-over", "", shop.auth()).at("/id");

        JsonNode day3 = run("2026-11-30", false).json();

        assertThat(day3.get("steps").findValuesAsString("caseId")).contains(business).doesNotContain(consumer);
        assertThat(timeline(business)).startsWith("TASK");
        assertThat(api.get("/api/v1/collection-strategy/figures", shop.auth()).json().findValuesAsString("arm"))
                .containsExactly("CHAMPION", "CHALLENGER", "SEGMENT:Geschäftskunden");
    }

    @Test
    void aChallengerGetsItsShareOfNewCasesAndBothArmsAreCompared() {
        Tenant shop = newTenant("Champion gegen Herausforderer");
        List<Map<String, Object>> quick = List.of(Map.of("day", 0, "action", "LETTER"), Map.of("day", 3, "action", "CALL_TASK"));
        Api.Response set = api.put("/api/v1/collection-strategy", Map.of("champion", List.of(Map.of("day", 0, "action", "LETTER"),
                Map.of("day", 10, "action", "LETTER")), "challenger", quick, "challengerPercent", 50), shop.auth());
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        for (int i = 0; i < 24; i++) {
            String[] c = caseOf(shop, "CC-" + i);
            if (i % 3 == 0) {
                String owed = api.get("/api/v1/claims/" + c[0], shop.auth()).at("/balance/outstanding");
                api.post("/api/v1/claims/" + c[0] + "/payments", Map.of("amount", owed, "bookingDate", "2026-11-27"),
                        shop.auth());
            }
        }
        awaitEvents();

        JsonNode figures = api.get("/api/v1/collection-strategy/figures", shop.auth()).json();

        assertThat(figures.findValuesAsString("arm")).containsExactly("CHAMPION", "CHALLENGER");
        int champion = figures.at("/0/cases").asInt();
        int challenger = figures.at("/1/cases").asInt();
        assertThat(champion + challenger).isEqualTo(24);
        assertThat(champion).isPositive();
        assertThat(challenger).isPositive();
        assertThat(figures.at("/0/paid").asInt() + figures.at("/1/paid").asInt()).isEqualTo(8);
        for (JsonNode arm : figures) {
            assertThat(arm.get("rateLow").asDouble()).isLessThanOrEqualTo(arm.get("recoveryRate").asDouble());
            assertThat(arm.get("rateHigh").asDouble()).isGreaterThanOrEqualTo(arm.get("recoveryRate").asDouble());
        }
    }
}
