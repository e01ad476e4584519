package de.kulant.collection;

import static de.kulant.support.ClaimFixture.aClaim;
import static de.kulant.support.DebtorFixture.aConsumer;
import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.claims.PaymentId;
import de.kulant.claims.PaymentReversals;
import de.kulant.claims.ReturnedPayment;
import de.kulant.platform.Actor;
import de.kulant.platform.CreditorId;
import de.kulant.support.Api;
import de.kulant.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14, items 2 and 10, day by day: the costs stay at the 0.5 business fee when the debtor pays on the first
 * demand (and the case closes as paid by itself), rise to 0.9 the day after its pay-by date when not; staff close
 * cases with a reason, a write-off books the claims out, and only an admin reopens.
 */
abstract class CaseLifeContract extends IntegrationTest {

    @Autowired
    private CollectionRun collectionRun;

    @Autowired
    private PaymentReversals reversals;

    @Autowired
    private de.kulant.correspondence.internal.Dispatcher dispatcher;

    /** 500.00 due 2026-09-15, the consumer in default since 2026-10-16; handed over on 2026-11-27. */
    private String[] caseOf(Tenant shop, String invoice) {
        String claim = createClaim(shop, aClaim(invoice).of("500.00").invoicedOn("2026-09-01").dueOn("2026-09-15")
                .withConsumerNotice().owedBy(aConsumer("K-" + invoice)).json());
        Api.Response opened = api.post("/api/v1/claims/" + claim + "/hand-over", "", shop.auth());
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return new String[] {claim, opened.at("/id")};
    }

    private String costs(Tenant shop, String claim) {
        return api.get("/api/v1/claims/" + claim, shop.auth()).at("/balance/costs");
    }

    private JsonNode awaitClosed(String caseId) throws InterruptedException {
        JsonNode c = api.get("/api/v1/cases/" + caseId, ADMIN).json();
        for (int i = 0; i < 200 && !c.get("status").asString().equals("CLOSED"); i++) {
            Thread.sleep(50);
            c = api.get("/api/v1/cases/" + caseId, ADMIN).json();
        }
        return c;
    }

    @Test
    void aFirstDemandLeftUnansweredRaisesTheCostsToTheRegularFeeOnce() {
        Tenant shop = newTenant("Erhöhung");
        String[] c = caseOf(shop, "UP-1");
        clock.setToday(LocalDate.of(2026, 12, 11));
        collectionRun.run();
        assertThat(costs(shop, c[0])).as("the pay-by date itself still counts").isEqualTo("30.90");

        clock.setToday(LocalDate.of(2026, 12, 12));
        collectionRun.run();
        collectionRun.run();

        // 0.9 × 51.50 = 46.35 and 9.27: 55.62 in all, the difference of 24.72 posted once
        assertThat(costs(shop, c[0])).isEqualTo("55.62");
        JsonNode view = api.get("/api/v1/cases/" + c[1], shop.auth()).json();
        assertThat(view.get("costFactor").asString()).isEqualTo("0.9");
        assertThat(api.get("/api/v1/cases/" + c[1] + "/timeline", shop.auth()).json().findValuesAsString("kind"))
                .containsSubsequence("COSTS_CHARGED", "COSTS_RAISED").filteredOn("COSTS_RAISED"::equals).hasSize(1);
    }

    @Test
    void aDebtorWhoPaysOnTheFirstDemandPaysTheLowestFeeAndTheCaseClosesByItself() throws InterruptedException {
        Tenant shop = newTenant("Sofort bezahlt");
        String[] c = caseOf(shop, "PAY-1");
        clock.setToday(LocalDate.of(2026, 12, 1));
        String owed = api.get("/api/v1/claims/" + c[0], shop.auth()).at("/balance/outstanding");

        Api.Response paid = api.post("/api/v1/claims/" + c[0] + "/payments",
                Map.of("amount", owed, "bookingDate", "2026-12-01"), shop.auth());

        assertThat(paid.at("/status")).as(paid.toString()).isEqualTo("PAID");
        JsonNode closed = awaitClosed(c[1]);
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("closeReason").asString()).isEqualTo("PAID");
        clock.setToday(LocalDate.of(2026, 12, 20));
        collectionRun.run();
        // what was paid covered the costs at 0.5, and they were not raised afterwards
        assertThat(api.get("/api/v1/claims/" + c[0], shop.auth()).at("/balance/paid")).isEqualTo(owed);
        assertThat(api.get("/api/v1/cases/" + c[1], shop.auth()).json().get("costs").findValuesAsString("amount"))
                .containsExactly("25.75", "5.15");
        assertThat(api.get("/api/v1/cases/" + c[1] + "/timeline", shop.auth()).json().findValuesAsString("kind"))
                .startsWith("CLOSED", "PAYMENT");
    }

    @Test
    void aPaymentTheBankReturnsReopensTheCaseClosedAsPaidAndRaisesItUntilSomeoneLooks() throws InterruptedException {
        Tenant shop = newTenant("Rücklastschrift");
        String[] c = caseOf(shop, "RET-1");
        clock.setToday(LocalDate.of(2026, 12, 1));
        String owed = api.get("/api/v1/claims/" + c[0], shop.auth()).at("/balance/outstanding");
        String payment = api.post("/api/v1/claims/" + c[0] + "/payments",
                Map.of("amount", owed, "bookingDate", "2026-12-01"), shop.auth()).at("/paymentId");
        assertThat(awaitClosed(c[1]).get("closeReason").asString()).isEqualTo("PAID");
        clock.setToday(LocalDate.of(2026, 12, 3));

        reversals.returnPayments(List.of(new ReturnedPayment(new PaymentId(UUID.fromString(payment)),
                CreditorId.of(shop.id()), LocalDate.of(2026, 12, 3), "AC04 Konto erloschen")), Actor.system());

        JsonNode reopened = awaitStatus(c[1], "OPEN");
        assertThat(reopened.get("status").asString()).isEqualTo("OPEN");
        // owed again, with the interest of the two days since: 500.00 × 6.27 % × 2 / 365 = 0.17
        assertThat(owed).isEqualTo("534.85");
        assertThat(api.get("/api/v1/claims/" + c[0], shop.auth()).at("/balance/outstanding")).isEqualTo("535.02");
        assertThat(api.get("/api/v1/cases/" + c[1] + "/timeline", shop.auth()).json().findValuesAsString("kind"))
                .startsWith("REOPENED", "PAYMENT_RETURNED");
        assertThat(queueReasons(c[1])).contains("PAYMENT_RETURNED");

        api.post("/api/v1/cases/" + c[1] + "/activities", Map.of("kind", "NOTE",
                "text", "Schuldner per E-Mail um neue Bankverbindung gebeten"), ADMIN);

        assertThat(queueReasons(c[1])).as("a case worker has looked at it").doesNotContain("PAYMENT_RETURNED");
    }

    private JsonNode awaitStatus(String caseId, String status) throws InterruptedException {
        JsonNode c = api.get("/api/v1/cases/" + caseId, ADMIN).json();
        for (int i = 0; i < 200 && !c.get("status").asString().equals(status); i++) {
            Thread.sleep(50);
            c = api.get("/api/v1/cases/" + caseId, ADMIN).json();
        }
        return c;
    }

    private List<String> queueReasons(String caseId) {
        JsonNode view = api.get("/api/v1/cases/" + caseId, ADMIN).json();
        String owner = view.hasNonNull("assignee") ? view.get("assignee").asString() : "-";
        JsonNode queue = api.get("/api/v1/work-queue?size=200&creditorId=" + view.get("creditorId").asString()
                + "&assignee=" + owner, ADMIN).json();
        for (JsonNode item : queue) {
            if (item.get("caseId").asString().equals(caseId)) {
                return item.get("reasons").findValuesAsString("code");
            }
        }
        throw new AssertionError("case " + caseId + " not in its owner's queue: " + queue);
    }

    @Test
    void staffCloseWithAReasonAWriteOffBooksTheClaimsOutAndOnlyAnAdminReopens() {
        Tenant shop = newTenant("Abschluss");
        String[] c = caseOf(shop, "CL-1");
        String close = "/api/v1/cases/" + c[1] + "/close";

        assertThat(api.post(close, Map.of("reason", "UNCOLLECTIBLE", "text", "x"), shop.auth()).status()).isEqualTo(403);
        Api.Response unknown = api.post(close, Map.of("reason", "BORED", "text", "x"), ADMIN);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body()).contains("reason");
        assertThat(api.post(close, Map.of("reason", "WRITTEN_OFF"), ADMIN).status()).isEqualTo(422);
        assertThat(api.post(close, Map.of("reason", "PAID", "text", "bezahlt?"), ADMIN).status()).isEqualTo(409);
        assertThat(api.get("/api/v1/cases/" + c[1], ADMIN).at("/status")).isEqualTo("OPEN");

        Api.Response closed = api.post(close, Map.of("reason", "WRITTEN_OFF", "text", "Schuldner unbekannt verzogen"), ADMIN);

        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.at("/status")).isEqualTo("CLOSED");
        assertThat(closed.at("/closeReason")).isEqualTo("WRITTEN_OFF");
        assertThat(api.get("/api/v1/claims/" + c[0], shop.auth()).at("/status")).isEqualTo("WRITTEN_OFF");
        assertThat(api.post(close, Map.of("reason", "UNCOLLECTIBLE", "text", "nochmal"), ADMIN).status()).isEqualTo(409);
        String reopen = "/api/v1/cases/" + c[1] + "/reopen";
        assertThat(api.post(reopen, Map.of("reason", "Anschrift gefunden"), shop.auth()).status()).isEqualTo(403);
        assertThat(api.post(reopen, Map.of(), ADMIN).status()).isEqualTo(422);
        assertThat(api.post(reopen, Map.of("reason", "Anschrift gefunden"), ADMIN).at("/status")).isEqualTo("OPEN");
        assertThat(api.post(reopen, Map.of("reason", "zweimal"), ADMIN).status()).isEqualTo(409);
        assertThat(api.get("/api/v1/cases/" + c[1] + "/timeline", shop.auth()).json().findValuesAsString("kind"))
                .startsWith("REOPENED", "CLOSED");
        Tenant other = newTenant("Fremder Abschluss");
        assertThat(api.post(close, Map.of("reason", "UNCOLLECTIBLE", "text", "x"), other.auth()).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/admin/creditors/" + other.id() + "/cases/" + c[1] + "/close",
                Map.of("reason", "UNCOLLECTIBLE", "text", "x"), ADMIN).status()).isEqualTo(404);
    }

    @Test
    void aShopWithdrawsAClaimAndNothingMoreIsSentAboutIt() {
        Tenant shop = newTenant("Rücknahme");
        String[] c = caseOf(shop, "WD-1");
        String withdraw = "/api/v1/claims/" + c[0] + "/withdraw";
        assertThat(api.post(withdraw, Map.of(), shop.auth()).body()).contains("reason");
        assertThat(api.post(withdraw, Map.of("reason", "x"), newTenant("Fremde Rücknahme").auth()).status()).isEqualTo(404);

        JsonNode closed = api.post(withdraw, Map.of("reason", "Kunde zahlt direkt bei uns"), shop.auth()).json();

        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("closeReason").asString()).isEqualTo("WITHDRAWN");
        assertThat(api.get("/api/v1/claims/" + c[0], shop.auth()).at("/status")).isEqualTo("RETURNED");
        assertThat(api.post(withdraw, Map.of("reason", "nochmal"), shop.auth()).status()).isEqualTo(409);
        dispatcher.dispatchDue();
        assertThat(api.get("/api/v1/dispatches", shop.auth()).json().findValuesAsString("status")).containsOnly("CANCELLED");
    }

    @Test
    void aBankTransferWithTheLettersReferencePaysTheCaseAndClosesIt() throws InterruptedException {
        Tenant shop = newTenant("Überweisung ans Inkasso");
        String[] c = caseOf(shop, "BANK-1");
        clock.setToday(LocalDate.of(2026, 12, 2));
        JsonNode claim = api.get("/api/v1/claims/" + c[0], shop.auth()).json();
        String owed = claim.at("/balance/outstanding").asString();
        String reference = claim.get("paymentReference").asString();

        Api.Response statement = api.postBytes("/api/v1/bank-statements", de.kulant.payments.BankFiles.camt053(shop.iban(),
                "BANK-S1", List.of(de.kulant.payments.BankFiles.Entry.credit(owed, "2026-12-02", "BANK-P1")
                        .from("Erika Zahlt", null).rf(reference))).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "application/xml", shop.auth());

        assertThat(statement.status()).as(statement.toString()).isEqualTo(201);
        JsonNode closed = awaitClosed(c[1]);
        assertThat(closed.get("closeReason").asString()).isEqualTo("PAID");
        assertThat(api.get("/api/v1/cases/" + c[1] + "/timeline", shop.auth()).json().findValuesAsString("kind"))
                .contains("PAYMENT");
    }
}
