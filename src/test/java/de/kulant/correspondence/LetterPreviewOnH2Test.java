package de.kulant.correspondence;

import static de.kulant.support.ClaimFixture.aClaim;
import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.Api;
import de.kulant.support.IntegrationTest;
import de.kulant.support.OnH2;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The letter preview follows the creditor's real policy (issue 13, item 10): the chain's own levels, the fee the law
 * allows, the handover announcement of the final level, and a pay-by date moved off a Sunday (§193 BGB).
 * Today is Friday 2026-11-27.
 */
@OnH2
class LetterPreviewOnH2Test extends IntegrationTest {

    private String text(Tenant shop, String claim, int level) {
        Api.Download pdf = api.download("/api/v1/letters/preview?claimId=" + claim + "&level=" + level, shop.auth());
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        return PdfFacts.of(pdf.body()).text().replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }

    @Test
    void thePreviewSaysWhatTheRealNoticeWouldSay() {
        Tenant shop = newTenant("Vorschau-Shop");
        assertThat(api.put("/api/v1/dunning-policy", Map.of("levels", List.of(
                Map.of("level", 1, "name", "Freundliche Erinnerung", "daysAfterDue", 3, "fee", "0.00",
                        "channel", "EMAIL", "paymentTermDays", 7),
                Map.of("level", 2, "name", "Zweite Mahnung", "daysAfterDue", 20, "fee", "1.20",
                        "channel", "LETTER", "paymentTermDays", 9),
                Map.of("level", 3, "name", "Allerletzte Mahnung", "daysAfterDue", 35, "fee", "1.20",
                        "channel", "LETTER", "paymentTermDays", 9, "announcesHandover", true)),
                "handoverDaysAfterDue", 50, "tone", "FIRM"), shop.auth()).status()).isEqualTo(200);
        String claim = createClaim(shop, aClaim("VOR-1").invoicedOn("2026-10-01").dueOn("2026-10-15")
                .withConsumerNotice().json());

        String second = text(shop, claim, 2);
        // the level's kind, its fee for a debtor in default, and 27.11. + 9 days = Sunday 06.12. → Monday 07.12.
        assertThat(second).contains("Mahnung – Rechnung VOR-1").doesNotContain("Letzte Mahnung").contains("Mahngebühren")
                .contains("1,20 €").contains("bis zum 07.12.2026").doesNotContain("Inkassodienstleister");

        String last = text(shop, claim, 3);
        assertThat(last).contains("Letzte Mahnung – Rechnung VOR-1").contains("Inkassodienstleister");

        // a level beyond the chain shows its last, not an invented one
        assertThat(text(shop, claim, 5)).contains("Letzte Mahnung – Rechnung VOR-1");
        String first = text(shop, claim, 1);
        assertThat(first).contains("Zahlungserinnerung – Rechnung VOR-1").doesNotContain("Mahngebühren");
    }
}
