package de.kulant.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.Api;
import de.kulant.support.ClaimFixture;
import de.kulant.support.DebtorFixture;
import de.kulant.support.IntegrationTest;
import de.kulant.support.ShopLogins;
import de.kulant.support.StaffSession;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * The shop's dashboard (issue 17, item 4) on a worked example: four claims due on 1 October; one paid before any
 * reminder, one after the reminder, one in collection, one still open; one of the three paying customers ordered
 * again. Figures over the API and on the start page, as CSV, for the chosen period; other shops' claims never count.
 */
abstract class OverviewContract extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private PasswordEncoder encoder;

    private String claim(Tenant shop, String invoice, String customer, String amount) {
        return createClaim(shop, ClaimFixture.aClaim(invoice).of(amount).invoicedOn("2026-09-20").dueOn("2026-10-01")
                .owedBy(DebtorFixture.aConsumer(customer)).json());
    }

    private void pay(Tenant shop, String claim, String amount, String on) {
        Api.Response paid = api.post("/api/v1/claims/" + claim + "/payments", Map.of("amount", amount,
                "bookingDate", on), shop.auth());
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        assertThat(paid.at("/status")).isEqualTo("PAID");
    }

    @Test
    void theFiguresOfAPeriodShowWhereClaimsWerePaidHowLateAndWhoOrderedAgain() {
        Tenant shop = newTenant("Kennzahlenladen");
        String early = claim(shop, "KZ-1", "K-1", "100.00");
        String reminded = claim(shop, "KZ-2", "K-2", "200.00");
        String collected = claim(shop, "KZ-3", "K-3", "300.00");
        claim(shop, "KZ-4", "K-4", "400.00");
        pay(shop, early, "100.00", "2026-11-10");
        Api.Response run = api.post("/api/v1/dunning-runs", Map.of("asOf", "2026-11-27"), shop.auth());
        assertThat(run.status()).as(run.toString()).isIn(200, 201);
        awaitEvents();
        pay(shop, reminded, api.get("/api/v1/claims/" + reminded, shop.auth()).at("/balance/outstanding"), "2026-11-27");
        api.post("/api/v1/claims/" + collected + "/hand-over", "", shop.auth());
        awaitEvents();
        pay(shop, collected, api.get("/api/v1/claims/" + collected, shop.auth()).at("/balance/outstanding"),
                "2026-11-27");
        api.post("/api/v1/customer-orders", List.of(Map.of("customerNumber", "K-1", "orderedOn", "2026-11-20"),
                Map.of("customerNumber", "K-2", "orderedOn", "2026-11-01")), shop.auth());
        awaitEvents();
        Tenant other = newTenant("Kennzahlen nebenan");
        pay(other, claim(other, "NB-1", "K-1", "999.00"), "999.00", "2026-11-20");
        awaitEvents();

        JsonNode o = api.get("/api/v1/reports/overview?from=2026-09-01&to=2026-11-27", shop.auth()).json();
        assertThat(o.get("claims").get("count").asLong()).isEqualTo(1);
        Map<String, String> stages = new java.util.HashMap<>();
        o.get("recovered").get("byStage").forEach(s -> stages.put(s.get("stage").asString(),
                s.get("claims").asLong() + "/" + s.get("amount").asString()));
        assertThat(stages).containsEntry("beforeDunning", "1/100.00").containsEntry("afterReminder", "1/200.00")
                .containsEntry("afterNotice", "0/0.00").containsEntry("collection", "1/300.00");
        // late by 40, 57 and 57 days: (40 + 57 + 57) / 3 = 51.3
        assertThat(o.get("daysToPay").decimalValue()).isEqualByComparingTo("51.3");
        // of the three claims that got the reminder, one was paid after it without collection
        assertThat(o.get("cureRateByLevel").get("1").decimalValue()).isEqualByComparingTo("33.3");
        assertThat(o.get("retention").get("debtorsRecovered").asLong()).isEqualTo(3);
        assertThat(o.get("retention").get("orderedAgain").asLong()).isEqualTo(1);
        assertThat(o.get("retention").get("rate").decimalValue()).isEqualByComparingTo("33.3");
        BigDecimal open = new BigDecimal(o.get("claims").get("amount").asString());
        // what is open now against the 1,000.00 that fell due in the 88 days of the period
        assertThat(o.get("dsoDays").decimalValue()).isEqualByComparingTo(open.multiply(BigDecimal.valueOf(88))
                .divide(new BigDecimal("1000.00"), 1, RoundingMode.HALF_UP));

        JsonNode october = api.get("/api/v1/reports/overview?from=2026-10-01&to=2026-10-31", shop.auth()).json();
        assertThat(october.get("recovered").get("amount").asString()).isEqualTo("0.00");
        assertThat(october.get("retention").get("debtorsRecovered").asLong()).isZero();
        assertThat(october.get("daysToPay").isNull()).isTrue();
        assertThat(api.get("/api/v1/reports/overview?from=2026-11-27&to=2026-11-01", shop.auth()).body())
                .contains("from");
        assertThat(api.get("/api/v1/reports/overview?from=2026-11-27&to=2026-11-01", shop.auth()).status())
                .isEqualTo(422);
        assertThat(api.get("/api/v1/reports/overview?from=gestern", shop.auth()).status()).isEqualTo(422);
        JsonNode next = api.get("/api/v1/reports/overview?from=2026-09-01&to=2026-11-27", other.auth()).json();
        assertThat(next.get("retention").get("debtorsRecovered").asLong()).isEqualTo(1);

        StaffSession app = ShopLogins.signIn(port, ShopLogins.user(jdbc, encoder, shop.id(), "OWNER"));
        String page = app.get("/app?from=2026-09-01&to=2026-11-27").body();
        assertThat(page).contains("id=\"recovered-table\"").contains("im Inkasso")
                .contains("1 von 3 Kunden mit bezahlter Forderung haben danach wieder bestellt")
                .contains("51,3 Tage").contains("id=\"cure-table\"");
        assertThat(app.get("/app?from=2026-11-27&to=2026-11-01").status()).isEqualTo(422);
        String csv = new String(app.bytes("/app/overview.csv?from=2026-09-01&to=2026-11-27"), StandardCharsets.UTF_8);
        assertThat(csv).contains("Kunden behalten").contains("im Inkasso").contains("nach der Zahlungserinnerung");
    }
}
