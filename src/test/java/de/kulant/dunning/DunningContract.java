package de.kulant.dunning;

import static de.kulant.support.ClaimFixture.aClaim;
import static de.kulant.support.DebtorFixture.aBusiness;
import static de.kulant.support.DebtorFixture.aConsumer;
import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.platform.CreditorReference;
import de.kulant.support.Api;
import de.kulant.support.CrashingRuns;
import de.kulant.support.DebtorFixture;
import de.kulant.support.IntegrationTest;
import de.kulant.support.PolicyFixture;
import de.kulant.support.StaffSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Dunning runs end to end through the API, on H2 and PostgreSQL (the subclasses). */
abstract class DunningContract extends IntegrationTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 2);

    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void noMoreCrashes() {
        CrashingRuns.dieInChunk(0);
    }

    /** A consumer claim invoiced 2026-02-16, due Monday 2026-03-02, debtor in Hannover. */
    private static Map<String, Object> dueClaim(String invoiceNumber, String customerNumber) {
        return dueClaim(invoiceNumber, aConsumer(customerNumber));
    }

    private static Map<String, Object> dueClaim(String invoiceNumber, DebtorFixture debtor) {
        return aClaim(invoiceNumber).invoicedOn("2026-02-16").dueOn(DUE.toString())
                .owedBy(debtor.livingIn("Musterstraße 1", "30159", "Hannover", "DE")).json();
    }

    private Api.Response run(Tenant tenant, LocalDate asOf, boolean dryRun) {
        clock.setToday(asOf);
        return api.post("/api/v1/dunning-runs", Map.of("asOf", asOf.toString(), "dryRun", dryRun), tenant.auth());
    }

    private JsonNode notices(Tenant tenant, String claimId) {
        return api.get("/api/v1/claims/" + claimId + "/notices", tenant.auth()).json();
    }

    @Test
    void walksAClaimThroughEveryLevelDayByDayAndHandsItOver() {
        Tenant shop = newTenant("Mahnlauf Tag für Tag");
        String id = createClaim(shop, dueClaim("R-WALK", "K-1"));
        Map<LocalDate, String> changes = new LinkedHashMap<>();
        String last = "0/OPEN";
        for (LocalDate day = DUE; !day.isAfter(LocalDate.of(2026, 4, 15)); day = day.plusDays(1)) {
            Api.Response run = run(shop, day, false);
            assertThat(run.status()).as(run.toString()).isEqualTo(201);
            assertThat(run.at("/status")).isEqualTo("COMPLETED");
            Api.Response claim = api.get("/api/v1/claims/" + id, shop.auth());
            String now = claim.at("/dunningLevel") + "/" + claim.at("/status");
            if (!now.equals(last)) {
                changes.put(day, now);
                last = now;
            }
        }

        assertThat(changes).containsExactly(
                Map.entry(LocalDate.of(2026, 3, 7), "1/DUNNING"),
                Map.entry(LocalDate.of(2026, 3, 21), "2/DUNNING"),
                Map.entry(LocalDate.of(2026, 4, 4), "3/DUNNING"),
                Map.entry(LocalDate.of(2026, 4, 14), "3/COLLECTION"));

        JsonNode notices = notices(shop, id);
        assertThat(notices.size()).isEqualTo(3);
        assertThat(notices.get(0).get("payBy").asString()).isEqualTo("2026-03-16");
        assertThat(notices.get(0).get("feeReason").asString()).isEqualTo("NO_FEE_CONFIGURED");
        assertThat(notices.get(0).at("/amounts/outstanding").asString()).isEqualTo("119.00");
        // default from 2026-03-17 after the reminder; interest through the day before the notice: 4 days at
        // 6.27 % = 0.0818 → 0.08, letter fee 1.20
        assertThat(notices.get(1).at("/amounts/interest").asString()).isEqualTo("0.08");
        assertThat(notices.get(1).get("feeCharged").asString()).isEqualTo("1.20");
        assertThat(notices.get(1).get("feeReason").asString()).isEqualTo("DEBTOR_IN_DEFAULT");
        assertThat(notices.get(1).at("/amounts/outstanding").asString()).isEqualTo("120.28");
        // 18 days of interest (2026-03-17 – 04-03) = 0.3679 → 0.37, fees 1.20 + 1.20
        assertThat(notices.get(2).at("/amounts/interest").asString()).isEqualTo("0.37");
        assertThat(notices.get(2).at("/amounts/fees").asString()).isEqualTo("2.40");
        assertThat(notices.get(2).at("/amounts/outstanding").asString()).isEqualTo("121.77");
        assertThat(notices.get(2).get("announcesHandover").asBoolean()).isTrue();
        String reference = notices.get(0).get("paymentReference").asString();
        assertThat(CreditorReference.isValid(reference)).isTrue();
        assertThat(notices.findValuesAsString("paymentReference")).containsOnly(reference);
        assertThat(api.get("/api/v1/claims/" + id, shop.auth()).at("/paymentReference")).isEqualTo(reference);
        // the handover opened a case, which charged the collection costs
        awaitEvents();
        assertThat(api.get("/api/v1/claims/" + id + "/ledger", shop.auth()).json().findValuesAsString("kind"))
                .containsExactly("CLAIM", "FEE", "FEE", "COST");
    }

    @Test
    void aSecondRunForTheSameDateCreatesNothing() {
        Tenant shop = newTenant("Zweimal");
        String id = createClaim(shop, dueClaim("R-TWICE", "K-1"));

        Api.Response first = run(shop, LocalDate.of(2026, 3, 7), false);
        Api.Response second = run(shop, LocalDate.of(2026, 3, 7), false);

        assertThat(first.at("/notices/1")).isEqualTo("1");
        assertThat(second.at("/status")).isEqualTo("COMPLETED");
        assertThat(second.json().get("notices").size()).isZero();
        assertThat(notices(shop, id).size()).isEqualTo(1);
    }

    @Test
    void aRunThatDiesBetweenChunksIsCompletedByTheNextWithExactlyOneNoticePerClaimAndLevel() {
        Tenant shop = newTenant("Absturz");
        List<Map<String, Object>> claims = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            claims.add(dueClaim("R-CRASH-" + i, "K-CRASH-" + i));
        }
        api.post("/api/v1/claims/batch", claims, shop.auth());

        CrashingRuns.dieInChunk(3);
        Api.Response crashed = run(shop, LocalDate.of(2026, 3, 7), false);
        assertThat(crashed.at("/status")).isEqualTo("FAILED");
        // chunks 1 and 2 stay committed; chunk 4 may have been done on the instance's second thread meanwhile
        long survived = noticeCount(shop);
        assertThat(survived).isBetween(6L, 7L);

        CrashingRuns.dieInChunk(0);
        Api.Response resumed = run(shop, LocalDate.of(2026, 3, 7), false);
        assertThat(resumed.at("/status")).isEqualTo("COMPLETED");
        assertThat(resumed.at("/notices/1")).isEqualTo(Long.toString(10 - survived));
        assertThat(noticeCount(shop)).isEqualTo(10);
        assertThat(jdbc.queryForObject("""
                select count(*) from (select claim_id, level from notice where creditor_id = ?
                group by claim_id, level having count(*) > 1) duplicates""", Integer.class, UUID.fromString(shop.id())))
                .isZero();
        assertThat(api.get("/api/v1/dunning-runs/" + crashed.at("/id"), shop.auth()).at("/status")).isEqualTo("FAILED");
    }

    @Test
    void holdsPaymentsAndCreditNotesBetweenRunsStopEscalationAtOnce() {
        Tenant shop = newTenant("Zwischendurch");
        String held = createClaim(shop, dueClaim("R-HOLD", "K-1"));
        String paid = createClaim(shop, dueClaim("R-PAID", "K-2"));
        String credited = createClaim(shop, dueClaim("R-CREDIT", "K-3"));
        String partly = createClaim(shop, dueClaim("R-PART", "K-4"));
        Api.Response dry = run(shop, LocalDate.of(2026, 3, 7), true);
        assertThat(dry.json().get("planned").size()).isEqualTo(4);

        clock.setToday(LocalDate.of(2026, 3, 6));
        api.post("/api/v1/claims/" + held + "/holds", Map.of("kind", "DISPUTE", "reason", "Ware defekt"), shop.auth());
        api.post("/api/v1/claims/" + paid + "/payments", Map.of("amount", "119.00", "bookingDate", "2026-03-06"), shop.auth());
        api.post("/api/v1/claims/" + credited + "/credit-notes", Map.of("amount", "119.00", "date", "2026-03-06",
                "reason", "Retoure"), shop.auth());
        api.post("/api/v1/claims/" + partly + "/payments", Map.of("amount", "19.00", "bookingDate", "2026-03-06"), shop.auth());

        Api.Response run = run(shop, LocalDate.of(2026, 3, 7), false);

        assertThat(run.at("/notices/1")).isEqualTo("1");
        assertThat(run.at("/skipped/ON_HOLD")).isEqualTo("1");
        assertThat(notices(shop, held).size()).isZero();
        assertThat(notices(shop, paid).size()).isZero();
        assertThat(notices(shop, credited).size()).isZero();
        assertThat(notices(shop, partly).get(0).at("/amounts/principal").asString()).isEqualTo("100.00");
    }

    @Test
    void aCatchUpRunForAPastDateShowsTheBalanceOfThatDate() {
        Tenant shop = newTenant("Nachholen");
        String id = createClaim(shop, dueClaim("R-LATE", "K-1"));
        clock.setToday(LocalDate.of(2026, 3, 10));
        api.post("/api/v1/claims/" + id + "/payments", Map.of("amount", "19.00", "bookingDate", "2026-03-10"), shop.auth());

        Api.Response run = api.post("/api/v1/dunning-runs", Map.of("asOf", "2026-03-07"), shop.auth());

        assertThat(run.at("/notices/1")).isEqualTo("1");
        assertThat(notices(shop, id).get(0).at("/amounts/principal").asString()).isEqualTo("119.00");
        assertThat(notices(shop, id).get(0).get("issuedOn").asString()).isEqualTo("2026-03-07");
    }

    @Test
    void claimsOfOneDebtorDueTheSameDayShareOneCombinedNotice() {
        Tenant shop = newTenant("Sammelmahnung");
        String a = createClaim(shop, dueClaim("R-A", "K-SAME"));
        String b = createClaim(shop, dueClaim("R-B", "K-SAME"));
        String c = createClaim(shop, dueClaim("R-C", "K-SAME"));
        String other = createClaim(shop, dueClaim("R-OTHER", "K-OTHER"));

        run(shop, LocalDate.of(2026, 3, 7), false);

        String combined = notices(shop, a).get(0).get("combinedId").asString();
        assertThat(notices(shop, b).get(0).get("combinedId").asString()).isEqualTo(combined);
        assertThat(notices(shop, c).get(0).get("combinedId").asString()).isEqualTo(combined);
        assertThat(notices(shop, other).get(0).get("combinedId").asString()).isNotEqualTo(combined);
    }

    @Test
    void aCombinedLetterCarriesOneFeeOnItsOldestClaimOnly() {
        Tenant shop = newTenant("Eine Gebühr je Brief");
        Map<String, Object> older = dueClaim("R-OLD", "K-SAME");
        older.put("invoiceDate", "2026-02-10");
        older.put("dueDate", "2026-02-24");
        String old = createClaim(shop, older);
        String young = createClaim(shop, dueClaim("R-YOUNG", "K-SAME"));
        run(shop, LocalDate.of(2026, 3, 7), false);
        run(shop, LocalDate.of(2026, 3, 21), false);

        JsonNode oldNotice = notices(shop, old).get(1);
        JsonNode youngNotice = notices(shop, young).get(1);
        assertThat(oldNotice.get("combinedId").asString()).isEqualTo(youngNotice.get("combinedId").asString());
        assertThat(oldNotice.get("feeCharged").asString()).isEqualTo("1.20");
        assertThat(youngNotice.get("feeCharged").asString()).isEqualTo("0.00");
        assertThat(youngNotice.get("feeReason").asString()).isEqualTo("ONE_FEE_PER_LETTER");
        assertThat(api.get("/api/v1/claims/" + young, shop.auth()).at("/balance/fees")).isEqualTo("0.00");
    }

    @Test
    void aNoticeSentOnlyByEmailCarriesNoFeeButOneWithoutAnAddressGoesByPostWithIt() {
        Tenant shop = newTenant("Nur E-Mail");
        Map<String, Object> policy = standardPolicy().level(2).channel("EMAIL").and().json();
        assertThat(api.put("/api/v1/dunning-policy", policy, shop.auth()).status()).isEqualTo(200);
        String withEmail = createClaim(shop, dueClaim("R-MAIL", "K-MAIL"));
        String byPost = createClaim(shop, dueClaim("R-POST", aConsumer("K-POST").withoutEmail()));
        run(shop, LocalDate.of(2026, 3, 7), false);
        run(shop, LocalDate.of(2026, 3, 21), false);

        JsonNode mailed = notices(shop, withEmail).get(1);
        assertThat(mailed.get("feeCharged").asString()).isEqualTo("0.00");
        assertThat(mailed.get("feeReason").asString()).isEqualTo("SENT_BY_EMAIL_ONLY");
        JsonNode posted = notices(shop, byPost).get(1);
        assertThat(posted.get("feeCharged").asString()).isEqualTo("1.20");
        assertThat(posted.get("feeReason").asString()).isEqualTo("DEBTOR_IN_DEFAULT");
    }

    @Test
    void aBusinessPaysTheFlatFeeInsteadOfDunningFeesNeverBoth() {
        Tenant shop = newTenant("Verzugspauschale");
        Map<String, Object> policy = standardPolicy().chargingBusinessFlatFee().json();
        assertThat(api.put("/api/v1/dunning-policy", policy, shop.auth()).status()).isEqualTo(200);
        String id = createClaim(shop, dueClaim("R-B2B", aBusiness("K-B2B").named("Erika Mustermann")));
        for (LocalDate day : List.of(LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 21), LocalDate.of(2026, 4, 4))) {
            run(shop, day, false);
        }

        JsonNode notices = notices(shop, id);
        assertThat(notices.get(1).get("flatFee").asString()).isEqualTo("40.00");
        assertThat(notices.get(1).get("dunningFee").asString()).isEqualTo("0.00");
        assertThat(notices.get(1).get("feeCharged").asString()).isEqualTo("40.00");
        assertThat(notices.get(1).get("feeReason").asString()).isEqualTo("COVERED_BY_FLAT_FEE");
        assertThat(notices.get(2).get("feeReason").asString()).isEqualTo("COVERED_BY_FLAT_FEE");
        assertThat(api.get("/api/v1/claims/" + id, shop.auth()).at("/balance/fees")).isEqualTo("40.00");
    }

    @Test
    void aSegmentGivesRegularCustomersALaterChainAndExplainsWhy() {
        Tenant shop = newTenant("Segmente");
        Map<String, Object> policy = standardPolicy().segmentForTag("Stammkunde", "STAMMKUNDE", "FRIENDLY",
                Map.of("level", 1, "name", "Freundliche Erinnerung", "daysAfterDue", 10, "fee", "0.00",
                        "channel", "EMAIL", "paymentTermDays", 14)).json();
        assertThat(api.put("/api/v1/dunning-policy", policy, shop.auth()).status()).isEqualTo(200);
        String regularId = createClaim(shop, dueClaim("R-REGULAR", aConsumer("K-REGULAR").tagged("STAMMKUNDE")));
        String normalId = createClaim(shop, dueClaim("R-NORMAL", "K-NORMAL"));

        run(shop, LocalDate.of(2026, 3, 7), false);
        assertThat(notices(shop, normalId).size()).isEqualTo(1);
        assertThat(notices(shop, regularId).size()).isZero();

        run(shop, LocalDate.of(2026, 3, 12), false);
        JsonNode regularNotices = notices(shop, regularId);
        assertThat(regularNotices.get(0).get("segment").asString()).isEqualTo("Stammkunde");
        assertThat(regularNotices.get(0).get("tone").asString()).isEqualTo("FRIENDLY");
        assertThat(regularNotices.get(0).get("name").asString()).isEqualTo("Freundliche Erinnerung");

        Api.Response why = api.get("/api/v1/dunning-policy/segment?claimId=" + regularId, shop.auth());
        assertThat(why.at("/segment")).isEqualTo("Stammkunde");
        assertThat(why.at("/reasons/0")).isEqualTo("customer tag STAMMKUNDE");
        assertThat(api.get("/api/v1/dunning-policy/segment?claimId=" + normalId, shop.auth()).at("/segment"))
                .isEqualTo("standard");
    }

    @Test
    void theNoticeThatCausesDefaultIsFreeButAFeeIsChargedWhenTheDebtorIsInDefaultAlready() {
        Tenant shop = newTenant("Gebühren");
        Map<String, Object> policy = standardPolicy().level(1).fee("1.00").channel("LETTER").and().json();
        api.put("/api/v1/dunning-policy", policy, shop.auth());
        String consumer = createClaim(shop, dueClaim("R-CONSUMER", "K-1"));
        String businessId = createClaim(shop, aClaim("R-BUSINESS").invoicedOn("2026-02-16").dueOn(DUE.toString())
                .withCalendarDueDate().owedBy(aBusiness("K-2").named("Erika Mustermann")
                        .livingIn("Musterstraße 1", "30159", "Hannover", "DE")).json());

        run(shop, LocalDate.of(2026, 3, 7), false);

        assertThat(notices(shop, consumer).get(0).get("feeReason").asString()).isEqualTo("NOTICE_CREATES_DEFAULT");
        assertThat(notices(shop, consumer).get(0).get("feeCharged").asString()).isEqualTo("0.00");
        assertThat(notices(shop, businessId).get(0).get("feeReason").asString()).isEqualTo("DEBTOR_IN_DEFAULT");
        assertThat(notices(shop, businessId).get(0).get("feeCharged").asString()).isEqualTo("1.00");
        assertThat(api.get("/api/v1/claims/" + businessId, shop.auth()).at("/balance/fees")).isEqualTo("1.00");
    }

    @Test
    void aDryRunListsWhatItWouldDoAndWritesNothing() {
        Tenant shop = newTenant("Probelauf");
        String id = createClaim(shop, dueClaim("R-DRY", "K-1"));

        Api.Response dry = run(shop, LocalDate.of(2026, 3, 7), true);

        assertThat(dry.at("/dryRun")).isEqualTo("true");
        assertThat(dry.at("/planned/0/claimId")).isEqualTo(id);
        assertThat(dry.at("/planned/0/level")).isEqualTo("1");
        assertThat(dry.at("/planned/0/fee")).isEqualTo("0.00");
        assertThat(api.get("/api/v1/dunning-runs/" + dry.at("/id"), shop.auth()).at("/planned/0/action")).isEqualTo("NOTICE");
        assertThat(notices(shop, id).size()).isZero();
        assertThat(api.get("/api/v1/claims/" + id, shop.auth()).at("/dunningLevel")).isEqualTo("0");
    }

    @Test
    void aContractWithApprovalKeepsTheClaimUntilTheCreditorDecides() {
        Tenant shop = newTenant("Freigabe");
        assertThat(api.put("/api/v1/admin/creditors/" + shop.id() + "/contract", Map.of("handoverRequiresApproval", true),
                ADMIN).at("/handoverRequiresApproval")).isEqualTo("true");
        Map<String, Object> policy = standardPolicy().onlyLevelThenHandover(Map.of("level", 1, "name", "Letzte Mahnung",
                "daysAfterDue", 5, "fee", "0.00", "channel", "LETTER", "paymentTermDays", 7, "announcesHandover", true),
                14).json();
        api.put("/api/v1/dunning-policy", policy, shop.auth());
        String approved = createClaim(shop, dueClaim("R-YES", "K-1"));
        String declined = createClaim(shop, dueClaim("R-NO", "K-2"));
        run(shop, LocalDate.of(2026, 3, 7), false);

        Api.Response handover = run(shop, LocalDate.of(2026, 3, 17), false);

        assertThat(handover.at("/skipped/AWAITING_APPROVAL")).isEqualTo("2");
        assertThat(api.get("/api/v1/handover-approvals", shop.auth()).json().findValuesAsString("claimId"))
                .containsExactlyInAnyOrder(approved, declined);
        Api.Response firstPage = api.get("/api/v1/handover-approvals?size=1", shop.auth());
        assertThat(firstPage.json().size()).isEqualTo(1);
        String link = firstPage.header("Link");
        assertThat(link).contains("rel=\"next\"");
        Api.Response secondPage = api.get(link.substring(link.indexOf("/api/"), link.indexOf('>')), shop.auth());
        assertThat(List.of(firstPage.at("/0/claimId"), secondPage.at("/0/claimId")))
                .containsExactlyInAnyOrder(approved, declined);
        assertThat(secondPage.header("Link")).isNull();
        String page = StaffSession.logIn(port, "admin", ADMIN_PASSWORD).get("/dunning/approvals").body();
        // a person decides seeing the invoice, the debtor and what is owed
        assertThat(page).contains("R-YES").contains("R-NO").contains("auf Freigabe");
        assertThat(api.post("/api/v1/handover-approvals/" + approved + "/approve", "", shop.auth()).status()).isEqualTo(204);
        assertThat(api.post("/api/v1/handover-approvals/" + declined + "/decline", "", shop.auth()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/claims/" + approved, shop.auth()).at("/status")).isEqualTo("COLLECTION");
        // a declined handover is not a dead end: the claim goes back to the shop and dunning stops
        assertThat(api.get("/api/v1/claims/" + declined, shop.auth()).at("/status")).isEqualTo("RETURNED");
        assertThat(api.get("/api/v1/claims?status=RETURNED", shop.auth()).json().get("items").findValuesAsString("id"))
                .containsExactly(declined);
        assertThat(api.get("/api/v1/claims/" + declined + "/history", shop.auth()).body()).contains("claim.returned");
        assertThat(api.get("/api/v1/handover-approvals", shop.auth()).json().size()).isZero();
        assertThat(api.post("/api/v1/handover-approvals/" + approved + "/approve", "", shop.auth()).status()).isEqualTo(409);
        assertThat(api.post("/api/v1/handover-approvals/" + declined + "/approve", "", shop.auth()).status()).isEqualTo(409);
        assertThat(run(shop, LocalDate.of(2026, 4, 30), false).at("/evaluated")).isEqualTo("0");
        assertThat(notices(shop, declined).size()).isEqualTo(1);
        // what the debtor pays is still booked
        clock.setToday(LocalDate.of(2026, 4, 30));
        Api.Response paid = api.post("/api/v1/claims/" + declined + "/payments",
                Map.of("amount", "200.00", "bookingDate", "2026-04-30"), shop.auth());
        assertThat(paid.at("/status")).as(paid.toString()).isEqualTo("PAID");
    }

    @Test
    void refusesABadPolicyAndKeepsTheOldOne() {
        Tenant shop = newTenant("Falsche Politik");
        Map<String, Object> policy = standardPolicy().level(2).daysAfterDue(5).fee("-1.00").and()
                .level(3).fee("9.00").paymentTermDays(0).and().json();

        Api.Response response = api.put("/api/v1/dunning-policy", policy, shop.auth());

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly(
                "levels[1].daysAfterDue", "levels[1].fee", "levels[2].fee", "levels[2].paymentTermDays");
        assertThat(api.get("/api/v1/dunning-policy", shop.auth()).at("/levels/1/daysAfterDue")).isEqualTo("19");
    }

    @Test
    void refusesRunDatesInTheFutureOrBeforeTheNewestCompletedRun() {
        Tenant shop = newTenant("Falsches Datum");
        clock.setToday(LocalDate.of(2026, 3, 10));

        assertThat(api.post("/api/v1/dunning-runs", Map.of("asOf", "2026-03-11"), shop.auth()).at("/errors/0/field"))
                .isEqualTo("asOf");
        assertThat(api.post("/api/v1/dunning-runs", Map.of("asOf", "2026-03-10"), shop.auth()).status()).isEqualTo(201);
        Api.Response before = api.post("/api/v1/dunning-runs", Map.of("asOf", "2026-03-09"), shop.auth());
        assertThat(before.status()).isEqualTo(422);
        assertThat(before.at("/errors/0/message")).contains("2026-03-10");
        assertThat(api.post("/api/v1/dunning-runs", Map.of("asOf", "2026-03-09", "dryRun", true), shop.auth()).status())
                .isEqualTo(201);
        assertThat(api.post("/api/v1/dunning-runs", Map.of("asOf", "10.03.2026x"), shop.auth()).status()).isEqualTo(422);
    }

    @Test
    void anotherCreditorSeesNoneOfItsDunning() {
        Tenant a = newTenant("Mahnung A");
        Tenant b = newTenant("Mahnung B");
        String claim = createClaim(a, dueClaim("R-A", "K-1"));
        Api.Response run = run(a, LocalDate.of(2026, 3, 7), false);

        assertThat(api.get("/api/v1/dunning-runs/" + run.at("/id"), b.auth()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/claims/" + claim + "/notices", b.auth()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/dunning-policy/segment?claimId=" + claim, b.auth()).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/handover-approvals/" + claim + "/approve", "", b.auth()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/dunning-runs", b.auth()).json().size()).isZero();
        assertThat(notices(a, claim).size()).isEqualTo(1);
    }

    @Test
    void anAdminRunsForOneCreditorOrForAll() {
        Tenant shop = newTenant("Admin-Lauf");
        String claim = createClaim(shop, dueClaim("R-ADMIN", "K-1"));
        clock.setToday(LocalDate.of(2026, 3, 7));

        Api.Response one = api.post("/api/v1/admin/creditors/" + shop.id() + "/dunning-runs", Map.of(), ADMIN);
        assertThat(one.at("/creditorId")).isEqualTo(shop.id());
        assertThat(api.get("/api/v1/admin/creditors/" + shop.id() + "/claims/" + claim + "/notices", ADMIN).json().size())
                .isEqualTo(1);

        clock.setToday(LocalDate.of(2026, 11, 27));
        Api.Response all = api.post("/api/v1/dunning-runs", Map.of(), ADMIN);
        assertThat(all.at("/status")).isEqualTo("COMPLETED");
        assertThat(all.at("/creditorId")).isNull();
        assertThat(all.at("/asOf")).isEqualTo("2026-11-27");
    }

    private int noticeCount(Tenant tenant) {
        return jdbc.queryForObject("select count(*) from notice where creditor_id = ?", Integer.class,
                UUID.fromString(tenant.id()));
    }

    @SuppressWarnings("unchecked")
    private PolicyFixture standardPolicy() {
        return PolicyFixture.from(json.convertValue(api.get("/api/v1/dunning-policy", newTenantForPolicy().auth()).json(),
                Map.class));
    }

    private Tenant policyReader;

    private Tenant newTenantForPolicy() {
        if (policyReader == null) {
            policyReader = newTenant("Standard-Politik");
        }
        return policyReader;
    }
}
