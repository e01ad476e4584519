package de.kulant.claims;

import static de.kulant.support.ClaimFixture.aClaim;
import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.platform.CreditorId;
import de.kulant.support.Api;
import de.kulant.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The figures dashboards read (decision 016) always equal what a full count over the claims and the ledger gives:
 * after intake, payments, a dunning run up to the handover, a credit note and a return of a claim to its creditor,
 * before and after the changes are folded in.
 */
abstract class ClaimFiguresContract extends IntegrationTest {

    @Autowired
    ClaimFigures figures;

    @Autowired
    JdbcClient jdbc;

    private Api.Response post(Tenant shop, String path, Map<String, ?> body) {
        Api.Response response = api.post(path, body, shop.auth());
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        return response;
    }

    private Map<String, String> fromFigures(Tenant shop) {
        Map<String, String> rows = new TreeMap<>();
        for (StandingFigure f : figures.standing(CreditorId.of(shop.id()))) {
            rows.put(f.status() + "/" + f.dunningLevel() + "/" + f.dueDate(), f.claims() + " " + f.amount().toPlainString()
                    + " " + f.outstanding().toPlainString() + " " + f.paid().toPlainString());
        }
        return rows;
    }

    private Map<String, String> countedAnew(Tenant shop) {
        Map<String, String> rows = new TreeMap<>();
        jdbc.sql("""
                        select status, dunning_level, due_date, count(*), sum(amount),
                               sum(principal_open + interest_open + fees_open + costs_open), sum(paid_total)
                        from claim where creditor_id = :creditor group by status, dunning_level, due_date""")
                .param("creditor", java.util.UUID.fromString(shop.id()))
                .query(rs -> {
                    rows.put(rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getObject(3, LocalDate.class),
                            rs.getLong(4) + " " + rs.getBigDecimal(5).setScale(2).toPlainString() + " "
                                    + rs.getBigDecimal(6).setScale(2).toPlainString() + " "
                                    + rs.getBigDecimal(7).setScale(2).toPlainString());
                });
        return rows;
    }

    private BigDecimal receivedFromLedger(Tenant shop) {
        return jdbc.sql("select coalesce(-sum(amount), 0) from ledger_posting where creditor_id = :creditor "
                        + "and kind in ('PAYMENT', 'PAYMENT_RETURNED')")
                .param("creditor", java.util.UUID.fromString(shop.id())).query(BigDecimal.class).single();
    }

    private BigDecimal receivedFromFigures(Tenant shop) {
        return figures.received(CreditorId.of(shop.id()), LocalDate.of(2000, 1, 1)).values().stream()
                .map(m -> m.amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void figuresEqualAFullCountAfterEveryKindOfWrite() {
        Tenant shop = newTenant("Zahlen wie gezählt");
        String dunned = createClaim(shop, aClaim("R-FIG-1").invoicedOn("2026-02-16").dueOn("2026-03-02").json());
        String paid = createClaim(shop, aClaim("R-FIG-2").invoicedOn("2026-02-16").dueOn("2026-03-02").json());
        String credited = createClaim(shop, aClaim("R-FIG-3").invoicedOn("2026-04-01").dueOn("2026-05-01").json());
        assertThat(fromFigures(shop)).isEqualTo(countedAnew(shop)).hasSize(2);

        clock.setToday(LocalDate.of(2026, 3, 5));
        post(shop, "/api/v1/claims/" + paid + "/payments", Map.of("amount", "50.00", "bookingDate", "2026-03-05"));
        for (String day : List.of("2026-03-07", "2026-03-21", "2026-04-04")) {
            clock.setToday(LocalDate.parse(day));
            post(shop, "/api/v1/dunning-runs", Map.of("asOf", day));
        }
        post(shop, "/api/v1/claims/" + paid + "/payments", Map.of("amount", "90.00", "bookingDate", "2026-04-04"));
        post(shop, "/api/v1/claims/" + credited + "/credit-notes",
                Map.of("amount", "19.00", "date", "2026-04-04", "reason", "Rücksendung eines Teils"));
        assertThat(fromFigures(shop)).isEqualTo(countedAnew(shop));
        assertThat(fromFigures(shop).keySet()).anyMatch(k -> k.startsWith("DUNNING/3/")).anyMatch(k -> k.startsWith("PAID/"));

        clock.setToday(LocalDate.of(2026, 4, 14));
        post(shop, "/api/v1/dunning-runs", Map.of("asOf", "2026-04-14"));
        awaitEvents();
        assertThat(api.get("/api/v1/claims/" + dunned, shop.auth()).at("/status")).isEqualTo("COLLECTION");
        assertThat(fromFigures(shop)).isEqualTo(countedAnew(shop));
        // 50.00 and what the second payment needed of its 90.00; the rest is a credit balance, not money on a claim
        BigDecimal received = receivedFromLedger(shop);
        assertThat(received).isGreaterThan(new BigDecimal("119.00")).isLessThan(new BigDecimal("140.00"));
        assertThat(receivedFromFigures(shop)).isEqualByComparingTo(received);

        figures.fold();
        assertThat(fromFigures(shop)).isEqualTo(countedAnew(shop));
        assertThat(receivedFromFigures(shop)).isEqualByComparingTo(received);
        assertThat(jdbc.sql("select count(*) from claim_figures_change where creditor_id = :creditor")
                .param("creditor", java.util.UUID.fromString(shop.id())).query(Long.class).single()).isZero();

        figures.rebuild(CreditorId.of(shop.id()));
        assertThat(fromFigures(shop)).isEqualTo(countedAnew(shop));
        assertThat(receivedFromFigures(shop)).isEqualByComparingTo(received);
    }
}
