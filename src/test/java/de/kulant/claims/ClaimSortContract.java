package de.kulant.claims;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.Api;
import de.kulant.support.ClaimFixture;
import de.kulant.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The claim list in each of its orders: every claim once, in order, page after page, and back again. */
abstract class ClaimSortContract extends IntegrationTest {

    private Tenant shopWithSevenClaims() {
        Tenant shop = newTenant("Sortiert");
        List<Map<String, Object>> claims = new ArrayList<>();
        String[] amounts = {"50.00", "119.00", "50.00", "7.90", "1200.00", "119.00", "50.00"};
        for (int i = 0; i < amounts.length; i++) {
            // equal amounts and due dates, so each order also needs the id to be total
            claims.add(ClaimFixture.aClaim("R-Ö" + (char) ('G' - i) + "-" + i).of(amounts[i])
                    .dueOn("2026-09-0" + (1 + i % 3)).json());
        }
        assertThat(api.post("/api/v1/claims/batch", claims, shop.auth()).status()).isEqualTo(200);
        return shop;
    }

    /** Every page of the list in this order, following 'next', with the field of each claim in list order. */
    private List<String> walk(Tenant shop, String sort, String field) {
        List<String> seen = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        String after = null;
        do {
            Api.Response page = api.get("/api/v1/claims?size=3&sort=" + sort + (after == null ? "" : "&after=" + after),
                    shop.auth());
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            page.json().get("items").forEach(item -> {
                seen.add(item.get(field).asString());
                ids.add(item.get("id").asString());
            });
            after = page.json().get("next").isNull() ? null : page.json().get("next").asString();
        } while (after != null);
        assertThat(ids).hasSize(7).doesNotHaveDuplicates();
        return seen;
    }

    @Test
    void sortsByInvoiceNumberAmountAndDueDateEitherWayPageByPage() {
        Tenant shop = shopWithSevenClaims();

        assertThat(walk(shop, "invoiceNumber", "invoiceNumber")).isSorted()
                .startsWith("R-ÖA-6").endsWith("R-ÖG-0");
        assertThat(walk(shop, "-invoiceNumber", "invoiceNumber")).isSortedAccordingTo(Comparator.reverseOrder());
        Comparator<String> byValue = Comparator.comparing(BigDecimal::new);
        assertThat(walk(shop, "amount", "amount")).isSortedAccordingTo(byValue)
                .containsExactly("7.90", "50.00", "50.00", "50.00", "119.00", "119.00", "1200.00");
        assertThat(walk(shop, "-amount", "amount")).isSortedAccordingTo(byValue.reversed());
        assertThat(walk(shop, "dueDate", "dueDate")).isSorted();
        assertThat(walk(shop, "-dueDate", "dueDate")).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void thePageBeforeAPositionIsTheSameInEveryOrder() {
        Tenant shop = shopWithSevenClaims();
        for (String sort : List.of("amount", "-amount", "invoiceNumber")) {
            Api.Response first = api.get("/api/v1/claims?size=3&sort=" + sort, shop.auth());
            Api.Response second = api.get("/api/v1/claims?size=3&sort=" + sort + "&after=" + first.at("/next"),
                    shop.auth());
            Api.Response back = api.get("/api/v1/claims?size=3&sort=" + sort + "&before=" + second.at("/previous"),
                    shop.auth());
            assertThat(back.json().get("items").findValuesAsString("id")).as(sort)
                    .isEqualTo(first.json().get("items").findValuesAsString("id"));
        }
    }

    @Test
    void anUnknownOrderOrAPositionFromAnotherOrderIsRefusedInTheCallersLanguage() {
        Tenant shop = shopWithSevenClaims();
        Api.Response unknown = api.get("/api/v1/claims?sort=debtorName", shop.auth(), Map.of("Accept-Language", "de"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.at("/errors/0/field")).isEqualTo("sort");
        assertThat(unknown.at("/detail")).contains("Sortiert wird nach dueDate, invoiceNumber oder amount");

        String byAmount = api.get("/api/v1/claims?size=3&sort=amount", shop.auth()).at("/next");
        Api.Response foreign = api.get("/api/v1/claims?size=3&sort=invoiceNumber&after=" + byAmount, shop.auth(),
                Map.of("Accept-Language", "en"));
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.at("/errors/0/field")).isEqualTo("after");
        assertThat(foreign.at("/detail")).contains("not a position this list gave out (in this order)");
    }
}
