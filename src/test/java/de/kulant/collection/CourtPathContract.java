package de.kulant.collection;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.Api;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15, the court path day by day from 2026-11-27: the creditor approves court action, staff export the payment
 * order application for the central dunning court of the creditor's seat with every figure to the cent, record service
 * (limitation suspended), the two-week objection period and the enforcement order (a title); disputed and time-barred
 * claims are refused; an objection sends the case to the dispute path; the limitation watch list; tenants see only
 * their own.
 */
abstract class CourtPathContract extends AgreementScenario {

    private static final String PROCEDURES = "/api/v1/court-procedures";

    /** Asks the creditor and lets it approve: the claim may go to court. */
    private void approveCourt(Tenant shop, String caseId) {
        Api.Response asked = api.post("/api/v1/cases/" + caseId + "/court-requests", "", ADMIN);
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        for (JsonNode approval : asked.json()) {
            Api.Response yes = api.post("/api/v1/approvals/" + approval.get("id").asString() + "/approve", "",
                    shop.auth());
            assertThat(yes.status()).as(yes.toString()).isEqualTo(200);
        }
    }

    private Api.Response state(String procedure, String state, String on) {
        return api.put(PROCEDURES + "/" + procedure + "/state", Map.of("state", state, "on", on), ADMIN);
    }

    @Test
    void anApprovedClaimGoesToTheCreditorsDunningCourtWithEveryFigureToTheCentAndEndsWithATitle() {
        Tenant shop = newTenant("Mahnbescheid Hamburg");
        String[] c = caseOf(shop, "MB-1", "1234.56", "2026-09-15");
        Map<String, Object> request = Map.of("claimIds", List.of(c[0]), "fileOn", "2026-12-01");

        Api.Response unapproved = api.post(PROCEDURES, request, ADMIN);
        assertThat(unapproved.status()).as(unapproved.toString()).isEqualTo(422);
        assertThat(unapproved.json().at("/errors/0/message").asString()).as(unapproved.toString())
                .contains("has not approved court action for invoice MB-1");
        assertThat(api.get(PROCEDURES + "?caseId=" + c[1], ADMIN).json().size()).as("nothing stored").isZero();
        assertThat(api.post("/api/v1/cases/" + c[1] + "/court-requests", "", shop.auth()).status())
                .as("a shop does not ask itself").isEqualTo(403);
        Api.Response asked = api.post("/api/v1/cases/" + c[1] + "/court-requests", "", ADMIN);
        JsonNode inbox = api.get("/api/v1/approvals", shop.auth()).json();
        assertThat(inbox.findValuesAsString("kind")).containsExactly("COURT");
        assertThat(inbox.at("/0/ifUnanswered").asString()).isEqualTo("WAITS");
        assertThat(inbox.at("/0/claimId").asString()).isEqualTo(c[0]);
        Tenant other = newTenant("Fremdes Gericht");
        assertThat(api.post("/api/v1/approvals/" + asked.at("/0/id") + "/approve", "", other.auth()).status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/approvals/" + asked.at("/0/id") + "/approve", "", shop.auth()).at("/status"))
                .isEqualTo("APPROVED");
        assertThat(api.post("/api/v1/cases/" + c[1] + "/court-requests", "", ADMIN).status())
                .as("asked once").isEqualTo(409);

        clock.setToday(LocalDate.of(2026, 12, 1));
        JsonNode claim = api.get("/api/v1/claims/" + c[0], shop.auth()).json();
        JsonNode balance = api.get("/api/v1/cases/" + c[1], ADMIN).json().get("balance");
        Api.Response created = api.post(PROCEDURES, request, ADMIN);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.at("/court")).as("Hamburg's seat: Amtsgericht Hamburg").isEqualTo("HAMBURG");
        assertThat(created.at("/state")).isEqualTo("PREPARED");
        assertThat(created.at("/principal")).isEqualTo("1234.56");
        // Nr. 1100 KV GKG: 0.5 × (40.00 + 2 × 21.00) of the 2025 table = 41.00, above the 38.00 minimum
        assertThat(created.at("/courtFee")).isEqualTo("41.00");
        assertThat(created.at("/feeTable")).isEqualTo("GKG 2025");
        assertThat(api.get("/api/v1/cases/" + c[1], ADMIN).at("/status")).isEqualTo("COURT");
        assertThat(timeline(c[1])).contains("COURT_APPROVAL_REQUESTED", "COURT_APPROVAL_APPROVED", "COURT_PREPARED");

        JsonNode doc = api.get(PROCEDURES + "/" + created.at("/id") + "/document", shop.auth()).json();
        assertThat(doc.at("/court/code").asString()).isEqualTo("HAMBURG");
        assertThat(doc.at("/applicant/name").asString()).isEqualTo("Mahnbescheid Hamburg");
        assertThat(doc.at("/respondent/kind").asString()).isEqualTo("CONSUMER");
        assertThat(doc.at("/mainClaims/0/invoiceNumber").asString()).isEqualTo("MB-1");
        assertThat(doc.at("/mainClaims/0/principal").asString()).isEqualTo("1234.56");
        // §288 Abs. 1 BGB: 1.27 + 5 = 6.27 % a year, act/365, from the start of default through the day before filing
        LocalDate since = LocalDate.parse(claim.get("defaultSince").asString());
        long days = ChronoUnit.DAYS.between(since, LocalDate.of(2026, 12, 1));
        String interest = new BigDecimal("1234.56").multiply(new BigDecimal("0.0627")).multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(365), 2, RoundingMode.HALF_UP).toPlainString();
        assertThat(doc.at("/interest/0/since").asString()).isEqualTo(since.toString());
        assertThat(doc.at("/interest/0/accruedThrough").asString()).isEqualTo("2026-11-30");
        assertThat(doc.at("/interest/0/accrued").asString()).isEqualTo(interest);
        assertThat(doc.at("/interest/0/pointsAboveBaseRate").asString()).isEqualTo("5");
        assertThat(doc.at("/interest/0/runningFrom").asString()).isEqualTo("2026-12-01");
        assertThat(doc.at("/ancillary/collectionCosts").asString()).isEqualTo(balance.get("costs").asString());
        assertThat(doc.at("/ancillary/dunningFees").asString()).isEqualTo(balance.get("fees").asString());
        assertThat(doc.at("/totals/total").asString()).isEqualTo(new BigDecimal("1234.56").add(new BigDecimal(interest))
                .add(new BigDecimal(balance.get("costs").asString())).add(new BigDecimal(balance.get("fees").asString()))
                .add(new BigDecimal("41.00")).toPlainString());
        JsonNode file = api.get(PROCEDURES + "/filing-file?court=HAMBURG", ADMIN).json();
        assertThat(file.get("applications").findValuesAsString("invoiceNumber")).contains("MB-1");
        assertThat(api.get(PROCEDURES + "/filing-file?court=HAMBURG", shop.auth()).status()).isEqualTo(403);
        assertThat(api.get(PROCEDURES + "/" + created.at("/id"), other.auth()).status()).isEqualTo(404);
        assertThat(api.get(PROCEDURES + "/" + created.at("/id") + "/document", other.auth()).status()).isEqualTo(404);
        assertThat(api.get(PROCEDURES + "?caseId=" + c[1], other.auth()).json().size()).isZero();
        assertThat(api.post(PROCEDURES, request, ADMIN).at("/errors/0/message")).as("one procedure at a time")
                .contains("MB-1 is before a court already");

        String id = created.at("/id");
        assertThat(state(id, "FILED", "2026-12-01").status()).isEqualTo(200);
        clock.setToday(LocalDate.of(2026, 12, 4));
        Api.Response served = state(id, "SERVED", "2026-12-04");
        assertThat(served.status()).as(served.toString()).isEqualTo(200);
        // §692 Abs. 1 Nr. 3, §701 ZPO: two weeks and six months from service
        assertThat(served.at("/deadlines/objectionEnds")).isEqualTo("2026-12-18");
        assertThat(served.at("/deadlines/enforcementFrom")).isEqualTo("2026-12-19");
        assertThat(served.at("/deadlines/enforcementBy")).isEqualTo("2027-06-04");
        JsonNode limitation = api.get("/api/v1/cases/" + c[1] + "/limitation", ADMIN).json().get(0);
        assertThat(limitation.get("suspended").asBoolean()).as("§204 Abs. 1 Nr. 3 BGB").isTrue();
        assertThat(limitation.get("endsOn").isNull()).isTrue();

        clock.setToday(LocalDate.of(2026, 12, 10));
        Api.Response tooEarly = state(id, "ENFORCEMENT_APPLIED", "2026-12-10");
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(tooEarly.json().at("/errors/0/message").asString()).as(tooEarly.toString())
                .contains("may object through 2026-12-18").contains("from 2026-12-19");
        assertThat(api.get(PROCEDURES + "/" + id, ADMIN).at("/state")).isEqualTo("SERVED");
        assertThat(state(id, "FILED", "2026-12-10").json().at("/errors/0/message").asString())
                .contains("cannot follow").contains("SERVED");
        assertThat(queueReasons(c[1])).doesNotContain("COURT_ACTION_DUE");

        runOn("2026-12-21");
        assertThat(queueReasons(c[1])).as("the objection period is over").contains("COURT_ACTION_DUE");
        assertThat(state(id, "ENFORCEMENT_APPLIED", "2026-12-21").status()).isEqualTo(200);
        clock.setToday(LocalDate.of(2027, 1, 5));
        Api.Response titled = state(id, "ENFORCEMENT_ORDER", "2027-01-05");

        assertThat(titled.status()).as(titled.toString()).isEqualTo(200);
        assertThat(titled.at("/state")).isEqualTo("ENFORCEMENT_ORDER");
        assertThat(api.get("/api/v1/cases/" + c[1] + "/limitation", ADMIN).at("/0/endsOn"))
                .as("§197 Abs. 1 Nr. 3 BGB: thirty years").isEqualTo("2057-01-05");
        assertThat(timeline(c[1])).contains("COURT_FILED", "COURT_SERVED", "COURT_ENFORCEMENT_APPLIED",
                "COURT_ENFORCEMENT_ORDER");
    }

    @Test
    void disputedTimeBarredAndMalformedRequestsAreRefusedWithNothingStored() {
        Tenant shop = newTenant("Mahnbescheid abgelehnt");
        String[] old = caseOf(shop, "MB-ALT", "200.00", "2022-06-01");
        approveCourt(shop, old[1]);
        Api.Response barred = api.post(PROCEDURES, Map.of("claimIds", List.of(old[0])), ADMIN);
        assertThat(barred.status()).as(barred.toString()).isEqualTo(422);
        assertThat(barred.json().at("/errors/0/field").asString()).isEqualTo("claimIds[0]");
        assertThat(barred.json().at("/errors/0/message").asString()).contains("MB-ALT").contains("time-barred")
                .contains("2026-01-01");

        String[] disputed = caseOf(shop, "MB-STREIT", "300.00", "2026-09-15");
        approveCourt(shop, disputed[1]);
        api.post("/api/v1/cases/" + disputed[1] + "/disputes", Map.of("reason", "DEFECTIVE", "text",
                "Ware war defekt"), ADMIN);
        Api.Response refused = api.post(PROCEDURES, Map.of("claimIds", List.of(disputed[0])), ADMIN);
        assertThat(refused.json().at("/errors/0/message").asString()).as(refused.toString())
                .contains("MB-STREIT is disputed");

        Api.Response malformed = api.post(PROCEDURES, Map.of("claimIds", List.of("nicht-eine-id"), "fileOn",
                "2026-11-01", "court", "MOND"), ADMIN);
        assertThat(malformed.status()).isEqualTo(422);
        assertThat(malformed.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("fileOn", "claimIds[0]", "court");
        assertThat(api.post(PROCEDURES, Map.of("claimIds", List.of()), ADMIN).status()).isEqualTo(422);
        assertThat(api.post(PROCEDURES, Map.of("claimIds", List.of(old[0], disputed[0])), ADMIN)
                .json().at("/errors/0/message").asString()).contains("must belong to the case");
        assertThat(api.post(PROCEDURES, Map.of("claimIds", List.of(disputed[0])), shop.auth()).status())
                .as("a shop does not file itself").isEqualTo(403);
        assertThat(api.get(PROCEDURES, shop.auth()).json().size()).as("nothing stored").isZero();
        assertThat(api.get("/api/v1/cases/" + old[1], ADMIN).at("/status")).isNotEqualTo("COURT");
    }

    @Test
    void anObjectionSendsTheCaseToTheDisputePathAndTheSuspensionEndsSixMonthsLater() {
        Tenant shop = newTenant("Widerspruch");
        String[] c = caseOf(shop, "MB-W", "480.00", "2026-09-15");
        approveCourt(shop, c[1]);
        String id = api.post(PROCEDURES, Map.of("claimIds", List.of(c[0])), ADMIN).at("/id");
        assertThat(state(id, "FILED", "2026-11-27").status()).isEqualTo(200);
        clock.setToday(LocalDate.of(2026, 12, 2));
        state(id, "SERVED", "2026-12-02");
        clock.setToday(LocalDate.of(2026, 12, 9));

        Api.Response objected = state(id, "OBJECTED", "2026-12-09");

        assertThat(objected.status()).as(objected.toString()).isEqualTo(200);
        JsonNode view = api.get("/api/v1/cases/" + c[1], ADMIN).json();
        assertThat(view.get("status").asString()).isEqualTo("DISPUTED");
        assertThat(timeline(c[1])).contains("COURT_OBJECTED", "DISPUTE_OPENED");
        assertThat(api.get("/api/v1/claims/" + c[0], shop.auth()).json().get("holds").findValuesAsString("kind"))
                .contains("DISPUTE");
        // §204 Abs. 2 BGB: suspended from filing (§167 ZPO) to six months after the last step, 2027-06-09
        JsonNode limitation = api.get("/api/v1/cases/" + c[1] + "/limitation", shop.auth()).json().get(0);
        assertThat(limitation.get("suspended").asBoolean()).isFalse();
        assertThat(limitation.get("steps").toString()).contains("2026-11-27 – 2027-06-09");
        Tenant other = newTenant("Fremder Widerspruch");
        assertThat(api.get("/api/v1/cases/" + c[1] + "/limitation", other.auth()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/cases/" + c[1] + "/deferrals", other.auth()).status()).isEqualTo(404);
        assertThat(api.put(PROCEDURES + "/" + id + "/state", Map.of("state", "WITHDRAWN", "on", "2026-12-09"),
                shop.auth()).status()).isEqualTo(403);
    }

    @Test
    void theWatchListShowsClaimsNearTheEndOfLimitationSoonestFirstAndOnlyToTheirCreditor() {
        Tenant shop = newTenant("Verjährung im Blick");
        String[] barred = caseOf(shop, "VJ-2022", "150.00", "2022-06-01");
        String[] soon = caseOf(shop, "VJ-2023", "250.00", "2023-03-01");
        caseOf(shop, "VJ-2026", "350.00", "2026-09-15");

        Api.Response list = api.get("/api/v1/limitation-watch?withinDays=60", shop.auth());

        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json().findValuesAsString("invoiceNumber")).containsExactly("VJ-2022", "VJ-2023");
        assertThat(list.json().at("/0/endsOn").asString()).isEqualTo("2025-12-31");
        assertThat(list.json().at("/0/timeBarred").asBoolean()).isTrue();
        assertThat(list.json().at("/0/caseId").asString()).isEqualTo(barred[1]);
        assertThat(list.json().at("/1/endsOn").asString()).as("§199: 31.12.2026, a Thursday").isEqualTo("2026-12-31");
        assertThat(list.json().at("/1/daysLeft").asLong()).isEqualTo(34);
        assertThat(list.json().at("/1/claimId").asString()).isEqualTo(soon[0]);
        assertThat(list.header("X-Total-Count")).isEqualTo("2");
        assertThat(api.get("/api/v1/limitation-watch?withinDays=20", shop.auth()).json()
                .findValuesAsString("invoiceNumber")).containsExactly("VJ-2022");
        assertThat(api.get("/api/v1/limitation-watch?withinDays=60", newTenant("Fremde Frist").auth()).json()
                .findValuesAsString("invoiceNumber")).doesNotContain("VJ-2022", "VJ-2023");
        assertThat(api.get("/api/v1/limitation-watch?withinDays=60&size=2000", ADMIN).json()
                .findValuesAsString("invoiceNumber")).contains("VJ-2022", "VJ-2023");
        Api.Response wrong = api.get("/api/v1/limitation-watch?withinDays=bald", shop.auth());
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().at("/errors/0/field").asString()).isEqualTo("withinDays");
    }

    @Test
    void filedOnAnotherDayThanPlannedTheDocumentStatesTheFilingDay() {
        Tenant shop = newTenant("Mahnbescheid umdatiert");
        String[] c = caseOf(shop, "MB-U", "800.00", "2026-09-15");
        approveCourt(shop, c[1]);
        String id = api.post(PROCEDURES, Map.of("claimIds", List.of(c[0]), "fileOn", "2026-12-02"), ADMIN).at("/id");
        clock.setToday(LocalDate.of(2026, 11, 30));

        Api.Response filed = state(id, "FILED", "2026-11-30");

        assertThat(filed.status()).as(filed.toString()).isEqualTo(200);
        JsonNode doc = api.get(PROCEDURES + "/" + id + "/document", ADMIN).json();
        assertThat(doc.at("/fileOn").asString()).isEqualTo("2026-11-30");
        // 0.5 × (40.00 + 21.00) = 30.50 is below the 2025 minimum of 38.00
        assertThat(doc.at("/courtFee/fee").asString()).isEqualTo("38.00");
        assertThat(doc.at("/mainClaims/0/invoiceNumber").asString()).isEqualTo("MB-U");
    }
}
