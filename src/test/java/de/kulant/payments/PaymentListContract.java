package de.kulant.payments;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.payments.BankFiles.Entry;
import de.kulant.support.Api;
import de.kulant.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Payment lists page by position: every payment once, newest booking first, forwards and back. */
abstract class PaymentListContract extends IntegrationTest {

    private Tenant shopWithSevenWaitingPayments() {
        String iban = BankFiles.iban(790_000_000L + System.nanoTime() % 100_000);
        Tenant shop = newTenant("Zahlungsliste", iban);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // two payments share each booking date, so the order must also use the id
            entries.add(Entry.credit("3." + (10 + i), "2026-11-1" + (i / 2), "PL-" + i).from("Zahlerin " + i, null)
                    .text("ohne Bezug " + i));
        }
        Api.Response imported = api.postBytes("/api/v1/bank-statements", BankFiles.camt053(iban, "PL", entries)
                .getBytes(StandardCharsets.UTF_8), "application/xml", shop.auth());
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        return shop;
    }

    @Test
    void theQueuePagesThroughEveryPaymentOnceNewestBookingFirstAndBack() {
        Tenant shop = shopWithSevenWaitingPayments();
        List<String> ids = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            Api.Response page = api.get("/api/v1/payments/unmatched?size=3" + (after == null ? "" : "&after=" + after),
                    shop.auth());
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            assertThat(page.at("/total")).isEqualTo("7");
            assertThat(page.at("/totalExact")).isEqualTo("true");
            page.json().get("items").forEach(item -> {
                ids.add(item.get("id").asString());
                dates.add(item.get("bookingDate").asString());
            });
            after = page.json().get("next").isNull() ? null : page.json().get("next").asString();
            pages++;
        } while (after != null);
        assertThat(pages).isEqualTo(3);
        assertThat(ids).hasSize(7).doesNotHaveDuplicates();
        assertThat(dates).isSortedAccordingTo(Comparator.reverseOrder());

        Api.Response first = api.get("/api/v1/payments/unmatched?size=3", shop.auth());
        Api.Response second = api.get("/api/v1/payments/unmatched?size=3&after=" + first.at("/next"), shop.auth());
        Api.Response back = api.get("/api/v1/payments/unmatched?size=3&before=" + second.at("/previous"), shop.auth());
        assertThat(back.json().get("items").findValuesAsString("id"))
                .isEqualTo(first.json().get("items").findValuesAsString("id"));
        // the older page numbers still work within the counted part of the list
        assertThat(api.get("/api/v1/payments?status=UNMATCHED&size=3&page=1", shop.auth()).json().get("items")
                .findValuesAsString("id")).isEqualTo(second.json().get("items").findValuesAsString("id"));
    }

    @Test
    void aPositionThatWasNotGivenOutOrAPageTooFarIsRefusedInTheCallersLanguage() {
        Tenant shop = shopWithSevenWaitingPayments();
        Api.Response bad = api.get("/api/v1/payments?after=nonsense", shop.auth(), Map.of("Accept-Language", "de"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.at("/errors/0/field")).isEqualTo("after");
        assertThat(bad.at("/detail")).contains("Diese Position stammt nicht aus dieser Liste");

        Api.Response far = api.get("/api/v1/payments?page=200&size=100", shop.auth(), Map.of("Accept-Language", "en"));
        assertThat(far.status()).isEqualTo(422);
        assertThat(far.at("/errors/0/field")).isEqualTo("page");
        assertThat(far.at("/detail")).contains("page numbers reach entry 10000");
    }
}
