package de.kulant.claims;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.payments.BankFiles;
import de.kulant.support.Api;
import de.kulant.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A debtor who pays what a notice asked for by its pay-by date has settled (issue 11, item 10; decision 013). The
 * claim: 119.00, consumer, due 2026-03-02, in default from 2026-03-17 after the reminder; the notice of 2026-03-21
 * asks 120.28 (119.00 + 0.08 interest through 2026-03-20 + 1.20 fee) by 2026-03-31.
 */
abstract class PaidAsAskedContract extends IntegrationTest {

    private String dunnedClaim(Tenant shop, String invoice) {
        Map<String, Object> claim = claim(invoice);
        claim.put("invoiceDate", "2026-02-16");
        claim.put("dueDate", "2026-03-02");
        String id = createClaim(shop, claim);
        for (LocalDate day : List.of(LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 21))) {
            clock.setToday(day);
            Api.Response run = api.post("/api/v1/dunning-runs", Map.of("asOf", day.toString()), shop.auth());
            assertThat(run.status()).as(run.toString()).isEqualTo(201);
        }
        JsonNode notice = api.get("/api/v1/claims/" + id + "/notices", shop.auth()).json().get(1);
        assertThat(notice.at("/amounts/outstanding").asString()).isEqualTo("120.28");
        assertThat(notice.get("payBy").asString()).isEqualTo("2026-03-31");
        return id;
    }

    private Api.Response pay(Tenant shop, String id, String amount, String date) {
        clock.setToday(LocalDate.parse(date));
        Api.Response paid = api.post("/api/v1/claims/" + id + "/payments", Map.of("amount", amount, "bookingDate", date),
                shop.auth());
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        return paid;
    }

    private JsonNode waivers(Tenant shop, String id) {
        JsonNode ledger = api.get("/api/v1/claims/" + id + "/ledger", shop.auth()).json();
        List<JsonNode> found = new java.util.ArrayList<>();
        ledger.forEach(p -> {
            if ("WAIVER".equals(p.get("kind").asString())) {
                found.add(p);
            }
        });
        return json.valueToTree(found);
    }

    @Test
    void payingTheAmountOfTheNoticeByItsPayByDateSettlesTheClaim() {
        Tenant shop = newTenant("Wie gefordert");
        String id = dunnedClaim(shop, "R-ASKED");

        // 2026-03-27: interest through 03-26 is 0.20; 0.12 of it grew after the notice and is waived
        Api.Response paid = pay(shop, id, "120.28", "2026-03-27");

        assertThat(paid.at("/overpayment")).isEqualTo("0.00");
        assertThat(paid.at("/status")).isEqualTo("PAID");
        Api.Response claim = api.get("/api/v1/claims/" + id, shop.auth());
        assertThat(claim.at("/status")).isEqualTo("PAID");
        assertThat(claim.at("/balance/outstanding")).isEqualTo("0.00");
        JsonNode waived = waivers(shop, id);
        assertThat(waived.size()).isEqualTo(1);
        assertThat(waived.get(0).get("amount").asString()).isEqualTo("-0.12");
        assertThat(waived.get(0).get("bucket").asString()).isEqualTo("INTEREST");
        assertThat(waived.get(0).get("note").asString()).contains("after the notice of 2026-03-21")
                .contains("paid as asked by 2026-03-31");
        assertThat(api.get("/api/v1/claims/" + id + "/history", shop.auth()).body()).contains("residual.waived");
    }

    @Test
    void afterThePayByDateTheInterestThatGrewStaysOwed() {
        Tenant shop = newTenant("Zu spät");
        String id = dunnedClaim(shop, "R-LATE");

        // 2026-04-01: interest through 03-31 is 0.31, so 120.28 leaves 0.23 open
        pay(shop, id, "120.28", "2026-04-01");

        Api.Response claim = api.get("/api/v1/claims/" + id + "?asOf=2026-04-01", shop.auth());
        assertThat(claim.at("/status")).isEqualTo("DUNNING");
        assertThat(claim.at("/balance/outstanding")).isEqualTo("0.23");
        assertThat(waivers(shop, id).size()).isZero();
    }

    @Test
    void aCreditorThatSwitchedTheWaiverOffChasesTheRest() {
        Tenant shop = newTenant("Kein Erlass");
        assertThat(api.put("/api/v1/admin/creditors/" + shop.id() + "/contract", Map.of("residualWaiver", false), ADMIN)
                .at("/residualWaiver/enabled")).isEqualTo("false");
        String id = dunnedClaim(shop, "R-NOWAIVER");

        pay(shop, id, "120.28", "2026-03-27");

        assertThat(api.get("/api/v1/claims/" + id + "?asOf=2026-03-27", shop.auth()).at("/balance/outstanding"))
                .isEqualTo("0.12");
    }

    @Test
    void aShortfallWithinTheCreditorsToleranceIsWaivedToo() {
        Tenant shop = newTenant("Toleranz");
        Api.Response contract = api.put("/api/v1/admin/creditors/" + shop.id() + "/contract",
                Map.of("residualPrincipalTolerance", "1.00"), ADMIN);
        assertThat(contract.at("/residualWaiver/principalTolerance")).isEqualTo("1.00");
        assertThat(contract.at("/residualWaiver/maximum")).isEqualTo("5.00");
        String id = dunnedClaim(shop, "R-SHORT");

        pay(shop, id, "119.78", "2026-03-27");

        assertThat(api.get("/api/v1/claims/" + id, shop.auth()).at("/status")).isEqualTo("PAID");
        JsonNode waived = waivers(shop, id);
        assertThat(waived.findValuesAsString("amount")).containsExactly("-0.12", "-0.50");
        assertThat(waived.get(1).get("note").asString()).contains("within the creditor's tolerance");
    }

    @Test
    void aBankTransferOfTheAskedAmountWithTheReferenceSettlesTheClaim() {
        Tenant shop = newTenant("Überweisung wie gefordert");
        String id = dunnedClaim(shop, "R-BANK");
        String reference = api.get("/api/v1/claims/" + id, shop.auth()).at("/paymentReference");
        clock.setToday(LocalDate.of(2026, 3, 27));

        String camt = BankFiles.camt053(shop.iban(), "STMT-ASKED", List.of(
                BankFiles.Entry.credit("120.28", "2026-03-27", "BANK-ASKED-1").from("Erika Mustermann", null).rf(reference)));
        Api.Response imported = api.postBytes("/api/v1/bank-statements", camt.getBytes(StandardCharsets.UTF_8),
                "application/xml", shop.auth());
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.at("/matched")).isEqualTo("1");

        Api.Response claim = api.get("/api/v1/claims/" + id, shop.auth());
        assertThat(claim.at("/status")).isEqualTo("PAID");
        assertThat(waivers(shop, id).get(0).get("amount").asString()).isEqualTo("-0.12");
        assertThat(api.get("/api/v1/payments/refunds", shop.auth()).body()).doesNotContain(id);
    }

    @Test
    void refusesANegativeToleranceOrAWaiverAbove50AndStoresNothing() {
        Tenant shop = newTenant("Falsche Regeln");
        Api.Response negative = api.put("/api/v1/admin/creditors/" + shop.id() + "/contract",
                Map.of("residualPrincipalTolerance", "-1.00", "residualWaiverMaximum", "50.01"), ADMIN);

        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("residualPrincipalTolerance", "residualWaiverMaximum");
        assertThat(negative.body()).contains("must not be negative").contains("must not exceed 50.00");
        Api.Response stored = api.get("/api/v1/admin/creditors/" + shop.id(), ADMIN);
        assertThat(stored.at("/residualWaiver/maximum")).isEqualTo("5.00");
        assertThat(stored.at("/residualWaiver/principalTolerance")).isEqualTo("0.00");
    }
}
