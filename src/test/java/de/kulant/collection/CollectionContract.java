package de.kulant.collection;

import static de.kulant.support.ClaimFixture.aClaim;
import static de.kulant.support.DebtorFixture.aBusiness;
import static de.kulant.support.DebtorFixture.aConsumer;
import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimsForDunning;
import de.kulant.claims.DebtorId;
import de.kulant.platform.Actor;
import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import de.kulant.support.Api;
import de.kulant.support.IntegrationTest;
import de.kulant.support.PolicyFixture;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14, items 1, 2 and 11: handed-over claims become one case per debtor and creditor, with a checked reference,
 * a portal access code for staff, and collection costs charged through the ledger within §13e RDG — for a claim the
 * shop hands over itself and for one the dunning run hands over. Today is 2026-11-27, so the RVG table of 2025 applies.
 */
abstract class CollectionContract extends IntegrationTest {

    @Autowired
    private CaseOpening opening;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private ClaimsForDunning dunning;

    /** Due 2026-09-15 from a consumer told so on the invoice: in default since 2026-10-16 (30 days, §286 Abs. 3 BGB). */
    private String overdueClaim(Tenant shop, String invoice, String customer, String amount) {
        return createClaim(shop, aClaim(invoice).of(amount).invoicedOn("2026-09-01").dueOn("2026-09-15")
                .withConsumerNotice().owedBy(aConsumer(customer).named("Erika Inkasso")).json());
    }

    private Api.Response handOver(Tenant shop, String claim) {
        return api.post("/api/v1/claims/" + claim + "/hand-over", "", shop.auth());
    }

    @Test
    void aClaimHandedOverOpensACaseWithCostsWithinTheLawAndALaterClaimJoinsIt() {
        Tenant shop = newTenant("Inkasso-Shop");
        String first = overdueClaim(shop, "IN-1", "K-IN-1", "500.00");

        Api.Response opened = handOver(shop, first);

        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        JsonNode c = opened.json();
        assertThat(CaseReference.parse(c.get("reference").asString())).isNotNull();
        assertThat(c.get("status").asString()).isEqualTo("OPEN");
        assertThat(c.get("mandateDate").asString()).isEqualTo("2026-11-27");
        assertThat(c.at("/claims/0/invoiceNumber").asString()).isEqualTo("IN-1");
        // while the first demand runs: 0.5 × 51.50 = 25.75 (Nr. 2300 VV RVG), 20 % = 5.15 (Nr. 7002 VV); no VAT for a
        // shop that deducts it
        assertThat(c.at("/balance/costs").asString()).isEqualTo("30.90");
        assertThat(c.get("costFactor").asString()).isEqualTo("0.5");
        assertThat(c.get("costs").findValuesAsString("amount")).containsExactly("25.75", "5.15");
        assertThat(c.at("/costs/0/basis").asString()).contains("Nr. 2300 VV RVG");
        assertThat(c.get("portalAccess").isNull()).as("the shop never sees the debtor's access code").isTrue();
        assertThat(api.get("/api/v1/claims/" + first, shop.auth()).at("/balance/costs")).isEqualTo("30.90");
        assertThat(api.get("/api/v1/claims/" + first, shop.auth()).at("/status")).isEqualTo("COLLECTION");

        String second = overdueClaim(shop, "IN-2", "K-IN-1", "500.00");
        Api.Response joined = handOver(shop, second);

        assertThat(joined.at("/id")).isEqualTo(c.get("id").asString());
        assertThat(joined.json().get("claims").findValuesAsString("invoiceNumber")).containsExactly("IN-1", "IN-2");
        // one matter of 1,000.00: 0.5 × 93.00 = 46.50 and 9.30, together 55.80; the first claim keeps its 30.90
        assertThat(joined.at("/balance/costs")).isEqualTo("55.80");
        assertThat(api.get("/api/v1/claims/" + second, shop.auth()).at("/balance/costs")).isEqualTo("24.90");
        JsonNode staffView = api.get("/api/v1/cases/" + c.get("id").asString(), ADMIN).json();
        assertThat(staffView.at("/portalAccess/accessCode").asString()).matches("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");
        assertThat(staffView.at("/portalAccess/url").asString()).contains("/portal?reference=" + c.get("reference").asString());
        List<String> kinds = api.get("/api/v1/cases/" + c.get("id").asString() + "/timeline", shop.auth()).json()
                .findValuesAsString("kind");
        assertThat(kinds).containsExactly("LETTER", "COSTS_CHARGED", "CLAIM_JOINED", "LETTER", "COSTS_CHARGED",
                "CASE_OPENED");
        assertThat(api.get("/api/v1/cases?status=OPEN", shop.auth()).json().findValuesAsString("reference"))
                .containsExactly(c.get("reference").asString());
        assertThat(api.get("/api/v1/claims/" + first + "/history", shop.auth()).body()).contains("costs.charged");
    }

    @Test
    void staffHandAClaimOverFromItsPageAndFindItsCaseThere() {
        Tenant shop = newTenant("Von Hand übergeben");
        String claim = overdueClaim(shop, "HB-1", "K-HB-1", "300.00");
        String notDue = createClaim(shop, aClaim("HB-2").of("90.00").invoicedOn("2026-11-20").dueOn("2026-12-20")
                .owedBy(aConsumer("K-HB-2")).json());
        de.kulant.support.StaffSession staff = de.kulant.support.StaffSession.logIn(port, "admin", ADMIN_PASSWORD);
        assertThat(staff.get("/claims/" + notDue).body()).contains("noch nicht fällig");
        staff.post("/claims/" + notDue + "/hand-over", Map.of());
        assertThat(api.get("/api/v1/claims/" + notDue, shop.auth()).at("/status")).isEqualTo("OPEN");

        assertThat(staff.get("/claims/" + claim).body()).contains("id=\"hand-over\"");
        de.kulant.support.StaffSession.Page landed = staff.post("/claims/" + claim + "/hand-over", Map.of());

        assertThat(landed.status()).isEqualTo(200);
        assertThat(landed.body()).contains("Die Forderung ist an das Inkasso übergeben.").contains("Erika Inkasso");
        JsonNode cases = api.get("/api/v1/cases", shop.auth()).json();
        assertThat(cases.findValuesAsString("invoiceNumber")).containsExactly("HB-1");
        assertThat(api.get("/api/v1/claims/" + claim, shop.auth()).at("/status")).isEqualTo("COLLECTION");
        String page = staff.get("/claims/" + claim).body();
        assertThat(page).contains("id=\"case-link\"").doesNotContain("id=\"hand-over\"");
        assertThat(staff.get("/claims/" + claim + "/case").body()).contains(cases.at("/0/reference").asString());
    }

    @Test
    void aCreditorThatCannotDeductInputTaxHasVatChargedOnTheCosts() {
        Tenant shop = newTenant("Kleinunternehmer");
        assertThat(api.put("/api/v1/admin/creditors/" + shop.id() + "/contract", Map.of("deductsInputTax", false), ADMIN)
                .at("/deductsInputTax")).isEqualTo("false");
        String claim = overdueClaim(shop, "VAT-1", "K-VAT", "500.00");

        JsonNode c = handOver(shop, claim).json();

        // 19 % of 30.90 = 5.87 (Nr. 7008 VV RVG)
        assertThat(c.get("costs").findValuesAsString("amount")).containsExactly("25.75", "5.15", "5.87");
        assertThat(c.at("/balance/costs").asString()).isEqualTo("36.77");
    }

    @Test
    void aClaimNotInDefaultGoesToCollectionWithoutCosts() {
        Tenant shop = newTenant("Ohne Verzug");
        // due 2026-09-15, but the invoice did not tell the consumer of §286 Abs. 3 BGB and no reminder was sent
        String claim = createClaim(shop, aClaim("NV-1").of("300.00").invoicedOn("2026-09-01").dueOn("2026-09-15")
                .owedBy(aConsumer("K-NV")).json());

        JsonNode c = handOver(shop, claim).json();

        assertThat(c.at("/balance/costs").asString()).isEqualTo("0.00");
        assertThat(c.get("costs").size()).isZero();
    }

    @Test
    void badHandoversAreRefusedAndNothingIsOpened() {
        Tenant shop = newTenant("Falsche Übergabe");
        Tenant other = newTenant("Anderer Shop");
        String notDue = createClaim(shop, aClaim("ND-1").of("100.00").invoicedOn("2026-11-20").dueOn("2026-12-20")
                .owedBy(aConsumer("K-ND")).json());
        String claim = overdueClaim(shop, "BH-1", "K-BH", "200.00");

        Api.Response early = handOver(shop, notDue);
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.body()).contains("claim").contains("2026-12-20");
        assertThat(handOver(other, claim).status()).isEqualTo(404);
        assertThat(handOver(shop, "00000000-0000-7000-8000-000000000000").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/cases", shop.auth()).json().size()).isZero();

        String caseId = handOver(shop, claim).at("/id");
        Api.Response twice = handOver(shop, claim);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(api.get("/api/v1/claims/" + claim, shop.auth()).at("/balance/costs")).isEqualTo("30.90");
        // another shop's case is not there for it
        assertThat(api.get("/api/v1/cases/" + caseId, other.auth()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/cases/" + caseId + "/timeline", other.auth()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/cases?creditorId=" + shop.id(), other.auth()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/cases?status=SOMETIMES", shop.auth()).status()).isEqualTo(422);
        assertThat(api.get("/api/v1/cases?after=yesterday", shop.auth()).status()).isEqualTo(422);
        JsonNode forStaff = api.get("/api/v1/cases?creditorId=" + shop.id(), ADMIN).json();
        assertThat(forStaff.size()).isEqualTo(1);
        assertThat(forStaff.at("/0/id").asString()).isEqualTo(caseId);
    }

    @Test
    void theDunningRunsHandoverOpensTheCaseByItself() throws InterruptedException {
        Tenant shop = newTenant("Mahnlauf-Inkasso");
        @SuppressWarnings("unchecked")
        Map<String, Object> standard = json.convertValue(api.get("/api/v1/dunning-policy", shop.auth()).json(), Map.class);
        Map<String, Object> policy = PolicyFixture.from(standard).onlyLevelThenHandover(Map.of("level", 1,
                "name", "Letzte Mahnung", "daysAfterDue", 5, "fee", "0.00", "channel", "LETTER", "paymentTermDays", 7,
                "announcesHandover", true), 14).json();
        assertThat(api.put("/api/v1/dunning-policy", policy, shop.auth()).status()).isEqualTo(200);
        String claim = createClaim(shop, aClaim("RUN-1").of("500.00").invoicedOn("2026-10-01").dueOn("2026-10-15")
                .owedBy(aConsumer("K-RUN")).json());
        clock.setToday(LocalDate.of(2026, 10, 20));
        api.post("/api/v1/dunning-runs", Map.of("asOf", "2026-10-20"), shop.auth());
        clock.setToday(LocalDate.of(2026, 10, 29));

        Api.Response run = api.post("/api/v1/dunning-runs", Map.of("asOf", "2026-10-29"), shop.auth());

        assertThat(run.at("/handedOver")).as(run.toString()).isEqualTo("1");
        JsonNode cases = awaitCases(shop, 1);
        assertThat(cases.at("/0/claims/0/claimId").asString()).isEqualTo(claim);
        assertThat(cases.at("/0/openedOn").asString()).isEqualTo("2026-10-29");
        // in default since the notice's deadline passed: the costs of a 500.00 matter during the first demand
        assertThat(api.get("/api/v1/claims/" + claim, shop.auth()).at("/balance/costs")).isEqualTo("30.90");
    }

    @Test
    void costsAlreadyPaidThatASetOffTakesBackAreCreditedNeverKept() throws InterruptedException {
        Tenant shop = newTenant("Grosshandel-Inkasso");
        @SuppressWarnings("unchecked")
        Map<String, Object> standard = json.convertValue(api.get("/api/v1/dunning-policy", shop.auth()).json(), Map.class);
        Map<String, Object> policy = PolicyFixture.from(standard).chargingBusinessFlatFee().onlyLevelThenHandover(
                Map.of("level", 1, "name", "Letzte Mahnung", "daysAfterDue", 5, "fee", "0.00", "channel", "LETTER",
                        "paymentTermDays", 7, "announcesHandover", true), 14).json();
        assertThat(api.put("/api/v1/dunning-policy", policy, shop.auth()).status()).isEqualTo(200);
        clock.setToday(LocalDate.of(2026, 10, 20));
        String paid = createClaim(shop, aClaim("GH-1").of("500.00").invoicedOn("2026-08-01").dueOn("2026-08-15")
                .owedBy(aBusiness("K-GH").named("Grosshandel Nord GmbH")).json());
        String open = createClaim(shop, aClaim("GH-2").of("500.00").invoicedOn("2026-08-01").dueOn("2026-08-15")
                .owedBy(aBusiness("K-GH").named("Grosshandel Nord GmbH")).json());
        String caseId = handOver(shop, paid).json().get("id").asString();
        handOver(shop, open);
        assertThat(api.get("/api/v1/claims/" + paid, shop.auth()).at("/balance/costs")).isEqualTo("30.90");
        assertThat(api.get("/api/v1/claims/" + open, shop.auth()).at("/balance/costs")).isEqualTo("24.90");
        String owed = api.get("/api/v1/claims/" + paid, shop.auth()).at("/balance/outstanding");
        api.post("/api/v1/claims/" + paid + "/payments", Map.of("amount", owed, "bookingDate", "2026-10-20"), shop.auth());
        assertThat(api.get("/api/v1/claims/" + paid, shop.auth()).at("/status")).isEqualTo("PAID");
        createClaim(shop, aClaim("GH-3").of("500.00").invoicedOn("2026-08-10").dueOn("2026-08-25")
                .owedBy(aBusiness("K-GH").named("Grosshandel Nord GmbH")).json());
        api.post("/api/v1/dunning-runs", Map.of("asOf", "2026-10-20"), shop.auth());
        clock.setToday(LocalDate.of(2026, 10, 29));
        String openBefore = api.get("/api/v1/claims/" + open, shop.auth()).at("/balance/outstanding");

        Api.Response run = api.post("/api/v1/dunning-runs", Map.of("asOf", "2026-10-29"), shop.auth());

        assertThat(run.at("/handedOver")).as(run.toString()).isEqualTo("1");
        JsonNode joined = awaitClaims(shop, caseId, 3);
        // 1,500.00 at 0.5: 67.25 + 13.45 = 80.70, less the 40.00 flat fee GH-3 carries = 40.70; 55.80 were charged,
        // so 15.10 fall away, shared by what each claim carries: 8.36 from GH-1 (paid, so refunded) and 6.74 from GH-2
        assertThat(joined.at("/balance/costs").asString()).as("what is still open: GH-2's 24.90 − 6.74")
                .isEqualTo("18.16");
        JsonNode refunds = api.get("/api/v1/payments/refunds", shop.auth()).json().get("creditBalances");
        assertThat(refunds.findValuesAsString("invoiceNumber")).containsExactly("GH-1");
        assertThat(refunds.at("/0/amount").asString()).isEqualTo("8.36");
        assertThat(api.get("/api/v1/claims/" + paid, shop.auth()).at("/status")).isEqualTo("PAID");
        assertThat(api.get("/api/v1/claims/" + open, shop.auth()).at("/balance/costs")).isEqualTo("18.16");
        assertThat(Money.eur(api.get("/api/v1/claims/" + open, shop.auth()).at("/balance/outstanding")))
                .isEqualTo(Money.eur(openBefore).minus(Money.eur("6.74")));
        assertThat(api.get("/api/v1/cases/" + caseId + "/timeline", shop.auth()).body())
                .contains("zur Erstattung vorgemerkt: 8.36 EUR");
    }

    private JsonNode awaitClaims(Tenant shop, String caseId, int count) throws InterruptedException {
        JsonNode c = api.get("/api/v1/cases/" + caseId, shop.auth()).json();
        for (int i = 0; i < 200 && c.get("claims").size() < count; i++) {
            Thread.sleep(50);
            c = api.get("/api/v1/cases/" + caseId, shop.auth()).json();
        }
        assertThat(c.get("claims").size()).as("claims in the case after the handover").isEqualTo(count);
        return c;
    }

    private JsonNode awaitCases(Tenant shop, int count) throws InterruptedException {
        JsonNode cases = api.get("/api/v1/cases", shop.auth()).json();
        for (int i = 0; i < 200 && cases.size() < count; i++) {
            Thread.sleep(50);
            cases = api.get("/api/v1/cases", shop.auth()).json();
        }
        assertThat(cases.size()).as("cases opened after the handover").isEqualTo(count);
        return cases;
    }

    @Test
    void aChunkOfHandoversOpensEachDebtorsCaseAtOnceAndJoinsTheOneAlreadyOpen() {
        Tenant shop = newTenant("Stapel-Shop");
        Tenant other = newTenant("Stapel-Shop Zwei");
        String a1 = overdueClaim(shop, "ST-1", "K-ST-A", "500.00");
        String a2 = overdueClaim(shop, "ST-2", "K-ST-A", "500.00");
        String b1 = overdueClaim(shop, "ST-3", "K-ST-B", "200.00");
        String c0 = overdueClaim(other, "ST-4", "K-ST-C", "500.00");
        String c1 = overdueClaim(other, "ST-5", "K-ST-C", "500.00");
        String openCase = handOver(other, c0).json().get("id").asString();
        List<Handover> chunk = List.of(handedOver(shop, a1), handedOver(shop, b1), handedOver(other, c1),
                handedOver(shop, a2));

        var opened = opening.open(chunk, Actor.system());

        assertThat(opened).hasSize(4);
        assertThat(opened.get(claimId(a1))).isEqualTo(opened.get(claimId(a2))).isNotEqualTo(opened.get(claimId(b1)));
        assertThat(opened.get(claimId(c1)).value().toString()).isEqualTo(openCase);
        JsonNode cases = api.get("/api/v1/cases", shop.auth()).json();
        assertThat(cases.size()).isEqualTo(2);
        // one matter of 1,000.00 for debtor A (46.50 + 9.30), one of 200.00 for B (25.75 + 5.15), each at 0.5
        assertThat(api.get("/api/v1/cases/" + opened.get(claimId(a1)).value(), shop.auth()).at("/balance/costs"))
                .isEqualTo("55.80");
        assertThat(api.get("/api/v1/cases/" + opened.get(claimId(b1)).value(), shop.auth()).at("/balance/costs"))
                .isEqualTo("30.90");
        assertThat(api.get("/api/v1/cases/" + openCase, other.auth()).at("/balance/costs")).isEqualTo("55.80");
        assertThat(lettersOf(opened.get(claimId(a1)))).isEqualTo(1);
        assertThat(lettersOf(opened.get(claimId(b1)))).isEqualTo(1);
        assertThat(lettersOf(opened.get(claimId(c1)))).as("the first demand, then one with the claim that joined")
                .isEqualTo(2);
        assertThat(opening.open(chunk, Actor.system())).as("a chunk read twice changes nothing").isEmpty();
        assertThat(api.get("/api/v1/cases/" + openCase, other.auth()).at("/balance/costs")).isEqualTo("55.80");
    }

    private Handover handedOver(Tenant shop, String claim) {
        assertThat(dunning.handOver(CreditorId.of(shop.id()), claimId(claim))).isTrue();
        UUID debtor = jdbc.sql("select debtor_id from claim where id = :id").param("id", UUID.fromString(claim))
                .query(UUID.class).single();
        return new Handover(claimId(claim), CreditorId.of(shop.id()), new DebtorId(debtor), LocalDate.of(2026, 11, 27));
    }

    private static ClaimId claimId(String claim) {
        return new ClaimId(UUID.fromString(claim));
    }

    private long lettersOf(CaseId id) {
        return jdbc.sql("select count(*) from case_letter l join collection_case c on c.reference = l.case_reference "
                        + "where c.id = :id").param("id", id.value()).query(Long.class).single();
    }

    @Test
    void aHandoverOfAClaimPaidMeanwhileOpensNoCase() {
        Tenant shop = newTenant("Zwischendurch bezahlt");
        String claim = overdueClaim(shop, "MW-1", "K-MW", "80.00");
        String owed = api.get("/api/v1/claims/" + claim, shop.auth()).at("/balance/outstanding");
        api.post("/api/v1/claims/" + claim + "/payments", Map.of("amount", owed, "bookingDate", "2026-11-27"), shop.auth());
        JsonNode paid = api.get("/api/v1/claims/" + claim, shop.auth()).json();
        assertThat(paid.get("status").asString()).isEqualTo("PAID");

        UUID debtor = jdbc.sql("select debtor_id from claim where id = :id").param("id", UUID.fromString(claim))
                .query(UUID.class).single();

        var opened = opening.open(List.of(new Handover(new ClaimId(UUID.fromString(claim)), CreditorId.of(shop.id()),
                new DebtorId(debtor), LocalDate.of(2026, 11, 27))), Actor.system());

        assertThat(opened).isEmpty();
        assertThat(api.get("/api/v1/cases", shop.auth()).json().size()).isZero();
    }

}
