package de.kulant.platform;

import static de.kulant.support.ClaimFixture.aClaim;
import static de.kulant.support.DebtorFixture.aConsumer;
import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.payments.BankFiles;
import de.kulant.support.Api;
import de.kulant.support.IntegrationTest;
import de.kulant.support.StaffSession;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every list sorts by its columns and pages by position in that order (issue 13, item 6): no row twice, none lost
 * across pages, the order the column asks for, the header saying so, the export in the same order, and an unknown
 * order refused by the API with the columns it knows.
 */
abstract class ListOrdersContract extends IntegrationTest {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");
    private static final int CLAIMS = 23;

    @Test
    void noticesAndDispatchesSortByTheirColumnsAcrossPagesAndInTheExport() {
        Tenant shop = newTenant("Sortierladen");
        List<Map<String, Object>> claims = new ArrayList<>();
        for (int i = 0; i < CLAIMS; i++) {
            claims.add(aClaim("SO-" + i).of(new BigDecimal("40.00").add(new BigDecimal(i * 7)).toPlainString())
                    .invoicedOn("2026-10-01").dueOn("2026-10-15").owedBy(aConsumer("K-SO-" + i).named("Kunde " + i))
                    .json());
        }
        assertThat(api.post("/api/v1/claims/batch", claims, shop.auth()).status()).isEqualTo(200);
        clock.setToday(LocalDate.of(2026, 10, 20));
        Api.Response run = api.post("/api/v1/dunning-runs", Map.of("asOf", "2026-10-20"), shop.auth());
        assertThat(run.status()).as(run.toString()).isEqualTo(201);
        long until = System.currentTimeMillis() + 30_000;
        while (api.get("/api/v1/dispatches?size=1000", shop.auth()).json().size() < CLAIMS
                && System.currentTimeMillis() < until) {
            Thread.onSpinWait();
        }
        clock.reset();

        List<JsonNode> byAttempts = allPages("/api/v1/dispatches?size=5&sort=-attempts", shop);
        assertThat(byAttempts).hasSize(CLAIMS);
        assertThat(new HashSet<>(byAttempts.stream().map(d -> d.get("id").asString()).toList())).hasSize(CLAIMS);
        List<Integer> attempts = byAttempts.stream().map(d -> d.get("attempts").asInt()).toList();
        assertThat(attempts).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        Api.Response unknown = api.get("/api/v1/dispatches?sort=recipient", shop.auth(),
                Map.of("Accept-Language", "de"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().at("/errors/0/field").asString()).isEqualTo("sort");
        assertThat(unknown.json().get("detail").asString()).contains("issuedOn, attempts");

        StaffSession staff = StaffSession.logIn(port, "admin", ADMIN_PASSWORD);
        String byAsked = staff.get("/dunning/notices?creditor=" + shop.id() + "&sort=-asked").body();
        assertThat(byAsked).contains("aria-sort=\"descending\"").contains("sort=asked")
                .contains(CLAIMS + " Mahnungen");
        List<BigDecimal> shown = amounts(byAsked);
        assertThat(shown).hasSize(CLAIMS).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(shown.get(0)).isGreaterThan(shown.get(CLAIMS - 1));

        List<String> csv = staff.get("/dunning/notices/export.csv?creditor=" + shop.id() + "&sort=asked").body()
                .lines().toList();
        assertThat(csv).hasSize(CLAIMS + 1);
        assertThat(csv.get(0)).startsWith("\uFEFFMahnung vom;Rechnung;Schuldner;Gläubiger;Stufe");
        List<BigDecimal> exported = csv.subList(1, csv.size()).stream()
                .map(line -> new BigDecimal(line.substring(line.lastIndexOf(';') + 1).replace(',', '.'))).toList();
        assertThat(exported).isSorted();

        String runs = staff.get("/dunning/runs?sort=-evaluated").body();
        assertThat(runs).contains("id=\"sort-evaluated\"").contains("aria-sort=\"descending\"")
                .contains("id=\"export-runs-csv\"");
        assertThat(staff.get("/dunning/runs/export.csv?sort=-evaluated").body().lines().findFirst().orElseThrow())
                .isEqualTo("\uFEFFStichtag;Probelauf;Gläubiger;Status;geprüft;Mahnungen;übergeben;gestartet;gestartet von");
        assertThat(api.get("/api/v1/dunning-runs?sort=bogus", shop.auth()).status()).isEqualTo(422);
    }

    @Test
    void waitingPaymentsSortByAmountAndEachPartOfTheRefundListPages() {
        Tenant shop = newTenant("Zahlungssortierung");
        List<BankFiles.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            entries.add(BankFiles.Entry.credit((10 + i * 3) + ".00", "2026-11-" + (10 + i), "SP-" + i)
                    .from("Fremder " + i, null).text("ohne Bezug " + i));
        }
        Api.Response statement = api.postBytes("/api/v1/bank-statements", BankFiles.camt053(shop.iban(), "SORT-1",
                entries).getBytes(StandardCharsets.UTF_8), "application/xml", shop.auth());
        assertThat(statement.status()).as(statement.toString()).isEqualTo(201);

        List<String> amounts = new ArrayList<>();
        String path = "/api/v1/payments/unmatched?size=3&sort=-amount";
        int pages = 0;
        while (path != null) {
            JsonNode page = api.get(path, shop.auth()).json();
            page.get("items").forEach(p -> amounts.add(p.get("amount").asString()));
            String next = page.get("next") == null || page.get("next").isNull() ? null : page.get("next").asString();
            path = next == null ? null : "/api/v1/payments/unmatched?size=3&sort=-amount&after=" + next;
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(amounts).containsExactly("28.00", "25.00", "22.00", "19.00", "16.00", "13.00", "10.00");
        JsonNode byDate = api.get("/api/v1/payments/unmatched?size=3", shop.auth()).json();
        String dateCursor = byDate.get("next").asString();
        assertThat(api.get("/api/v1/payments/unmatched?size=3&sort=amount&after=" + dateCursor, shop.auth()).status())
                .as("a position of another order is not one of this list").isEqualTo(422);

        for (JsonNode p : api.get("/api/v1/payments/unmatched?size=10", shop.auth()).json().get("items")) {
            api.post("/api/v1/payments/" + p.get("id").asString() + "/not-ours", Map.of("note", "kein Kunde"),
                    shop.auth());
        }
        JsonNode first = api.get("/api/v1/payments/refunds?size=4", shop.auth()).json();
        assertThat(first.get("notOurs")).hasSize(4);
        assertThat(first.get("notOursTotal").asLong()).isEqualTo(7);
        JsonNode second = api.get("/api/v1/payments/refunds?size=4&notOursAfter=" + first.get("notOursNext").asString(),
                shop.auth()).json();
        assertThat(second.get("notOurs")).hasSize(3);
        assertThat(second.get("notOursNext").isNull()).isTrue();
        HashSet<String> ids = new HashSet<>(first.get("notOurs").findValuesAsString("id"));
        ids.addAll(second.get("notOurs").findValuesAsString("id"));
        assertThat(ids).hasSize(7);
    }

    @Test
    void eachPartOfTheRefundListAndTheStatementsSortByAmountInTheApiThePageAndTheExport() {
        Tenant shop = newTenant("Erstattungssortierung");
        List<Map<String, Object>> claims = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            claims.add(aClaim("ER-" + i).of("10.00").invoicedOn("2026-10-01").dueOn("2026-10-15")
                    .owedBy(aConsumer("K-ER-" + i).named("Kundin " + i)).json());
        }
        assertThat(api.post("/api/v1/claims/batch", claims, shop.auth()).status()).isEqualTo(200);
        List<String> paid = List.of("15.00", "20.00", "13.00");
        for (int i = 0; i < 3; i++) {
            String id = api.get("/api/v1/claims?invoiceNumber=ER-" + i, shop.auth()).json().at("/items/0/id").asString();
            assertThat(api.post("/api/v1/claims/" + id + "/payments",
                    Map.of("amount", paid.get(i), "bookingDate", "2026-11-2" + i), shop.auth()).status())
                    .isEqualTo(201);
        }
        JsonNode top = api.get("/api/v1/payments/refunds?size=2&creditBalancesSort=-amount", shop.auth()).json();
        assertThat(top.get("creditBalances").findValuesAsString("amount")).containsExactly("10.00", "5.00");
        JsonNode rest = api.get("/api/v1/payments/refunds?size=2&creditBalancesSort=-amount&creditBalancesAfter="
                + top.get("creditBalancesNext").asString(), shop.auth()).json();
        assertThat(rest.get("creditBalances").findValuesAsString("amount")).containsExactly("3.00");
        Api.Response unknown = api.get("/api/v1/payments/refunds?creditBalancesSort=debtor", shop.auth());
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().at("/errors/0/field").asString()).isEqualTo("creditBalancesSort");
        assertThat(unknown.json().get("detail").asString()).contains("bookingDate, amount");

        transferOf(shop, "ER-S1", BankFiles.Entry.credit("31.00", "2026-11-24", "ER-T1")
                .from("Fremde Eins", "DE89370400440532013000").text("Spende"), BankFiles.Entry.credit("32.00",
                "2026-11-24", "ER-T2").from("Fremde Zwei", "DE02120300000000202051").text("Spende"));
        transferOf(shop, "ER-S2", BankFiles.Entry.credit("33.00", "2026-11-25", "ER-T3")
                .from("Fremde Drei", "DE89370400440532013000").text("Spende"));
        Api.Response byItems = api.get("/api/v1/refund-transfers?sort=-items&size=1", shop.auth());
        assertThat(byItems.json().findValuesAsString("total")).containsExactly("63.00");
        assertThat(allPages("/api/v1/refund-transfers?sort=items&size=1", shop).stream()
                .map(t -> t.get("items").asInt()).toList()).containsExactly(1, 2);
        assertThat(api.get("/api/v1/refund-transfers?sort=iban", shop.auth()).status()).isEqualTo(422);

        StaffSession staff = StaffSession.logIn(port, "admin", ADMIN_PASSWORD);
        String page = staff.get("/payments/refunds?creditor=" + shop.id() + "&creditBalancesSort=amount").body();
        assertThat(headerLink(page, "creditBalancesSort-amount")).as("a second click turns the order round")
                .contains("creditBalancesSort=-amount");
        assertThat(headerLink(page, "notOursSort-amount")).as("the other lists' headers keep this list's order")
                .contains("notOursSort=-amount").contains("creditBalancesSort=amount");
        String beforeHeader = page.substring(0, page.indexOf("id=\"creditBalancesSort-amount\""));
        assertThat(beforeHeader.substring(beforeHeader.lastIndexOf("<th"))).contains("aria-sort=\"ascending\"");
        List<String> balances = staff.get("/payments/refunds/creditBalances/export.csv?creditor=" + shop.id()
                + "&creditBalancesSort=amount").body().lines().toList();
        assertThat(balances.get(0)).isEqualTo("\uFEFFBuchungstag;Betrag;Schuldner;Rechnung;Gläubiger");
        assertThat(balances.subList(1, balances.size()).stream().map(line -> line.split(";")[1]).toList())
                .containsExactly("3,00", "5,00", "10,00");
        List<String> files = staff.get("/payments/refunds/transfers/export.csv?creditor=" + shop.id()
                + "&transfersSort=-total").body().lines().toList();
        assertThat(files).hasSize(3);
        assertThat(files.subList(1, 3).stream().map(line -> line.split(";")[3]).toList())
                .containsExactly("63,00", "33,00");
        List<String> notOurs = staff.get("/payments/refunds/notOurs/export.csv?creditor=" + shop.id()).body()
                .lines().toList();
        assertThat(notOurs).as("paid back in a transfer file: no longer to refund").hasSize(1);

        String overview = staff.get("/payments?creditor=" + shop.id() + "&statementsSort=-entries").body();
        assertThat(overview).contains("id=\"statementsSort-entries\"").contains("id=\"export-statements-csv\"");
        List<String> statements = staff.get("/payments/statements/export.csv?creditor=" + shop.id()
                + "&statementsSort=-entries").body().lines().toList();
        assertThat(statements.get(0)).startsWith("\uFEFFeingelesen;Datei;Format;Konten;Umsätze;zugeordnet;offen");
        assertThat(statements.subList(1, statements.size()).stream().map(line -> line.split(";")[4]).toList())
                .containsExactly("2", "1");
    }

    private static String headerLink(String page, String id) {
        Matcher link = Pattern.compile("id=\"" + id + "\"\\s+href=\"([^\"]+)\"").matcher(page);
        assertThat(link.find()).as("header " + id).isTrue();
        return link.group(1).replace("&amp;", "&");
    }

    /** A statement of payments nobody owes, each marked not ours, then paid back in one transfer file. */
    private void transferOf(Tenant shop, String statementId, BankFiles.Entry... entries) {
        Api.Response statement = api.postBytes("/api/v1/bank-statements", BankFiles.camt053(shop.iban(), statementId,
                List.of(entries)).getBytes(StandardCharsets.UTF_8), "application/xml", shop.auth());
        assertThat(statement.status()).as(statement.toString()).isEqualTo(201);
        for (JsonNode p : api.get("/api/v1/payments/unmatched?size=10", shop.auth()).json().get("items")) {
            api.post("/api/v1/payments/" + p.get("id").asString() + "/not-ours", Map.of("note", "unbekannt"),
                    shop.auth());
        }
        Api.Response transfer = api.post("/api/v1/refund-transfers", Map.of("accountIban", shop.iban()), shop.auth());
        assertThat(transfer.status()).as(transfer.toString()).isEqualTo(201);
    }

    private List<JsonNode> allPages(String path, Tenant shop) {
        List<JsonNode> all = new ArrayList<>();
        String next = path;
        while (next != null) {
            Api.Response page = api.get(next, shop.auth());
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            page.json().forEach(all::add);
            String link = page.header("Link");
            Matcher found = link == null ? null : NEXT.matcher(link);
            next = found != null && found.find() ? found.group(1).substring(found.group(1).indexOf("/api/")) : null;
        }
        return all;
    }

    /** The amounts asked in the notice list's last column, top to bottom. */
    private static List<BigDecimal> amounts(String page) {
        Matcher row = Pattern.compile("<td class=\"num\">([0-9.]+,[0-9]{2})[\\s\u00A0\u202F]€</td>\\s*</tr>").matcher(page);
        List<BigDecimal> found = new ArrayList<>();
        while (row.find()) {
            found.add(new BigDecimal(row.group(1).replace(".", "").replace(',', '.')));
        }
        return found;
    }
}
