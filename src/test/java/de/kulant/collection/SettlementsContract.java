package de.kulant.collection;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.correspondence.PdfFacts;
import de.kulant.platform.money.Money;
import de.kulant.support.Api;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15, settlements and the creditor's approvals, day by day from 2026-11-27: an offer within the creditor's rules
 * goes to the debtor at once and, paid by its day, ends the case as SETTLED with the rest let go; one beyond the rules
 * waits in the creditor's approval list and reaches the debtor only when approved; unpaid, it lapses; plans beyond the
 * rules are decided in the same list.
 */
abstract class SettlementsContract extends AgreementScenario {

    private static String ninetyPercentOf(String amount) {
        return Money.eur(amount).times(new java.math.BigDecimal("0.9"), RoundingMode.HALF_UP).toPlainString();
    }

    @Test
    void anOfferWithinTheRulesGoesOutAtOnceAndPaidInTimeSettlesTheCase() {
        Tenant shop = newTenant("Vergleich sofort");
        api.put("/api/v1/agreement-rules", Map.of("maxDiscountPercent", 15, "discountFromDays", 0), shop.auth());
        String[] c = caseOf(shop, "VG-1", "500.00", "2026-09-15");
        String open = api.get("/api/v1/cases/" + c[1], ADMIN).at("/balance/outstanding");
        String amount = ninetyPercentOf(open);

        Api.Response offered = api.post("/api/v1/cases/" + c[1] + "/settlement-offers", Map.of("amount", amount,
                "validUntil", "2026-12-20"), ADMIN);

        assertThat(offered.status()).as(offered.toString()).isEqualTo(201);
        assertThat(offered.at("/status")).isEqualTo("APPROVED");
        assertThat(offered.at("/discountPercent")).isEqualTo("10.00");
        assertThat(api.get("/api/v1/cases/" + c[1], ADMIN).at("/status")).isEqualTo("AGREEMENT");
        List<Map.Entry<String, List<String>>> letters = letters(shop, c[0], "Unser Angebot");
        assertThat(letters).hasSize(1);
        assertThat(letters.get(0).getKey()).contains("Wenn bis zum 20.12.2026")
                .contains(Money.eur(amount).toPlainString().replace('.', ',') + " €")
                .contains("den Rest erlässt die Gläubigerin").doesNotContain("vor Gericht");
        PdfFacts.Epc epc = PdfFacts.Epc.parse(letters.get(0).getValue().get(0));
        assertThat(epc.amount()).isEqualTo("EUR" + amount);
        assertThat(epc.reference()).isEqualTo(offered.at("/reference")).endsWith("R00");
        // in collection the debtor pays the agency's client-money account; the settlement pays the shop from it
        assertThat(epc.iban()).isEqualTo("DE02120300000000202051");
        assertThat(epc.name()).isEqualTo("Kulant Forderungsmanagement");

        clock.setToday(LocalDate.of(2026, 12, 10));
        api.post("/api/v1/claims/" + c[0] + "/payments", Map.of("amount", amount, "bookingDate", "2026-12-10"),
                shop.auth());
        awaitEvents();

        JsonNode closed = api.get("/api/v1/cases/" + c[1], ADMIN).json();
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("closeReason").asString()).isEqualTo("SETTLED");
        assertThat(api.get("/api/v1/claims/" + c[0], shop.auth()).at("/status")).isEqualTo("PAID");
        assertThat(api.get("/api/v1/claims/" + c[0], shop.auth()).at("/balance/outstanding")).isEqualTo("0.00");
        assertThat(api.get("/api/v1/cases/" + c[1] + "/settlement-offers", shop.auth()).at("/0/status"))
                .isEqualTo("SETTLED");
        assertThat(timeline(c[1])).contains("SETTLED", "CLOSED");
    }

    @Test
    void anOfferBeyondTheRulesWaitsForTheCreditorAndLapsesUnpaid() {
        Tenant shop = newTenant("Vergleich fragen");
        String[] c = caseOf(shop, "VG-2", "400.00", "2026-09-15");
        String open = api.get("/api/v1/cases/" + c[1], ADMIN).at("/balance/outstanding");

        Api.Response offered = api.post("/api/v1/cases/" + c[1] + "/settlement-offers", Map.of("amount",
                ninetyPercentOf(open), "validUntil", "2026-12-20"), ADMIN);

        assertThat(offered.at("/status")).as(offered.toString()).isEqualTo("PENDING_CREDITOR");
        assertThat(offered.at("/beyondRules")).contains("maxDiscountPercent");
        assertThat(letters(shop, c[0], "Unser Angebot")).as("the debtor hears nothing yet").isEmpty();
        JsonNode inbox = api.get("/api/v1/approvals", shop.auth()).json();
        assertThat(inbox.findValuesAsString("kind")).containsExactly("SETTLEMENT");
        assertThat(inbox.at("/0/deadline").asString()).isEqualTo("2026-12-20");
        assertThat(inbox.at("/0/ifUnanswered").asString()).isEqualTo("DECLINED");
        Tenant other = newTenant("Fremder Vergleich");
        assertThat(api.get("/api/v1/approvals", other.auth()).json().size()).isZero();
        assertThat(api.post("/api/v1/approvals/" + offered.at("/id") + "/approve", "", other.auth()).status())
                .isEqualTo(404);

        Api.Response approved = api.post("/api/v1/approvals/" + offered.at("/id") + "/approve", "", shop.auth());

        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.at("/status")).isEqualTo("APPROVED");
        assertThat(letters(shop, c[0], "Unser Angebot")).hasSize(1);
        assertThat(api.post("/api/v1/approvals/" + offered.at("/id") + "/decline", "", shop.auth()).status())
                .isEqualTo(409);

        clock.setToday(LocalDate.of(2026, 12, 21));
        collectionRun.run();

        assertThat(api.get("/api/v1/cases/" + c[1] + "/settlement-offers", ADMIN).at("/0/status")).isEqualTo("EXPIRED");
        assertThat(api.get("/api/v1/cases/" + c[1], ADMIN).at("/status")).isEqualTo("OPEN");
        assertThat(timeline(c[1])).contains("SETTLEMENT_EXPIRED");
    }

    @Test
    void plansBeyondTheRulesAreApprovedOrDeclinedInTheSameList() {
        Tenant shop = newTenant("Raten fragen");
        String[] yes = caseOf(shop, "RF-1", "400.00", "2026-09-15");
        String[] no = caseOf(shop, "RF-2", "400.00", "2026-09-15");
        String before = api.get("/api/v1/cases/" + yes[1], ADMIN).at("/balance/outstanding");
        String asked = api.post("/api/v1/cases/" + yes[1] + "/instalment-plans", Map.of("instalments", 18,
                "firstDueOn", "2026-12-15"), ADMIN).at("/id");
        String refused = api.post("/api/v1/cases/" + no[1] + "/instalment-plans", Map.of("instalments", 18,
                "firstDueOn", "2026-12-15"), ADMIN).at("/id");
        JsonNode inbox = api.get("/api/v1/approvals", shop.auth()).json();
        assertThat(inbox.findValuesAsString("kind")).containsExactly("PLAN", "PLAN");
        assertThat(inbox.at("/0/deadline").asString()).isEqualTo("2026-12-14");

        assertThat(api.post("/api/v1/approvals/" + asked + "/approve", "", shop.auth()).at("/status"))
                .isEqualTo("ACTIVE");
        assertThat(api.post("/api/v1/approvals/" + refused + "/decline", "", shop.auth()).at("/status"))
                .isEqualTo("DECLINED");

        assertThat(api.get("/api/v1/cases/" + yes[1], ADMIN).at("/status")).isEqualTo("AGREEMENT");
        assertThat(Money.eur(api.get("/api/v1/cases/" + yes[1], ADMIN).at("/balance/outstanding"))
                .isGreaterThan(Money.eur(before))).as("the agreement fee is booked once approved").isTrue();
        assertThat(timeline(yes[1])).contains("PLAN");
        assertThat(timeline(no[1])).contains("PLAN_DECLINED");
        assertThat(api.get("/api/v1/approvals", shop.auth()).json().size()).isZero();
    }

    @Test
    void wrongOffersAreRefusedWithNothingStored() {
        Tenant shop = newTenant("Vergleich falsch");
        String[] c = caseOf(shop, "VG-3", "300.00", "2026-09-15");
        String offers = "/api/v1/cases/" + c[1] + "/settlement-offers";
        String open = api.get("/api/v1/cases/" + c[1], ADMIN).at("/balance/outstanding");

        Api.Response above = api.post(offers, Map.of("amount", open, "validUntil", "2026-12-20"), ADMIN,
                Map.of("Accept-Language", "de"));
        assertThat(above.status()).isEqualTo(422);
        assertThat(above.json().at("/errors/0/field").asString()).isEqualTo("amount");
        assertThat(above.json().get("detail").asString()).contains("offene Betrag von").contains(",");
        Api.Response negative = api.post(offers, Map.of("amount", "-5.00", "validUntil", "2026-11-01"), ADMIN);
        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("amount",
                "validUntil");
        assertThat(api.post(offers, Map.of("amount", "100.00", "validUntil", "2026-12-20"), shop.auth()).status())
                .isEqualTo(403);
        assertThat(api.get(offers, newTenant("Fremde Angebote").auth()).status()).isEqualTo(404);
        assertThat(api.get(offers, ADMIN).json().size()).isZero();
    }
}
