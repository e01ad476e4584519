package de.kulant.collection;

import static de.kulant.support.ClaimFixture.aClaim;
import static de.kulant.support.DebtorFixture.aConsumer;
import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.correspondence.internal.Dispatcher;
import de.kulant.support.Api;
import de.kulant.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14, items 4, 6, 7 and 9 through the API, day by day: promises kept by a payment and broken by the run, a
 * dispute stopping the letter and resolved both ways, calls and notes, assignment by a team lead and the work queue
 * with its reasons; and every bad input of the issue refused with nothing stored.
 */
abstract class CaseWorkContract extends IntegrationTest {

    private static final String PASSWORD = "Sachbearbeitung-2026!";

    @Autowired
    private CollectionRun collectionRun;

    @Autowired
    private Dispatcher dispatcher;

    @Autowired
    private JdbcClient jdbc;

    private Api.Auth agent(String name) {
        Api.Response created = api.post("/api/v1/admin/users", Map.of("username", name, "role", "AGENT",
                "password", PASSWORD), ADMIN);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return Api.Auth.basic(name, PASSWORD);
    }

    private static String unique(String name) {
        return name + "." + Long.toString(System.nanoTime(), 36);
    }

    private String[] caseOf(Tenant shop, String invoice, String amount) {
        String claim = createClaim(shop, aClaim(invoice).of(amount).invoicedOn("2026-09-01").dueOn("2026-09-15")
                .withConsumerNotice().owedBy(aConsumer("K-" + invoice)).json());
        return new String[] {claim, api.post("/api/v1/claims/" + claim + "/hand-over", "", shop.auth()).at("/id")};
    }

    private JsonNode queueOf(Api.Auth who) {
        return api.get("/api/v1/work-queue", who).json();
    }

    private List<String> timeline(String caseId) {
        return api.get("/api/v1/cases/" + caseId + "/timeline", ADMIN).json().findValuesAsString("kind");
    }

    private void awaitTimeline(String caseId, String kind) throws InterruptedException {
        for (int i = 0; i < 200 && !timeline(caseId).contains(kind); i++) {
            Thread.sleep(50);
        }
        assertThat(timeline(caseId)).contains(kind);
    }

    @Test
    void aKeptPromiseWaitsAndABrokenOneSendsTheCaseToTheTopOfTheQueue() throws InterruptedException {
        Tenant shop = newTenant("Versprechen");
        String name = unique("agent.promise");
        Api.Auth agent = agent(name);
        String[] big = caseOf(shop, "PR-1", "500.00");
        String[] small = caseOf(shop, "PR-2", "120.00");
        for (String[] c : List.of(big, small)) {
            assertThat(api.post("/api/v1/cases/" + c[1] + "/assign", Map.of("agent", name), ADMIN).at("/assignee"))
                    .isEqualTo(name);
        }
        String promises = "/api/v1/cases/" + small[1] + "/promises";
        assertThat(api.post(promises, Map.of("amount", "50.00", "dueOn", "2026-11-26"), agent).status()).isEqualTo(422);
        assertThat(api.post(promises, Map.of("amount", "9999.00", "dueOn", "2026-12-05"), agent).body()).contains("amount");
        assertThat(api.post(promises, Map.of("amount", "50.005", "dueOn", "2026-12-05"), agent).status()).isEqualTo(422);
        assertThat(api.post(promises, Map.of("amount", "50.00", "dueOn", "2026-12-05"), shop.auth()).status()).isEqualTo(403);
        assertThat(timeline(small[1])).doesNotContain("PROMISE");

        Api.Response promise = api.post(promises, Map.of("amount", "50.00", "dueOn", "2026-12-05"), agent);

        assertThat(promise.status()).as(promise.toString()).isEqualTo(201);
        assertThat(promise.at("/status")).isEqualTo("OPEN");
        assertThat(api.post(promises, Map.of("amount", "20.00", "dueOn", "2026-12-06"), agent).status()).isEqualTo(409);
        assertThat(api.get("/api/v1/cases/" + small[1], agent).at("/status")).isEqualTo("AGREEMENT");
        JsonNode queue = queueOf(agent);
        assertThat(queue.at("/0/caseId").asString()).isEqualTo(big[1]);
        assertThat(queue.at("/1/reasons").findValuesAsString("code")).contains("WAITING_FOR_PROMISE");

        clock.setToday(LocalDate.of(2026, 12, 3));
        api.post("/api/v1/claims/" + small[0] + "/payments", Map.of("amount", "50.00", "bookingDate", "2026-12-03"),
                shop.auth());
        awaitTimeline(small[1], "PROMISE_KEPT");
        assertThat(api.get("/api/v1/cases/" + small[1], agent).at("/status")).isEqualTo("OPEN");

        api.post(promises, Map.of("amount", "30.00", "dueOn", "2026-12-10"), agent);
        clock.setToday(LocalDate.of(2026, 12, 11));
        collectionRun.run();

        assertThat(timeline(small[1])).contains("PROMISE_BROKEN");
        JsonNode after = queueOf(agent);
        assertThat(after.at("/0/caseId").asString()).as("a broken promise comes first").isEqualTo(small[1]);
        assertThat(after.at("/0/reasons").findValuesAsString("code")).contains("PROMISE_BROKEN");
        assertThat(api.post("/api/v1/work-queue/next", "", agent).at("/id")).isEqualTo(small[1]);
    }

    @Test
    void aDisputeStopsTheLetterAndIsResolvedBothWays() {
        Tenant shop = newTenant("Einwand");
        String[] c = caseOf(shop, "DS-1", "300.00");
        String disputes = "/api/v1/cases/" + c[1] + "/disputes";
        assertThat(api.post(disputes, Map.of("reason", "BECAUSE", "text", "x"), ADMIN).status()).isEqualTo(422);
        assertThat(api.post(disputes, Map.of("reason", "NOT_RECEIVED"), ADMIN).body()).contains("text");

        Api.Response dispute = api.post(disputes, Map.of("reason", "NOT_RECEIVED", "text", "Paket nie angekommen"), ADMIN);

        assertThat(dispute.status()).as(dispute.toString()).isEqualTo(201);
        assertThat(api.get("/api/v1/cases/" + c[1], ADMIN).at("/status")).isEqualTo("DISPUTED");
        assertThat(api.get("/api/v1/claims/" + c[0], shop.auth()).json().get("holds").findValuesAsString("kind"))
                .containsExactly("DISPUTE");
        dispatcher.dispatchDue();
        assertThat(api.get("/api/v1/dispatches", shop.auth()).json().findValuesAsString("status")).containsOnly("CANCELLED");
        // the shop is asked for its evidence, and answers
        assertThat(api.get("/api/v1/evidence-requests", shop.auth()).json().findValuesAsString("disputeId"))
                .containsExactly(dispute.at("/id"));
        Tenant other = newTenant("Fremder Einwand");
        assertThat(api.get("/api/v1/evidence-requests", other.auth()).json().size()).isZero();
        String evidence = "/api/v1/evidence-requests/" + dispute.at("/id");
        assertThat(api.post(evidence, Map.of("text", "x"), other.auth()).status()).isEqualTo(404);
        assertThat(api.post(evidence, Map.of(), shop.auth()).status()).isEqualTo(422);
        assertThat(api.post(evidence, Map.of("text", "Zugestellt am 20.09., Sendung 00340434"), shop.auth()).status())
                .isEqualTo(204);
        assertThat(timeline(c[1])).startsWith("EVIDENCE");

        String resolve = disputes + "/" + dispute.at("/id") + "/resolve";
        assertThat(api.post(resolve, Map.of("outcome", "MAYBE", "text", "x"), ADMIN).status()).isEqualTo(422);
        assertThat(api.post(resolve, Map.of("outcome", "REJECTED", "text", "Zustellung nachgewiesen"), ADMIN)
                .at("/status")).isEqualTo("OPEN");
        assertThat(api.post(resolve, Map.of("outcome", "UPHELD", "text", "doch"), ADMIN).status()).isEqualTo(409);
        assertThat(api.get("/api/v1/claims/" + c[0], shop.auth()).json().get("holds").size()).isZero();
        assertThat(api.get("/api/v1/evidence-requests", shop.auth()).json().size()).isZero();
        assertThat(api.post(evidence, Map.of("text", "zu spät"), shop.auth()).status()).isEqualTo(409);

        String second = api.post(disputes, Map.of("reason", "RETURNED", "text", "Ware zurückgeschickt"), ADMIN).at("/id");
        JsonNode closed = api.post(disputes + "/" + second + "/resolve", Map.of("outcome", "UPHELD",
                "text", "Rücksendung bestätigt"), ADMIN).json();

        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("closeReason").asString()).isEqualTo("WITHDRAWN");
        assertThat(api.get("/api/v1/claims/" + c[0], shop.auth()).at("/status")).isEqualTo("CANCELLED");
        assertThat(api.post(disputes, Map.of("reason", "OTHER", "text", "noch einer"), ADMIN).status()).isEqualTo(409);
        assertThat(timeline(c[1])).contains("DISPUTE_OPENED", "DISPUTE_RESOLVED", "CLOSED");
    }

    @Test
    void callsAndNotesAreLoggedAHardshipRaisesTheCaseAndBadEntriesAreRefused() {
        Tenant shop = newTenant("Anrufe");
        String[] c = caseOf(shop, "CA-1", "200.00");
        String activities = "/api/v1/cases/" + c[1] + "/activities";
        assertThat(api.post(activities, Map.of("kind", "CALL"), ADMIN).body()).contains("outcome");
        assertThat(api.post(activities, Map.of("kind", "FAX", "text", "x"), ADMIN).status()).isEqualTo(422);
        assertThat(api.post(activities, Map.of("kind", "NOTE"), ADMIN).status()).isEqualTo(422);
        assertThat(api.post(activities, Map.of("kind", "CALL", "outcome", "SHOUTED"), ADMIN).status()).isEqualTo(422);
        assertThat(api.post(activities, Map.of("kind", "NOTE", "text", "x"), shop.auth()).status()).isEqualTo(403);
        assertThat(timeline(c[1])).doesNotContain("CALL", "NOTE");

        assertThat(api.post(activities, Map.of("kind", "CALL", "outcome", "HARDSHIP",
                "text", "Arbeitslos seit Oktober"), ADMIN).status()).isEqualTo(201);
        assertThat(api.post(activities, Map.of("kind", "NOTE", "text", "Ratenzahlung anbieten"), ADMIN).status())
                .isEqualTo(201);

        assertThat(timeline(c[1])).startsWith("NOTE", "CALL");
        String name = unique("agent.hardship");
        Api.Auth agent = agent(name);
        api.post("/api/v1/cases/" + c[1] + "/assign", Map.of("agent", name), ADMIN);
        JsonNode queue = api.get("/api/v1/work-queue?flag=HARDSHIP", agent).json();
        assertThat(queue.size()).isEqualTo(1);
        assertThat(queue.at("/0/reasons").findValuesAsString("code")).contains("HARDSHIP");

        assertThat(api.post(activities, Map.of("kind", "MESSAGE"), ADMIN).status()).isEqualTo(422);
        assertThat(api.post(activities, Map.of("kind", "MESSAGE", "text", "Brief: bittet um Ratenzahlung"), ADMIN)
                .status()).isEqualTo(201);
        assertThat(api.get("/api/v1/work-queue", agent).json().at("/0/reasons").findValuesAsString("code"))
                .contains("NEW_MESSAGE");
        api.post(activities, Map.of("kind", "CALL", "outcome", "REACHED", "text", "Raten besprochen"), agent);
        assertThat(api.get("/api/v1/work-queue", agent).json().at("/0/reasons").findValuesAsString("code"))
                .as("answered by a call").doesNotContain("NEW_MESSAGE");
        assertThat(timeline(c[1])).startsWith("CALL", "MESSAGE");
    }

    @Test
    void aTeamLeadAssignsAndMovesTheQueueOfSomeoneAbsentAndAnAgentMayNot() {
        Tenant shop = newTenant("Zuweisung");
        String away = unique("agent.away");
        Api.Auth absent = agent(away);
        String stays = unique("agent.stays");
        agent(stays);
        String[] one = caseOf(shop, "AS-1", "100.00");
        String[] two = caseOf(shop, "AS-2", "100.00");
        String assign1 = "/api/v1/cases/" + one[1] + "/assign";
        assertThat(api.post(assign1, Map.of("agent", stays), absent).status()).isEqualTo(403);
        Api.Response nobody = api.post(assign1, Map.of("agent", "niemand." + away), ADMIN);
        assertThat(nobody.status()).isEqualTo(422);
        assertThat(nobody.body()).contains("agent");
        api.post(assign1, Map.of("agent", away), ADMIN);
        api.post("/api/v1/cases/" + two[1] + "/assign", Map.of("agent", away), ADMIN);
        assertThat(queueOf(absent).size()).isEqualTo(2);
        assertThat(api.post("/api/v1/cases/reassign", Map.of("agent", away), absent).status()).isEqualTo(403);

        assertThat(api.post("/api/v1/cases/reassign", Map.of("agent", away), ADMIN).at("/moved")).isEqualTo("2");

        assertThat(queueOf(absent).size()).isZero();
        assertThat(api.get("/api/v1/cases/" + one[1], ADMIN).at("/assignee")).isNotEqualTo(away);
        assertThat(api.post("/api/v1/work-queue/next", "", absent).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/work-queue", shop.auth()).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/work-queue?status=NEVER", absent).status()).isEqualTo(422);
        String opened = caseOf(shop, "AS-3", "100.00")[1];
        assertThat(api.get("/api/v1/cases/" + opened, ADMIN).at("/assignee")).as("a new case goes to a case worker")
                .isNotBlank();
    }

    @Test
    void aCaseWorkerPreviewsAReminderInEnglishAndAFirmToneAndThenSendsAFriendlyOneInGerman() {
        Tenant shop = newTenant("Erinnerung von Hand");
        String[] c = caseOf(shop, "RM-1", "150.00");
        de.kulant.support.StaffSession staff = de.kulant.support.StaffSession.logIn(port, "admin", ADMIN_PASSWORD);
        int before = api.get("/api/v1/dispatches", shop.auth()).json().size();

        String preview = de.kulant.correspondence.PdfFacts.of(staff.bytes("/cases/" + c[1] + "/letter.pdf?language=en"))
                .text().replaceAll("\\s+", " ");

        assertThat(preview).contains("Reminder: open claim of Erinnerung von Hand").contains("Supervisory authority");
        assertThat(api.get("/api/v1/dispatches", shop.auth()).json().size()).as("a preview sends nothing").isEqualTo(before);
        de.kulant.support.StaffSession.Page french = staff.get("/cases/" + c[1] + "/letter.pdf?language=fr");
        assertThat(french.status()).isEqualTo(400);
        assertThat(french.body()).contains("Sprache");
        String firm = de.kulant.correspondence.PdfFacts.of(staff.bytes("/cases/" + c[1] + "/letter.pdf?language=de"
                + "&tone=FIRM")).text().replaceAll("\\s+", " ");
        assertThat(firm).contains("Bitte jetzt handeln").contains("vor Gericht geltend machen")
                .doesNotContain("Zwangsvollstreckung", "Schufa", "Pfändung");
        assertThat(staff.get("/cases/" + c[1] + "/letter.pdf?tone=ANGRY").status()).isEqualTo(400);

        staff.get("/cases/" + c[1]);
        staff.post("/cases/" + c[1] + "/letter", Map.of("language", "de", "channel", "LETTER", "tone", "FRIENDLY"));

        assertThat(api.get("/api/v1/dispatches", shop.auth()).json().size()).isEqualTo(before + 1);
        assertThat(timeline(c[1])).startsWith("LETTER");
        assertThat(jdbc.sql("select kind from case_letter l join collection_case c on c.reference = l.case_reference "
                + "where c.id = :id").param("id", UUID.fromString(c[1]))
                .query(String.class).list()).containsExactlyInAnyOrder("FIRST", "REMINDER_FRIENDLY");

        staff.get("/cases/" + c[1]);
        staff.post("/cases/" + c[1] + "/preferred-channel", Map.of("channel", "EMAIL"));
        assertThat(api.get("/api/v1/cases/" + c[1], ADMIN).at("/debtor/preferredChannel")).isEqualTo("EMAIL");
        assertThat(staff.get("/cases/" + c[1]).body()).contains("<option value=\"EMAIL\" selected");
    }

    @Test
    void anAdminSetsACaseWorkersSkillsAndWrongOnesAreRefused() {
        String name = unique("agent.skills");
        agent(name);
        String id = api.get("/api/v1/admin/users", ADMIN).json().findParents("username").stream()
                .filter(u -> u.get("username").asString().equals(name)).findFirst().orElseThrow().get("id").asString();
        String skills = "/api/v1/admin/users/" + id + "/skills";

        Api.Response wrong = api.put(skills, Map.of("languages", List.of("de", "fr"), "capacity", 0), ADMIN);
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().get("errors").findValuesAsString("field")).contains("languages", "capacity");
        assertThat(api.put(skills, Map.of("languages", List.of("en")), Api.Auth.basic(name, PASSWORD)).status())
                .isEqualTo(403);

        Api.Response set = api.put(skills, Map.of("languages", List.of("en", "de"), "b2b", false, "capacity", 40), ADMIN);

        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().get("languages").valueStream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrder("de", "en");
        assertThat(set.at("/b2b")).isEqualTo("false");
        assertThat(set.at("/capacity")).isEqualTo("40");
    }
}
