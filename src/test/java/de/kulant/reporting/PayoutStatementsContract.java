package de.kulant.reporting;

import static de.kulant.support.ClaimFixture.aClaim;
import static de.kulant.support.DebtorFixture.aConsumer;
import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.correspondence.PdfFacts;
import de.kulant.payments.BankFiles;
import de.kulant.payments.BankFiles.Entry;
import de.kulant.platform.Actor;
import de.kulant.platform.CreditTransferFile;
import de.kulant.support.Api;
import de.kulant.support.IntegrationTest;
import de.kulant.support.IsoSchemas;
import de.kulant.support.PolicyFixture;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

/**
 * Settlement (issue 17, item 6): money the agency collected in a month, in every bucket, is stated per shop to the
 * cent — with commission, and without while a promo code waives it — and paid out in one pain.001.001.09 file whose
 * transfers are the statements' payouts; money paid to a shop's own account is not the agency's to pay out; a return
 * after the payout is set off in the next statements; a statement never changes; a shop sees only its own.
 */
abstract class PayoutStatementsContract extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private PayoutRuns payoutRuns;

    /** A shop whose one level charges a 1.20 fee and hands over 14 days after the due date. */
    private Tenant shop(String name) {
        Tenant shop = newTenant(name);
        @SuppressWarnings("unchecked")
        Map<String, Object> standard = json.convertValue(api.get("/api/v1/dunning-policy", shop.auth()).json(), Map.class);
        Map<String, Object> policy = PolicyFixture.from(standard).onlyLevelThenHandover(Map.of("level", 1,
                "name", "Letzte Mahnung", "daysAfterDue", 5, "fee", "1.20", "channel", "LETTER", "paymentTermDays", 7,
                "announcesHandover", true), 14).json();
        Api.Response saved = api.put("/api/v1/dunning-policy", policy, shop.auth());
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        return shop;
    }

    private String claim(Tenant shop, String invoice) {
        return createClaim(shop, aClaim(invoice).of("500.00").invoicedOn("2026-09-01").dueOn("2026-09-15").withConsumerNotice()
                .owedBy(aConsumer("K-" + invoice)).json());
    }

    /** Reminds on 20 October; {@code meanwhile} happens before the run of 29 October hands over what is still open. */
    private void dun(Runnable meanwhile, Tenant... shops) {
        clock.setToday(LocalDate.of(2026, 10, 20));
        for (Tenant shop : shops) {
            api.post("/api/v1/dunning-runs", Map.of("asOf", "2026-10-20"), shop.auth());
        }
        meanwhile.run();
        clock.setToday(LocalDate.of(2026, 10, 29));
        for (Tenant shop : shops) {
            Api.Response run = api.post("/api/v1/dunning-runs", Map.of("asOf", "2026-10-29"), shop.auth());
            assertThat(run.at("/handedOver")).as(run.toString()).isNotEqualTo("0");
        }
        awaitEvents();
    }

    private JsonNode balance(Tenant shop, String claim) {
        return api.get("/api/v1/claims/" + claim, shop.auth()).json().get("balance");
    }

    /** What the ledger says payments brought into one bucket of the claims. */
    private BigDecimal paid(Tenant shop, String bucket, String... claims) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String claim : claims) {
            for (JsonNode p : api.get("/api/v1/claims/" + claim + "/ledger", shop.auth()).json()) {
                if (p.get("kind").asString().startsWith("PAYMENT") && p.get("bucket").asString().equals(bucket)) {
                    sum = sum.subtract(new BigDecimal(p.get("amount").asString()));
                }
            }
        }
        return sum;
    }

    private void importStatement(String iban, String id, List<Entry> entries) {
        Api.Response imported = api.postBytes("/api/v1/bank-statements",
                BankFiles.camt053(iban, id, entries).getBytes(StandardCharsets.UTF_8), "application/xml", ADMIN);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
    }

    private JsonNode settle(String month) {
        Api.Response run = api.post("/api/v1/admin/settlement-runs", Map.of("month", month), ADMIN);
        assertThat(run.status()).as(run.toString()).isEqualTo(201);
        return run.json();
    }

    private JsonNode statementOf(Tenant shop, String period) {
        for (JsonNode s : api.get("/api/v1/settlement-statements?size=500", shop.auth()).json()) {
            if (s.get("period").asString().equals(period)) {
                return api.get("/api/v1/settlement-statements/" + s.get("id").asString(), shop.auth()).json();
            }
        }
        throw new AssertionError("no statement of " + period + " for " + shop.id());
    }

    @Test
    void collectedMoneyIsStatedToTheCentPaidOutInOneFileAndAReturnIsSetOffLater() throws Exception {
        Tenant paying = shop("Abrechnung Provision");
        Tenant waived = shop("Abrechnung Aktionscode");
        jdbc.update("update creditor set commission_waived_until = ? where id = ?",
                LocalDate.of(2027, 5, 31), java.util.UUID.fromString(waived.id()));
        String paid = claim(paying, "AB-1");
        String free = claim(waived, "AB-2");
        String direct = claim(paying, "AB-3");
        String reminded = claim(paying, "AB-4");
        String agency = nextIban();
        dun(() -> {
            // paid after the reminder and before the handover: its fee is the shop's
            clock.setToday(LocalDate.of(2026, 10, 25));
            JsonNode fee = balance(paying, reminded);
            assertThat(fee.get("fees").asString()).isEqualTo("1.20");
            importStatement(agency, "AGENCY-10", List.of(Entry.credit(fee.get("outstanding").asString(), "2026-10-25",
                    "AG-0").rf(api.get("/api/v1/claims/" + reminded, paying.auth()).at("/paymentReference"))));
        }, paying, waived);
        clock.setToday(LocalDate.of(2026, 11, 20));
        JsonNode owed = balance(paying, paid);
        JsonNode owedFree = balance(waived, free);
        assertThat(owed.get("costs").asString()).isEqualTo("30.90");
        importStatement(agency, "AGENCY-11", List.of(
                Entry.credit(owed.get("outstanding").asString(), "2026-11-20", "AG-1").endToEnd("E2E-AB-1")
                        .from("Erika Muster", "DE02100100100006820101")
                        .rf(api.get("/api/v1/claims/" + paid, paying.auth()).at("/paymentReference")),
                Entry.credit(owedFree.get("outstanding").asString(), "2026-11-20", "AG-2")
                        .rf(api.get("/api/v1/claims/" + free, waived.auth()).at("/paymentReference"))));
        // paid to the shop's own account: the shop has that money already
        importStatement(paying.iban(), "OWN-11", List.of(Entry.credit(balance(paying, direct).get("outstanding")
                .asString(), "2026-11-20", "OWN-1").rf(api.get("/api/v1/claims/" + direct, paying.auth())
                .at("/paymentReference"))));
        assertThat(api.get("/api/v1/claims/" + paid, paying.auth()).at("/status")).isEqualTo("PAID");
        assertThat(api.get("/api/v1/claims/" + direct, paying.auth()).at("/status")).isEqualTo("PAID");

        clock.setToday(LocalDate.of(2026, 12, 2));
        JsonNode november = settle("2026-11");

        JsonNode statement = statementOf(paying, "2026-11");
        String interest = paid(paying, "INTEREST", paid, reminded).toPlainString();
        // exactly what the ledger says the agency received on AB-1 and AB-4; AB-3 was paid to the shop itself
        assertThat(statement.get("principal").asString()).isEqualTo("1000.00");
        assertThat(statement.get("interest").asString()).isEqualTo(interest);
        assertThat(statement.get("fees").asString()).isEqualTo(paid(paying, "FEES", paid, reminded).toPlainString())
                .isEqualTo("2.40");
        assertThat(statement.get("costs").asString()).isEqualTo(paid(paying, "COSTS", paid, reminded).toPlainString())
                .isEqualTo("30.90");
        assertThat(statement.get("lines").findValuesAsString("invoiceNumber")).containsExactly("AB-1", "AB-4");
        assertThat(interest).isEqualTo("3.35");
        // 15 % of 1,003.35 = 150.5025 → 150.50; 19 % VAT = 28.595 → 28.60; 1,005.75 − 150.50 − 28.60 = 826.65
        assertThat(statement.get("commissionBase").asString()).isEqualTo("1003.35");
        assertThat(statement.get("commission").asString()).isEqualTo("150.50");
        assertThat(statement.get("vat").asString()).isEqualTo("28.60");
        assertThat(statement.get("payout").asString()).isEqualTo("826.65");

        JsonNode free11 = statementOf(waived, "2026-11");
        assertThat(free11.get("commission").asString()).isEqualTo("0.00");
        assertThat(free11.get("vat").asString()).isEqualTo("0.00");
        // no commission while the promo code waives it: principal, interest and fee are paid out whole
        assertThat(free11.get("payout").asString()).isEqualTo(new BigDecimal("500.00")
                .add(paid(waived, "INTEREST", free)).add(paid(waived, "FEES", free)).toPlainString())
                .isEqualTo("504.21");
        assertThat(free11.at("/lines/0/commissionable").asBoolean()).isFalse();
        // the statement keeps the waiver it applied, whatever the contract says later
        jdbc.update("update creditor set commission_waived_until = null where id = ?", java.util.UUID.fromString(waived.id()));
        assertThat(api.get("/api/v1/settlement-statements/" + free11.get("id").asString(), waived.auth())
                .json().at("/lines/0/commissionable").asBoolean()).isFalse();

        // the payout file: valid pain.001.001.09, one transfer per payout, summing to the run's total
        String xml = new String(api.download(november.get("payoutFile").asString(), ADMIN).body(), StandardCharsets.UTF_8);
        IsoSchemas.validate(xml, "pain.001.001.09");
        Map<String, String> transfers = transfers(xml);
        assertThat(transfers).containsEntry(paying.iban(), statement.get("payout").asString())
                .containsEntry(waived.iban(), free11.get("payout").asString());
        assertThat(transfers.values().stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(november.get("payoutTotal").asString());

        // another shop never sees the statement; a shop asking for another's list gets 404
        String id = statement.get("id").asString();
        assertThat(api.get("/api/v1/settlement-statements/" + id, waived.auth()).status()).isEqualTo(404);
        assertThat(api.download("/api/v1/settlement-statements/" + id + "/document", waived.auth()).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/settlement-statements?creditorId=" + paying.id(), waived.auth()).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/admin/settlement-runs", paying.auth()).status()).isEqualTo(403);
        byte[] pdf = api.download("/api/v1/settlement-statements/" + id + "/document", paying.auth()).body();
        assertThat(PdfFacts.of(pdf).text()).contains(statement.get("number").asString()).contains("AB-1");
        String csv = new String(api.download("/api/v1/settlement-statements/" + id + "/csv", paying.auth()).body(),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("LINE;" + statement.get("number").asString() + ";2026-11;AB-1;")
                .contains("PAYOUT;" + statement.get("number").asString());

        // December: the payment comes back; the statement of November stays as it was
        clock.setToday(LocalDate.of(2026, 12, 3));
        importStatement(agency, "AGENCY-12", List.of(Entry.debit(owed.get("outstanding").asString(), "2026-12-03",
                "AG-R1").endToEnd("E2E-AB-1").returned("AC04")));
        assertThat(api.get("/api/v1/claims/" + paid, paying.auth()).at("/status")).isNotEqualTo("PAID");
        clock.setToday(LocalDate.of(2027, 1, 4));
        settle("2026-12");
        JsonNode december = statementOf(paying, "2026-12");
        assertThat(december.get("principal").asString()).isEqualTo("-500.00");
        assertThat(december.get("payout").asString()).isEqualTo("0.00");
        // AB-1's 535.11 came back: −504.21 for the shop, commission −75.45 (15 % of −503.01) and VAT −14.34 credited
        assertThat(december.get("commission").asString()).isEqualTo("-75.45");
        assertThat(december.get("vat").asString()).isEqualTo("-14.34");
        assertThat(december.get("carriedOut").asString()).isEqualTo("-414.42");
        assertThat(api.get("/api/v1/settlement-statements/" + id, paying.auth()).json().get("payout").asString())
                .isEqualTo(statement.get("payout").asString());

        // January: the debtor pays again; the monthly run settles January and sets off what December left open
        clock.setToday(LocalDate.of(2027, 1, 10));
        importStatement(agency, "AGENCY-01", List.of(Entry.credit(balance(paying, paid).get("outstanding").asString(),
                "2027-01-10", "AG-3").rf(api.get("/api/v1/claims/" + paid, paying.auth()).at("/paymentReference"))));
        clock.setToday(LocalDate.of(2027, 2, 2));
        assertThat(payoutRuns.settleLastMonth(Actor.system())).isPresent();
        assertThat(payoutRuns.settleLastMonth(Actor.system())).as("January is settled already").isEmpty();
        JsonNode january = statementOf(paying, "2027-01");
        assertThat(january.get("carriedIn").asString()).isEqualTo("-414.42");
        BigDecimal due = Stream.of("principal", "interest", "fees", "carriedIn").map(f -> new BigDecimal(
                january.get(f).asString())).reduce(BigDecimal.ZERO, BigDecimal::add)
                .subtract(new BigDecimal(january.get("commission").asString()))
                .subtract(new BigDecimal(january.get("vat").asString()));
        assertThat(january.get("payout").asString()).isEqualTo(due.toPlainString());
        assertThat(due).isPositive();

        // a run cannot go back to a month before the latest
        Api.Response back = api.post("/api/v1/admin/settlement-runs", Map.of("month", "2026-10"), ADMIN);
        assertThat(back.status()).isEqualTo(409);
    }

    @Test
    void aMonthThatIsMalformedOrNotOverIsRefusedAndNothingIsStored() {
        clock.setToday(LocalDate.of(2026, 12, 2));
        int runs = api.get("/api/v1/admin/settlement-runs", ADMIN).json().size();
        Api.Response malformed = api.post("/api/v1/admin/settlement-runs", Map.of("month", "11/2026"), ADMIN);
        assertThat(malformed.status()).isEqualTo(422);
        assertThat(malformed.body()).contains("month");
        Api.Response current = api.post("/api/v1/admin/settlement-runs", Map.of("month", "2026-12"), ADMIN);
        assertThat(current.status()).isEqualTo(422);
        Api.Response future = api.post("/api/v1/admin/settlement-runs", Map.of("month", "2027-03"), ADMIN);
        assertThat(future.status()).isEqualTo(422);
        assertThat(api.get("/api/v1/admin/settlement-runs", ADMIN).json().size()).isEqualTo(runs);
    }

    @Test
    void aShopsBookingsOfAMonthComeAsADatevFileOnTheAccountsOfItsChart() {
        Tenant shop = newTenant("DATEV-Laden");
        assertThat(api.get("/api/v1/exports/datev?from=2026-11-01&to=2026-11-26", shop.auth()).status())
                .as("no consultant and client number yet").isEqualTo(409);
        Api.Response wrong = api.put("/api/v1/exports/datev/settings", Map.of("consultantNumber", 12, "clientNumber", 55003,
                "chart", "SKR05", "accounts", Map.of("debtors", 1400)), shop.auth());
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("consultantNumber", "chart", "accounts.debtors");
        Api.Response saved = api.put("/api/v1/exports/datev/settings", Map.of("consultantNumber", 29098,
                "clientNumber", 55003, "chart", "SKR03", "accounts", Map.of("interest", 2655)), shop.auth());
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.at("/accounts/interest")).isEqualTo("2655");
        assertThat(saved.at("/accounts/bank")).isEqualTo("1200");

        String claim = createClaim(shop, aClaim("DT-1").of("119.00").invoicedOn("2026-10-20").dueOn("2026-11-03").json());
        assertThat(api.post("/api/v1/claims/" + claim + "/payments", Map.of("amount", "50.00",
                "bookingDate", "2026-11-10"), shop.auth()).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/claims/" + claim + "/credit-notes", Map.of("amount", "19.00",
                "date", "2026-11-12", "reason", "Rücksendung eines Teils"), shop.auth()).status()).isEqualTo(201);
        importStatement(nextIban(), "AGENCY-DT", List.of(Entry.credit("50.00", "2026-11-20", "DT-1")
                .rf(api.get("/api/v1/claims/" + claim, shop.auth()).at("/paymentReference"))));

        var file = api.download("/api/v1/exports/datev?from=2026-11-01&to=2026-11-26", shop.auth());
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Type")).contains("windows-1252");
        String[] lines = new String(file.body(), java.nio.charset.Charset.forName("windows-1252")).split("\r\n");
        assertThat(lines[0]).startsWith("\"EXTF\";700;21;\"Buchungsstapel\";9;").contains(";29098;55003;20260101;4;20261101;20261126;");
        assertThat(Stream.of(lines).skip(2).map(l -> String.join(";", List.of(l.split(";", -1)).subList(0, 11))))
                .containsExactly(
                        "50,00;\"H\";\"EUR\";;;\"\";10000;1200;\"\";1011;\"DT-1\"",
                        "19,00;\"H\";\"EUR\";;;\"\";10000;8700;\"\";1211;\"DT-1\"",
                        "50,00;\"H\";\"EUR\";;;\"\";10000;1360;\"\";2011;\"DT-1\"");

        Tenant other = newTenant("Anderer DATEV-Laden");
        assertThat(api.get("/api/v1/exports/datev/settings?creditorId=" + shop.id(), other.auth()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/exports/datev?from=2026-11-01&to=2026-11-26", other.auth()).status()).isEqualTo(409);
        assertThat(api.get("/api/v1/exports/datev?from=2026-11-01&to=2026-11-26", ADMIN).status()).isEqualTo(422);
        assertThat(api.download("/api/v1/exports/datev?from=2026-11-01&to=2026-11-26&creditorId=" + shop.id(), ADMIN)
                .status()).isEqualTo(200);
        for (String period : List.of("from=2026-11-20&to=2026-11-10", "from=2025-12-01&to=2026-01-31",
                "from=2026-11-01&to=2026-12-31", "from=2026-11-01&to=tomorrow")) {
            Api.Response refused = api.get("/api/v1/exports/datev?" + period, shop.auth());
            assertThat(refused.status()).as(period).isEqualTo(422);
            assertThat(refused.json().get("errors").findValuesAsString("field")).as(period).contains("to");
        }
    }

    /** Creditor IBAN → amount of each transfer in a pain.001. */
    private static Map<String, String> transfers(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document d = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        NodeList items = d.getElementsByTagNameNS(CreditTransferFile.NAMESPACE, "CdtTrfTxInf");
        Map<String, String> found = new HashMap<>();
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            found.put(item.getElementsByTagNameNS(CreditTransferFile.NAMESPACE, "IBAN").item(0).getTextContent(),
                    item.getElementsByTagNameNS(CreditTransferFile.NAMESPACE, "InstdAmt").item(0).getTextContent());
        }
        return found;
    }
}
