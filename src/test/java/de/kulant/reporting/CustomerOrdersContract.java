package de.kulant.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.Api;
import de.kulant.support.IntegrationTest;
import de.kulant.support.ShopLogins;
import de.kulant.support.StaffSession;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A shop reports its customers' orders for the retention figure (issue 17, item 4): one or a list, all or nothing with
 * each mistake at its position, a customer's day counted once, and each shop's orders its own.
 */
abstract class CustomerOrdersContract extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private PasswordEncoder encoder;

    private int ordersOf(Tenant shop) {
        return jdbc.queryForObject("select count(*) from customer_order where creditor_id = ?", Integer.class,
                UUID.fromString(shop.id()));
    }

    @Test
    void ordersAreReportedOneOrManyAndACustomersDayCountsOnce() {
        Tenant shop = newTenant("Bestellladen");
        Api.Response one = api.post("/api/v1/customer-orders", Map.of("customerNumber", "K-1", "orderedOn",
                "2026-11-20"), shop.auth());
        assertThat(one.status()).as(one.toString()).isEqualTo(201);
        assertThat(one.at("/received")).isEqualTo("1");
        assertThat(one.at("/added")).isEqualTo("1");

        Api.Response many = api.post("/api/v1/customer-orders", List.of(
                Map.of("customerNumber", "k-1", "orderedOn", "2026-11-20"),
                Map.of("customerNumber", "K-2", "orderedOn", "2026-11-21"),
                Map.of("customerNumber", "K-2", "orderedOn", "2026-11-21"),
                Map.of("customerNumber", "K-2", "orderedOn", "2026-11-27")), shop.auth());
        assertThat(many.status()).isEqualTo(201);
        assertThat(many.at("/received")).isEqualTo("4");
        assertThat(many.at("/added")).as("K-1's day is known already, K-2's first day came twice").isEqualTo("2");
        assertThat(ordersOf(shop)).isEqualTo(3);

        Tenant other = newTenant("Anderer Bestellladen");
        assertThat(api.post("/api/v1/customer-orders", Map.of("customerNumber", "K-1", "orderedOn", "2026-11-20"),
                other.auth()).at("/added")).as("another shop's customer K-1 is another customer").isEqualTo("1");
        assertThat(ordersOf(other)).isEqualTo(1);
        assertThat(ordersOf(shop)).isEqualTo(3);
    }

    @Test
    void anOwnerUploadsOrdersAsCsvAndAFileWithAMistakeIsRefusedByLine() {
        Tenant shop = newTenant("Dateibestellungen");
        StaffSession app = ShopLogins.signIn(port, ShopLogins.user(jdbc, encoder, shop.id(), "OWNER"));
        String bad = "orderedOn;customerNumber\n20.11.2026;K-1\n31.11.2026;K-2\n21.11.2026;\n";
        StaffSession.Page refused = app.upload("/app/customer-orders", "file", "bestellungen.csv",
                bad.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.body()).contains("id=\"orders-errors\"").contains("Zeile 3:").contains("Zeile 4:");
        assertThat(ordersOf(shop)).isZero();
        assertThat(app.upload("/app/customer-orders", "file", "leer.csv", "customerNumber\n"
                .getBytes(StandardCharsets.UTF_8)).body()).contains("orderedOn");
        StaffSession.Page taken = app.upload("/app/customer-orders", "file", "bestellungen.csv",
                "orderedOn;customerNumber\n20.11.2026;K-1\n2026-11-21;K-2\n20.11.2026;k-1\n"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(taken.body()).contains("3 Bestellungen gelesen, 2 davon neu.");
        assertThat(ordersOf(shop)).isEqualTo(2);
        StaffSession reader = ShopLogins.signIn(port, ShopLogins.user(jdbc, encoder, shop.id(), "ACCOUNTANT"));
        assertThat(reader.get("/app").body()).doesNotContain("id=\"orders-form\"");
        assertThat(reader.upload("/app/customer-orders", "file", "b.csv", "orderedOn;customerNumber\n20.11.2026;K-9\n"
                .getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);
        assertThat(ordersOf(shop)).isEqualTo(2);
    }

    @Test
    void aReportWithAMistakeIsRefusedWholeNamingEachPosition() {
        Tenant shop = newTenant("Fehlerladen");
        Api.Response refused = api.post("/api/v1/customer-orders", List.of(
                Map.of("customerNumber", "K-1", "orderedOn", "2026-11-20"),
                Map.of("orderedOn", "2026-11-20"),
                Map.of("customerNumber", "K-3", "orderedOn", "2026-11-28"),
                Map.of("customerNumber", "K-4", "orderedOn", "20.13.2026")), shop.auth());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").findValuesAsString("field"))
                .containsExactly("customerNumber", "orderedOn", "orderedOn");
        assertThat(refused.json().get("errors").findValuesAsString("index")).containsExactly("1", "2", "3");
        assertThat(refused.body()).contains("must not be after today");
        assertThat(ordersOf(shop)).isZero();

        assertThat(api.post("/api/v1/customer-orders", List.of(), shop.auth()).status()).isEqualTo(422);
        assertThat(api.post("/api/v1/customer-orders", "\"K-1\"", shop.auth()).status()).isEqualTo(422);
        List<Map<String, String>> tooMany = new ArrayList<>();
        for (int i = 0; i <= 10_000; i++) {
            tooMany.add(Map.of("customerNumber", "K-" + i, "orderedOn", "2026-11-20"));
        }
        Api.Response large = api.post("/api/v1/customer-orders", tooMany, shop.auth());
        assertThat(large.status()).isEqualTo(422);
        assertThat(large.body()).contains("at most 10000");
        assertThat(ordersOf(shop)).isZero();
    }
}
