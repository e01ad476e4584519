package de.kulant.payments;

import static de.kulant.payments.BankFiles.Entry;
import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.payments.internal.BankEntry;
import de.kulant.payments.internal.StatementFolder;
import de.kulant.payments.internal.StatementReaders;
import de.kulant.payments.internal.StatementSink;
import de.kulant.payments.internal.StatementTotals;
import de.kulant.support.Api;
import de.kulant.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Bank statements in, payments matched and booked, returns reversed, the manual queue; on H2 and PostgreSQL. */
abstract class PaymentsContract extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private StatementFolder folder;

    record Shop(Tenant tenant, String iban) {
        Api.Auth auth() {
            return tenant.auth();
        }
    }

    private Shop shop(String name) {
        String iban = nextIban();
        return new Shop(newTenant(name, iban), iban);
    }

    private Api.Response upload(Shop shop, String xml) {
        return upload(xml.getBytes(StandardCharsets.UTF_8), shop.auth());
    }

    private Api.Response upload(byte[] file, Api.Auth auth) {
        return api.postBytes("/api/v1/bank-statements", file, "application/xml", auth);
    }

    private JsonNode claimOf(Shop shop, String id) {
        return api.get("/api/v1/claims/" + id, shop.auth()).json();
    }

    private String claimFor(Shop shop, String invoice, String amount, String debtorName, String customer) {
        Map<String, Object> claim = claim(invoice);
        claim.put("amount", amount);
        debtorOf(claim).put("name", debtorName);
        debtorOf(claim).put("customerNumber", customer);
        return createClaim(shop.tenant(), claim);
    }

    @Test
    void anRfReferenceBooksThePaymentPaysTheClaimAndShowsOnItsLedger() {
        Shop shop = shop("Zahlung per RF");
        String id = claimFor(shop, "R-2026-0815", "119.00", "Erika Mustermann", "K-1");
        String reference = claimOf(shop, id).get("paymentReference").asString();

        Api.Response imported = upload(shop, BankFiles.camt053(shop.iban(), "S-1", List.of(
                Entry.credit("119.00", "2026-11-20", "B-1").from("Erika Mustermann", "DE02120300000000202051").rf(reference))));

        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.at("/format")).isEqualTo("camt.053");
        assertThat(imported.at("/entries")).isEqualTo("1");
        assertThat(imported.at("/credits")).isEqualTo("1");
        assertThat(imported.at("/matched")).isEqualTo("1");
        assertThat(imported.at("/unmatched")).isEqualTo("0");
        assertThat(imported.at("/duplicates")).isEqualTo("0");
        assertThat(imported.at("/matchedAmount")).isEqualTo("119.00");
        JsonNode claim = claimOf(shop, id);
        assertThat(claim.get("status").asString()).isEqualTo("PAID");
        assertThat(claim.at("/balance/outstanding").asString()).isEqualTo("0.00");
        assertThat(api.get("/api/v1/claims/" + id + "/ledger", shop.auth()).json().findValuesAsString("kind"))
                .containsExactly("CLAIM", "PAYMENT");
        JsonNode payments = api.get("/api/v1/payments?statementId=" + imported.at("/id"), shop.auth()).json();
        assertThat(payments.at("/items/0/status").asString()).isEqualTo("BOOKED");
        assertThat(payments.at("/items/0/confidence").asString()).isEqualTo("1.000");
        assertThat(payments.at("/items/0/reasonCode").asString()).isEqualTo("rf");
        assertThat(payments.at("/items/0/reason").asString()).isEqualTo("RF reference of invoice R-2026-0815");
        assertThat(payments.at("/items/0/allocations/0/invoiceNumber").asString()).isEqualTo("R-2026-0815");
        assertThat(payments.at("/items/0/allocations/0/claimId").asString()).isEqualTo(id);
        assertThat(payments.at("/items/0/allocations/0/principal").asString()).isEqualTo("119.00");
    }

    @Test
    void theSameFileTwiceAndAnIntradayReportThenTheStatementBookEachPaymentOnce() {
        Shop shop = shop("Doppelt");
        String first = claimFor(shop, "R-100001", "50.00", "Hans Meier", "K-1");
        String second = claimFor(shop, "R-100002", "70.00", "Hans Meier", "K-1");
        Entry a = Entry.credit("20.00", "2026-11-20", "B-A").from("Hans Meier", null).text("Rechnung R-100001");
        Entry b = Entry.credit("30.00", "2026-11-20", "B-B").from("Hans Meier", null).text("Rechnung R-100002");
        String intraday = BankFiles.camt052(shop.iban(), "RPT-1", List.of(a));
        String statement = BankFiles.camt053(shop.iban(), "STMT-1", List.of(a, b));

        Api.Response report = upload(shop, intraday);
        Api.Response again = upload(shop, intraday);
        Api.Response full = upload(shop, statement);

        assertThat(report.at("/format")).isEqualTo("camt.052");
        assertThat(report.at("/matched")).isEqualTo("1");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.at("/duplicates")).isEqualTo("1");
        assertThat(again.at("/matched")).isEqualTo("0");
        assertThat(full.at("/entries")).isEqualTo("2");
        assertThat(full.at("/duplicates")).isEqualTo("1");
        assertThat(full.at("/matched")).isEqualTo("1");
        assertThat(claimOf(shop, first).at("/balance/paid").asString()).isEqualTo("20.00");
        assertThat(claimOf(shop, second).at("/balance/paid").asString()).isEqualTo("30.00");
        assertThat(claimOf(shop, first).get("status").asString()).isEqualTo("OPEN");
    }

    @Test
    void anEntryTheBankReportsAgainUnderALaterDateIsKnownByItsBankReference() {
        Shop shop = shop("Späteres Datum");
        String id = claimFor(shop, "R-SPAET-1", "25.00", "Susi Spät", "K-1");
        Entry intraday = Entry.credit("25.00", "2026-11-20", "REF-SPAET").from("Susi Spät", null).text("R-SPAET-1");
        Entry booked = Entry.credit("25.00", "2026-11-21", "REF-SPAET").from("Susi Spät", null).text("R-SPAET-1");
        Entry later = Entry.credit("5.00", "2026-11-21", "REF-NEU").from("Susi Spät", null).text("Trinkgeld");

        upload(shop, BankFiles.camt052(shop.iban(), "RPT-S", List.of(intraday)));
        Api.Response statement = upload(shop, BankFiles.camt053(shop.iban(), "STMT-S", List.of(booked, later)));

        assertThat(statement.at("/duplicates")).as(statement.toString()).isEqualTo("1");
        assertThat(statement.at("/unmatched")).isEqualTo("1");
        assertThat(claimOf(shop, id).at("/balance/paid").asString()).isEqualTo("25.00");
    }

    @Test
    void twoImportsOfOneStatementAtTheSameTimeBookItOnceAndBothAnswer() throws Exception {
        Shop shop = shop("Doppelklick");
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            entries.add(Entry.credit("1" + i % 90 + ".00", "2026-11-20", "DK-" + i).from("Zahler " + i, null)
                    .text("Bestellung " + i));
        }
        byte[] file = BankFiles.camt053(shop.iban(), "S-DK", entries).getBytes(StandardCharsets.UTF_8);
        ExecutorService twice = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Response>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(twice.submit(() -> {
                    start.await();
                    return upload(file, shop.auth());
                }));
            }
            start.countDown();
            Api.Response first = results.get(0).get(2, TimeUnit.MINUTES);
            Api.Response second = results.get(1).get(2, TimeUnit.MINUTES);

            assertThat(first.status()).as(first.toString()).isEqualTo(201);
            assertThat(second.status()).as(second.toString()).isEqualTo(201);
            assertThat(List.of(first.at("/duplicates"), second.at("/duplicates"))).containsExactlyInAnyOrder("0", "1500");
        } finally {
            twice.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from payment where account_iban = ?", Integer.class,
                shop.iban())).isEqualTo(1500);
    }

    @Test
    void aPaidClaimGetsNoNoticeAndAPartlyPaidOnesNoticeShowsWhatIsLeft() {
        Shop shop = shop("Mahnung nach Zahlung");
        String paid = claimFor(shop, "R-DUN-1", "119.00", "Mia Mahn", "K-1");
        String partly = claimFor(shop, "R-DUN-2", "100.00", "Nils Rest", "K-2");
        upload(shop, BankFiles.camt053(shop.iban(), "S-DUN", List.of(
                Entry.credit("119.00", "2026-11-20", "DUN-1").from("Mia Mahn", null).text("R-DUN-1"),
                Entry.credit("40.00", "2026-11-20", "DUN-2").from("Nils Rest", null).text("R-DUN-2"))));

        Api.Response run = api.post("/api/v1/dunning-runs", Map.of("asOf", "2026-11-27"), shop.auth());

        assertThat(run.status()).as(run.toString()).isEqualTo(201);
        assertThat(api.get("/api/v1/claims/" + paid + "/notices", shop.auth()).json().size()).isZero();
        JsonNode notices = api.get("/api/v1/claims/" + partly + "/notices", shop.auth()).json();
        assertThat(notices.size()).isEqualTo(1);
        assertThat(notices.get(0).at("/amounts/principal").asString()).isEqualTo("60.00");
    }

    @Test
    void aPendingIntradayEntryBooksNothingUntilTheBankBooksIt() {
        Shop shop = shop("Vorgemerkt");
        String id = claimFor(shop, "R-PEND-1", "40.00", "Lena Vogel", "K-1");
        Entry payment = Entry.credit("40.00", "2026-11-20", "B-P").from("Lena Vogel", null).text("R-PEND-1");

        Api.Response report = upload(shop, BankFiles.camt052(shop.iban(), "RPT-P", List.of(payment.pending())));
        assertThat(report.at("/entries")).isEqualTo("1");
        assertThat(report.at("/pending")).isEqualTo("1");
        assertThat(report.at("/matched")).isEqualTo("0");
        assertThat(claimOf(shop, id).get("status").asString()).isEqualTo("OPEN");

        Api.Response booked = upload(shop, BankFiles.camt053(shop.iban(), "STMT-P", List.of(payment)));
        assertThat(booked.at("/matched")).isEqualTo("1");
        assertThat(claimOf(shop, id).get("status").asString()).isEqualTo("PAID");
    }

    @Test
    void invoiceNumbersWithNoiseSeveralInOneLineAndANameWithTheAmountAreFound() {
        Shop shop = shop("Verwendungszweck");
        String noisy = claimFor(shop, "R-2026-0815", "119.00", "Erika Mustermann", "K-1");
        String one = claimFor(shop, "INV-7001", "10.00", "Max Muster", "K-2");
        String two = claimFor(shop, "INV-7002", "15.50", "Max Muster", "K-2");
        String byName = claimFor(shop, "R-9999", "42.42", "Jürgen Größer", "K-3");

        Api.Response imported = upload(shop, BankFiles.camt053(shop.iban(), "S-N", List.of(
                Entry.credit("119.00", "2026-11-20", "N-1").from("Erika Mustermann", null).text("rg r 2026 0815 danke"),
                Entry.credit("25.50", "2026-11-20", "N-2").from("Max Muster", null).text("INV 7001 + inv-7002"),
                Entry.credit("42.42", "2026-11-20", "N-3").from("GROESSER, JUERGEN", null).text("Zahlung"))));

        assertThat(imported.at("/matched")).as(imported.toString()).isEqualTo("3");
        assertThat(claimOf(shop, noisy).get("status").asString()).isEqualTo("PAID");
        assertThat(claimOf(shop, one).get("status").asString()).isEqualTo("PAID");
        assertThat(claimOf(shop, two).get("status").asString()).isEqualTo("PAID");
        assertThat(claimOf(shop, byName).get("status").asString()).isEqualTo("PAID");
    }

    @Test
    void aPartialPaymentLeavesTheRestOpenAndAnOverpaymentBecomesACreditBalanceForRefund() {
        Shop shop = shop("Teil und Über");
        String partial = claimFor(shop, "R-TEIL-1", "100.00", "Anna Teil", "K-1");
        String over = claimFor(shop, "R-UBER-1", "60.00", "Otto Über", "K-2");

        upload(shop, BankFiles.camt053(shop.iban(), "S-T", List.of(
                Entry.credit("30.00", "2026-11-20", "T-1").from("Anna Teil", null).text("R-TEIL-1"),
                Entry.credit("75.00", "2026-11-20", "T-2").from("Otto Über", null).text("R-UBER-1"))));

        assertThat(claimOf(shop, partial).get("status").asString()).isEqualTo("OPEN");
        assertThat(claimOf(shop, partial).at("/balance/outstanding").asString()).isEqualTo("70.00");
        assertThat(claimOf(shop, over).get("status").asString()).isEqualTo("PAID");
        JsonNode refunds = api.get("/api/v1/payments/refunds", shop.auth()).json();
        assertThat(refunds.at("/creditBalances/0/amount").asString()).isEqualTo("15.00");
        assertThat(refunds.at("/creditBalances/0/invoiceNumber").asString()).isEqualTo("R-UBER-1");
    }

    @Test
    void aWrongBookingIsUndoneAndThePaymentBookedToTheRightClaim() {
        Shop shop = shop("Umbuchung");
        String wrong = claimFor(shop, "R-UM-1", "40.00", "Uwe Um", "K-1");
        String right = claimFor(shop, "R-UM-2", "40.00", "Ute Um", "K-2");
        upload(shop, BankFiles.camt053(shop.iban(), "S-UM", List.of(
                Entry.credit("40.00", "2026-11-20", "UM-1").from("Uwe Um", null).text("R-UM-1"))));
        assertThat(claimOf(shop, wrong).get("status").asString()).isEqualTo("PAID");
        String payment = api.get("/api/v1/payments?status=BOOKED", shop.auth()).json().at("/items/0/id").asString();

        Api.Response noNote = api.post("/api/v1/payments/" + payment + "/unassign", Map.of("note", " "), shop.auth());
        assertThat(noNote.status()).isEqualTo(422);
        assertThat(noNote.body()).contains("note");
        assertThat(api.post("/api/v1/payments/" + payment + "/unassign", Map.of("note", "x"), shop("Fremd").auth())
                .status()).isEqualTo(404);

        Api.Response undone = api.post("/api/v1/payments/" + payment + "/unassign",
                Map.of("note", "Ute hat für Uwe bezahlt"), shop.auth());
        assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
        assertThat(undone.at("/status")).isEqualTo("UNMATCHED");
        assertThat(undone.at("/reasonCode")).isEqualTo("unassigned");
        assertThat(undone.at("/allocations/0/reversed")).isEqualTo("true");
        JsonNode reopened = claimOf(shop, wrong);
        assertThat(reopened.get("status").asString()).isEqualTo("OPEN");
        assertThat(reopened.at("/balance/outstanding").asString()).isEqualTo("40.00");
        assertThat(api.post("/api/v1/payments/" + payment + "/unassign", Map.of("note", "again"), shop.auth()).status())
                .isEqualTo(409);

        Api.Response rebooked = api.post("/api/v1/payments/" + payment + "/assign", Map.of("shares", List.of(
                Map.of("claimId", right, "amount", "40.00"))), shop.auth());
        assertThat(rebooked.at("/status")).as(rebooked.toString()).isEqualTo("BOOKED");
        assertThat(claimOf(shop, right).get("status").asString()).isEqualTo("PAID");
        assertThat(claimOf(shop, wrong).get("status").asString()).isEqualTo("OPEN");
        assertThat(api.get("/api/v1/claims/" + wrong + "/ledger", shop.auth()).json().findValuesAsString("kind"))
                .containsExactly("CLAIM", "PAYMENT", "PAYMENT_RETURNED");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_id = ? and action = ?",
                Integer.class, payment, "payment.unassigned")).isEqualTo(1);
    }

    @Test
    void aCreditBalanceFromAPaymentRecordedByApiIsPaidBackByHand() {
        Shop shop = shop("Guthaben von Hand");
        String id = claimFor(shop, "R-HAND-1", "10.00", "Hanna Hand", "K-1");
        api.post("/api/v1/claims/" + id + "/payments", Map.of("amount", "15.00", "bookingDate", "2026-11-20"),
                shop.auth());

        JsonNode due = api.get("/api/v1/refund-transfers/due", shop.auth()).json();
        assertThat(due.at("/0/accountIban").asString()).as("paid back from the creditor's own account")
                .isEqualTo(shop.iban());
        assertThat(due.at("/0/payable")).isEmpty();
        assertThat(due.at("/0/withoutIban/0/amount").asString()).isEqualTo("5.00");
        String balance = due.at("/0/withoutIban/0/creditBalanceId").asString();
        assertThat(api.post("/api/v1/refund-transfers", Map.of("accountIban", shop.iban()), shop.auth()).status())
                .isEqualTo(422);
        Api.Response both = api.post("/api/v1/refund-transfers/paid-by-hand", Map.of("creditBalanceId", balance,
                "paymentId", balance, "note", "x"), shop.auth());
        assertThat(both.status()).isEqualTo(422);

        Api.Response byHand = api.post("/api/v1/refund-transfers/paid-by-hand",
                Map.of("creditBalanceId", balance, "note", "per Scheck"), shop.auth());

        assertThat(byHand.status()).as(byHand.toString()).isEqualTo(200);
        assertThat(api.get("/api/v1/payments/refunds", shop.auth()).json().get("creditBalances")).isEmpty();
        assertThat(api.get("/api/v1/refund-transfers/due", shop.auth()).json()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_id = ? and action = ?",
                Integer.class, id, "creditBalance.refunded")).isEqualTo(1);
    }

    @Test
    void refundsArePaidBackInOneSepaTransferFilePerAccountAndLeaveTheList() {
        Shop shop = shop("Erstattung");
        claimFor(shop, "R-ERST-1", "50.00", "Olga Ober", "K-1");
        upload(shop, BankFiles.camt053(shop.iban(), "S-E", List.of(
                Entry.credit("80.00", "2026-11-20", "E-1").from("Olga Ober", "DE02120300000000202051").text("R-ERST-1"),
                Entry.credit("12.34", "2026-11-20", "E-2").from("Fremd GmbH", "DE02500105170137075030").text("Abo 7"),
                Entry.credit("7.00", "2026-11-20", "E-3").from("Ohne Konto", null).text("Spende"),
                Entry.credit("3.00", "2026-11-20", "E-4").from("Falsche Ziffer", "DE00370400440532013000").text("x"))));
        for (JsonNode p : api.get("/api/v1/payments/unmatched", shop.auth()).json().get("items")) {
            api.post("/api/v1/payments/" + p.get("id").asString() + "/not-ours", Map.of("note", "kein Kunde"), shop.auth());
        }

        JsonNode due = api.get("/api/v1/refund-transfers/due", shop.auth()).json();
        assertThat(due).hasSize(1);
        assertThat(due.at("/0/accountIban").asString()).isEqualTo(shop.iban());
        assertThat(due.at("/0/total").asString()).isEqualTo("42.34");
        assertThat(due.at("/0/payable")).hasSize(2);
        assertThat(due.at("/0/withoutIban").findValuesAsString("name")).containsExactlyInAnyOrder("Ohne Konto",
                "Falsche Ziffer");

        Shop other = shop("Fremde Erstattung");
        Api.Response foreign = api.post("/api/v1/refund-transfers", Map.of("accountIban", shop.iban()), other.auth());
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.body()).contains("accountIban");

        Api.Response made = api.post("/api/v1/refund-transfers", Map.of("accountIban", shop.iban()), shop.auth());
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        assertThat(made.at("/items")).isEqualTo("2");
        assertThat(made.at("/total")).isEqualTo("42.34");
        Api.Download file = api.download(made.at("/documentUrl"), shop.auth());
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Disposition")).contains(made.at("/messageId") + ".xml");
        String xml = new String(file.body(), StandardCharsets.UTF_8);
        assertThat(xml).contains("pain.001.001.09", "<NbOfTxs>2</NbOfTxs>", "<CtrlSum>42.34</CtrlSum>",
                "<IBAN>DE02120300000000202051</IBAN>", "<InstdAmt Ccy=\"EUR\">30.00</InstdAmt>",
                "<IBAN>DE02500105170137075030</IBAN>", "<InstdAmt Ccy=\"EUR\">12.34</InstdAmt>", "<Nm>Erstattung</Nm>",
                "Erstattung Ihrer Ueberzahlung zu R-ERST-1");
        assertThat(api.download(made.at("/documentUrl"), other.auth()).status()).isEqualTo(404);

        JsonNode refunds = api.get("/api/v1/payments/refunds", shop.auth()).json();
        assertThat(refunds.get("creditBalances")).isEmpty();
        assertThat(refunds.at("/notOurs").findValuesAsString("amount")).containsExactlyInAnyOrder("7.00", "3.00");
        assertThat(api.get("/api/v1/payments?status=REFUNDED", shop.auth()).json().get("total").asInt()).isEqualTo(1);
        Api.Response again = api.post("/api/v1/refund-transfers", Map.of("accountIban", shop.iban()), shop.auth());
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body()).contains("by hand");
        assertThat(api.get("/api/v1/refund-transfers", shop.auth()).json()).hasSize(1);
        assertThat(api.get("/api/v1/refund-transfers", other.auth()).json()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action in "
                + "('payment.refunded', 'creditBalance.refunded', 'refundTransfer.created') and creditor_id = ?::uuid",
                Integer.class, shop.tenant().id())).isEqualTo(3);

        // what cannot go into a file is paid back by hand and recorded so
        String noIban = null;
        for (JsonNode p : api.get("/api/v1/payments/refunds", shop.auth()).json().get("notOurs")) {
            if (p.get("amount").asString().equals("7.00")) {
                noIban = p.get("id").asString();
            }
        }
        Api.Response withoutNote = api.post("/api/v1/refund-transfers/paid-by-hand", Map.of("paymentId", noIban),
                shop.auth());
        assertThat(withoutNote.status()).isEqualTo(422);
        assertThat(withoutNote.body()).contains("note");
        assertThat(api.post("/api/v1/refund-transfers/paid-by-hand", Map.of("paymentId", noIban, "note", "bar"),
                other.auth()).status()).isEqualTo(404);
        Api.Response byHand = api.post("/api/v1/refund-transfers/paid-by-hand",
                Map.of("paymentId", noIban, "note", "bar ausgezahlt"), shop.auth());
        assertThat(byHand.status()).as(byHand.toString()).isEqualTo(200);
        assertThat(api.get("/api/v1/payments/" + noIban, shop.auth()).json().get("reasonCode").asString())
                .isEqualTo("refundedByHand");
        assertThat(api.get("/api/v1/payments/refunds", shop.auth()).json().at("/notOurs")
                .findValuesAsString("amount")).containsExactly("3.00");
        assertThat(api.post("/api/v1/refund-transfers/paid-by-hand", Map.of("paymentId", noIban, "note", "nochmal"),
                shop.auth()).status()).isEqualTo(409);

        String olga = api.get("/api/v1/payments?status=BOOKED", shop.auth()).json().at("/items/0/id").asString();
        Api.Response undo = api.post("/api/v1/payments/" + olga + "/unassign", Map.of("note", "falsch"), shop.auth());
        assertThat(undo.status()).as("its credit balance was paid back").isEqualTo(409);
        assertThat(api.get("/api/v1/payments/" + olga, shop.auth()).json().get("status").asString()).isEqualTo("BOOKED");
    }

    @Test
    void whatCannotBePlacedWaitsWithSuggestionsAndAPersonSplitsItOrMarksItNotOurs() {
        Shop shop = shop("Handarbeit");
        String first = claimFor(shop, "R-H-1", "80.00", "Paula Hand", "K-1");
        String second = claimFor(shop, "R-H-2", "40.00", "Paula Hand", "K-1");

        Api.Response imported = upload(shop, BankFiles.camt053(shop.iban(), "S-H", List.of(
                Entry.credit("100.00", "2026-11-20", "H-1").from("Paula Hand", null).text("Danke"),
                Entry.credit("12.34", "2026-11-20", "H-2").from("Unbekannt GmbH", null).text("Abo 42"))));
        assertThat(imported.at("/matched")).isEqualTo("0");
        assertThat(imported.at("/unmatched")).isEqualTo("2");

        JsonNode queue = api.get("/api/v1/payments/unmatched", shop.auth()).json();
        assertThat(queue.get("total").asInt()).isEqualTo(2);
        String paula = null;
        String stranger = null;
        for (JsonNode p : queue.get("items")) {
            if (p.get("amount").asString().equals("100.00")) {
                paula = p.get("id").asString();
            } else {
                stranger = p.get("id").asString();
            }
        }
        assertThat(api.get("/api/v1/payments/" + paula + "/suggestions", shop.auth()).json().findValuesAsString("invoiceNumber"))
                .containsExactlyInAnyOrder("R-H-1", "R-H-2");

        Api.Response wrongSum = api.post("/api/v1/payments/" + paula + "/assign", Map.of("shares", List.of(
                Map.of("claimId", first, "amount", "80.00"), Map.of("claimId", second, "amount", "10.00"))), shop.auth());
        assertThat(wrongSum.status()).isEqualTo(422);
        assertThat(wrongSum.body()).contains("add up to 90.00");

        Api.Response split = api.post("/api/v1/payments/" + paula + "/assign", Map.of("shares", List.of(
                Map.of("claimId", first, "amount", "80.00"), Map.of("claimId", second, "amount", "20.00"))), shop.auth());
        assertThat(split.status()).as(split.toString()).isEqualTo(200);
        assertThat(split.at("/status")).isEqualTo("BOOKED");
        assertThat(claimOf(shop, first).get("status").asString()).isEqualTo("PAID");
        assertThat(claimOf(shop, second).at("/balance/outstanding").asString()).isEqualTo("20.00");
        Api.Response twice = api.post("/api/v1/payments/" + paula + "/assign", Map.of("shares", List.of(
                Map.of("claimId", second, "amount", "100.00"))), shop.auth());
        assertThat(twice.status()).isEqualTo(409);

        Api.Response notOurs = api.post("/api/v1/payments/" + stranger + "/not-ours", Map.of("note", "Kein Kunde"),
                shop.auth());
        assertThat(notOurs.at("/status")).isEqualTo("NOT_OURS");
        assertThat(api.get("/api/v1/payments/unmatched", shop.auth()).json().get("total").asInt()).isZero();
        assertThat(api.get("/api/v1/payments/refunds", shop.auth()).json().at("/notOurs/0/amount").asString())
                .isEqualTo("12.34");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_id in (?, ?)", Integer.class,
                paula, stranger)).isEqualTo(2);
    }

    @Test
    void aReturnedDirectDebitReversesItsPaymentAndReopensTheClaim() {
        Shop shop = shop("Rücklastschrift");
        String id = claimFor(shop, "R-RL-1", "55.00", "Rita Rück", "K-1");
        upload(shop, BankFiles.camt053(shop.iban(), "S-R1", List.of(
                Entry.credit("55.00", "2026-11-18", "RL-1").from("Rita Rück", "DE02120300000000202051")
                        .text("R-RL-1").endToEnd("E2E-RL-1"))));
        assertThat(claimOf(shop, id).get("status").asString()).isEqualTo("PAID");

        Api.Response returned = upload(shop, BankFiles.camt053(shop.iban(), "S-R2", List.of(
                Entry.debit("55.00", "2026-11-23", "RL-2").from("Rita Rück", "DE02120300000000202051")
                        .endToEnd("E2E-RL-1").returned("MD06"))));

        assertThat(returned.at("/returns")).as(returned.toString()).isEqualTo("1");
        JsonNode claim = claimOf(shop, id);
        assertThat(claim.get("status").asString()).isEqualTo("OPEN");
        assertThat(claim.at("/balance/outstanding").asString()).isEqualTo("55.00");
        assertThat(api.get("/api/v1/claims/" + id + "/ledger", shop.auth()).json().findValuesAsString("kind"))
                .containsExactly("CLAIM", "PAYMENT", "PAYMENT_RETURNED");
        JsonNode original = api.get("/api/v1/payments?status=RETURNED", shop.auth()).json();
        assertThat(original.at("/items/0/allocations/0/reversed").asBoolean()).isTrue();
    }

    @Test
    void aReturnTakesBackWhatTheLedgerBookedForThePaymentNotWhatThePaymentsListShows() {
        Shop shop = shop("Rückgabe aus dem Hauptbuch");
        String id = claimFor(shop, "R-RL-9", "80.00", "Rolf Rück", "K-1");
        upload(shop, BankFiles.camt053(shop.iban(), "S-R9", List.of(
                Entry.credit("30.00", "2026-11-18", "RL-9").from("Rolf Rück", "DE02120300000000202051")
                        .text("R-RL-9").endToEnd("E2E-RL-9"))));
        String payment = api.get("/api/v1/payments?status=BOOKED", shop.auth()).json().at("/items/0/id").asString();
        // the payments module's copy of the allocation is only a read model: even a wrong one changes nothing
        jdbc.update("update payment_allocation set principal = 1.00, amount = 1.00 where payment_id = ?::uuid", payment);

        upload(shop, BankFiles.camt053(shop.iban(), "S-R10", List.of(
                Entry.debit("30.00", "2026-11-23", "RL-10").from("Rolf Rück", "DE02120300000000202051")
                        .endToEnd("E2E-RL-9").returned("AM04"))));

        JsonNode claim = claimOf(shop, id);
        assertThat(claim.at("/balance/outstanding").asString()).isEqualTo("80.00");
        JsonNode ledger = api.get("/api/v1/claims/" + id + "/ledger", shop.auth()).json();
        List<String> sources = new ArrayList<>();
        for (JsonNode posting : ledger) {
            sources.add(posting.get("kind").asString() + " " + posting.get("amount").asString() + " "
                    + posting.get("source").asString() + " " + posting.get("sourceId").asString());
        }
        assertThat(sources).containsExactly("CLAIM 80.00 INTAKE " + id, "PAYMENT -30.00 PAYMENT " + payment,
                "PAYMENT_RETURNED 30.00 PAYMENT " + payment);
    }

    @Test
    void aReturnOfAPaymentWhoseCreditBalanceWasRefundedAlreadyIsFlaggedWithTheAmountToRecover() {
        Shop shop = shop("Erstattet und zurück");
        String id = claimFor(shop, "R-BACK-1", "103.00", "Bert Back", "K-1");
        upload(shop, BankFiles.camt053(shop.iban(), "S-B1", List.of(
                Entry.credit("500.00", "2026-11-18", "B-1").from("Bert Back", "DE02120300000000202051")
                        .text("R-BACK-1").endToEnd("E2E-B-1"))));
        assertThat(claimOf(shop, id).get("status").asString()).isEqualTo("PAID");
        Api.Response refunded = api.post("/api/v1/refund-transfers", Map.of("accountIban", shop.iban()), shop.auth());
        assertThat(refunded.at("/total")).as(refunded.toString()).isEqualTo("397.00");

        Api.Response returned = upload(shop, BankFiles.camt053(shop.iban(), "S-B2", List.of(
                Entry.debit("500.00", "2026-11-23", "B-2").from("Bert Back", "DE02120300000000202051")
                        .endToEnd("E2E-B-1").returned("MD06"))));

        assertThat(returned.at("/returns")).as(returned.toString()).isEqualTo("1");
        assertThat(returned.json().get("warnings").toString()).contains("R-BACK-1").contains("397.00");
        assertThat(claimOf(shop, id).at("/balance/outstanding").asString()).isEqualTo("103.00");
        JsonNode attention = api.get("/api/v1/payments/needs-attention", shop.auth()).json();
        assertThat(attention).hasSize(1);
        assertThat(attention.at("/0/amountToRecover").asString()).isEqualTo("397.00");
        assertThat(attention.at("/0/invoiceNumber").asString()).isEqualTo("R-BACK-1");
        assertThat(attention.at("/0/returnedOn").asString()).isEqualTo("2026-11-23");
        assertThat(api.get("/api/v1/payments/refunds", shop.auth()).json().get("toRecover")).hasSize(1);
        assertThat(api.get("/api/v1/claims/" + id + "/history", shop.auth()).body())
                .contains("refund.paidFromReturnedMoney");

        String item = attention.at("/0/id").asString();
        Shop other = shop("Fremde Klärung");
        assertThat(api.post("/api/v1/payments/needs-attention/" + item + "/resolve", Map.of("note", "x"), other.auth())
                .status()).isEqualTo(404);
        assertThat(api.post("/api/v1/payments/needs-attention/" + item + "/resolve", Map.of("note", ""), shop.auth())
                .status()).isEqualTo(422);
        Api.Response resolved = api.post("/api/v1/payments/needs-attention/" + item + "/resolve",
                Map.of("note", "Schuldner hat 397,00 zurückgezahlt"), shop.auth());
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        assertThat(api.get("/api/v1/payments/needs-attention", shop.auth()).json()).isEmpty();
        assertThat(api.get("/api/v1/claims/" + id + "/history", shop.auth()).body()).contains("refund.recovered");
    }

    @Test
    void aReturnBookedWithTheBanksFeeFindsItsPaymentByPayerAndOriginalAmount() {
        Shop shop = shop("Rücklastschrift mit Gebühr");
        String id = claimFor(shop, "R-FEE-1", "50.00", "Sven Schuldner", "K-1");
        upload(shop, BankFiles.camt053(shop.iban(), "S-F1", List.of(
                Entry.credit("50.00", "2026-11-18", "FEE-1").from("Sven Schuldner", "DE02120300000000202051")
                        .text("R-FEE-1"))));
        assertThat(claimOf(shop, id).get("status").asString()).isEqualTo("PAID");

        // as German banks book it: the fee in the entry's amount, the original amount and the fee beside it
        String statement = BankFiles.camt053(shop.iban(), "S-F2", List.of(
                Entry.debit("53.00", "2026-11-25", "FEE-2").from("Sven Schuldner", "DE02120300000000202051")
                        .returned("AM04"))).replace("<AmtDtls><TxAmt><Amt Ccy=\"EUR\">53.00</Amt></TxAmt></AmtDtls>",
                "<AmtDtls><InstdAmt><Amt Ccy=\"EUR\">50.00</Amt></InstdAmt></AmtDtls>"
                        + "<Chrgs><Amt Ccy=\"EUR\">3.00</Amt></Chrgs>");
        assertThat(statement).contains("<InstdAmt>");
        Api.Response returned = upload(shop, statement);

        assertThat(returned.at("/returns")).as(returned.toString()).isEqualTo("1");
        assertThat(claimOf(shop, id).get("status").asString()).isEqualTo("OPEN");
        assertThat(claimOf(shop, id).at("/balance/outstanding").asString()).isEqualTo("50.00");
        JsonNode booked = api.get("/api/v1/payments?status=BOOKED&statementId=" + returned.at("/id"), shop.auth()).json();
        assertThat(booked.at("/items/0/kind").asString()).isEqualTo("RETURN");
        assertThat(booked.at("/items/0/amount").asString()).isEqualTo("50.00");
    }

    @Test
    void aReturnWithoutReferencesWaitsAndAPersonNamesThePaymentItTakesBack() {
        Shop shop = shop("Rückgabe von Hand");
        String first = claimFor(shop, "R-RW-1", "55.00", "Willi Warte", "K-1");
        claimFor(shop, "R-RW-2", "30.00", "Willi Warte", "K-1");
        upload(shop, BankFiles.camt053(shop.iban(), "S-RW1", List.of(
                Entry.credit("55.00", "2026-11-18", "RW-1").from("Willi Warte", "DE02120300000000202051").text("R-RW-1"),
                Entry.credit("30.00", "2026-11-18", "RW-2").from("Willi Warte", "DE02120300000000202051").text("R-RW-2"))));
        assertThat(claimOf(shop, first).get("status").asString()).isEqualTo("PAID");

        Api.Response imported = upload(shop, BankFiles.camt053(shop.iban(), "S-RW2", List.of(
                Entry.debit("55.00", "2026-11-24", "RW-3").returned("AC04"))));
        assertThat(imported.at("/returns")).as(imported.toString()).isEqualTo("1");
        JsonNode waiting = api.get("/api/v1/payments/unmatched", shop.auth()).json();
        assertThat(waiting.at("/items/0/kind").asString()).isEqualTo("RETURN");
        assertThat(waiting.at("/items/0/reasonCode").asString()).isEqualTo("returnUnknown");
        String returnId = waiting.at("/items/0/id").asString();
        assertThat(claimOf(shop, first).get("status").asString()).isEqualTo("PAID");

        JsonNode byAmount = api.get("/api/v1/payments/" + returnId + "/return-candidates?q=55,00", shop.auth()).json();
        assertThat(byAmount).hasSize(1);
        assertThat(byAmount.at("/0/amount").asString()).isEqualTo("55.00");
        assertThat(byAmount.at("/0/allocations/0/invoiceNumber").asString()).isEqualTo("R-RW-1");
        String original = byAmount.at("/0/id").asString();
        JsonNode byName = api.get("/api/v1/payments/" + returnId + "/return-candidates?q=willi", shop.auth()).json();
        assertThat(byName).hasSize(2);
        String smaller = byName.at("/0/id").asString().equals(original) ? byName.at("/1/id").asString()
                : byName.at("/0/id").asString();

        Api.Response wrongAmount = api.post("/api/v1/payments/" + returnId + "/return-of", Map.of("paymentId", smaller),
                shop.auth());
        assertThat(wrongAmount.status()).isEqualTo(422);
        assertThat(wrongAmount.body()).contains("paymentId").contains("the return is 55.00 but the payment was 30.00");
        Shop other = shop("Fremde Rückgabe");
        assertThat(api.post("/api/v1/payments/" + returnId + "/return-of", Map.of("paymentId", original), other.auth())
                .status()).isEqualTo(404);

        Api.Response assigned = api.post("/api/v1/payments/" + returnId + "/return-of", Map.of("paymentId", original),
                shop.auth());
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        assertThat(assigned.at("/status")).isEqualTo("BOOKED");
        assertThat(assigned.at("/returnsPaymentId")).isEqualTo(original);
        JsonNode claim = claimOf(shop, first);
        assertThat(claim.get("status").asString()).isEqualTo("OPEN");
        assertThat(claim.at("/balance/outstanding").asString()).isEqualTo("55.00");
        assertThat(api.get("/api/v1/payments/" + original, shop.auth()).json().get("status").asString())
                .isEqualTo("RETURNED");
        assertThat(api.post("/api/v1/payments/" + returnId + "/return-of", Map.of("paymentId", original), shop.auth())
                .status()).isEqualTo(409);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_id = ? and action = ?",
                Integer.class, returnId, "payment.return-assigned")).isEqualTo(1);
    }

    @Test
    void everyEntryHasItsStatementEveryPaymentItsEntryAndEveryAllocationItsPayment() {
        // the importer keeps these links itself (decision 011); checked over everything the tests imported
        Shop shop = shop("Verweise");
        claimFor(shop, "R-LNK-1", "20.00", "Lina Link", "K-1");
        upload(shop, BankFiles.camt053(shop.iban(), "S-LNK", List.of(
                Entry.credit("20.00", "2026-11-20", "LNK-1").from("Lina Link", "DE02120300000000202051").text("R-LNK-1")
                        .endToEnd("E2E-LNK-1"),
                Entry.debit("20.00", "2026-11-21", "LNK-2").endToEnd("E2E-LNK-1").returned("MD06"),
                Entry.credit("5.00", "2026-11-21", "LNK-3").text("unbekannt"))));

        assertThat(jdbc.queryForObject("select count(*) from bank_entry e where not exists "
                + "(select 1 from bank_statement s where s.id = e.statement_id)", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from payment p where not exists "
                + "(select 1 from bank_entry e where e.id = p.entry_id and e.statement_id = p.statement_id)",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from payment_allocation a where not exists "
                + "(select 1 from payment p where p.id = a.payment_id)", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from payment where returns_payment_id is not null and "
                + "returns_payment_id not in (select id from payment where status = 'RETURNED')", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from payment_allocation", Integer.class)).isPositive();
    }

    @Test
    void anotherAccountIsRefusedAndAnotherTenantsPaymentIsNotFound() {
        Shop shop = shop("Eigenes Konto");
        Shop other = shop("Fremdes Konto");
        Api.Response foreign = upload(shop, BankFiles.camt053(other.iban(), "S-F", List.of(
                Entry.credit("1.00", "2026-11-20", "F-1").text("x"))));
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.body()).contains(other.iban());

        Api.Response own = upload(other, BankFiles.camt053(other.iban(), "S-O", List.of(
                Entry.credit("1.00", "2026-11-20", "O-1").text("nichts"))));
        String payment = api.get("/api/v1/payments/unmatched", other.auth()).json().at("/items/0/id").asString();
        assertThat(own.status()).isEqualTo(201);
        assertThat(api.get("/api/v1/payments/" + payment, shop.auth()).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/payments/" + payment + "/not-ours", Map.of("note", "x"), shop.auth()).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/payments/" + payment, ADMIN).status()).isEqualTo(200);
    }

    @Test
    void badFilesAreRefusedWithThePositionAndBookNothing() {
        Shop shop = shop("Kaputt");
        String id = claimFor(shop, "R-BAD-1", "10.00", "Bea Bad", "K-1");
        String good = BankFiles.camt053(shop.iban(), "S-B", List.of(
                Entry.credit("10.00", "2026-11-20", "BAD-1").from("Bea Bad", null).text("R-BAD-1")));
        int statementsBefore = jdbc.queryForObject("select count(*) from bank_statement", Integer.class);

        Map<String, String> cases = Map.of(
                "Das ist kein Kontoauszug.", "neither ISO 20022 XML nor MT940",
                "<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\">"
                        + "<CstmrCdtTrfInitn/></Document>", "pain.001.001.03",
                good.substring(0, good.indexOf("</Ntry>")), "line",
                good.replace("<Amt Ccy=\"EUR\">10.00</Amt><CdtDbtInd>", "<Amt Ccy=\"EUR\">-10.00</Amt><CdtDbtInd>"),
                "negative",
                good.replace("<Amt Ccy=\"EUR\">10.00</Amt><CdtDbtInd>", "<Amt Ccy=\"EUR\">5000000000.00</Amt><CdtDbtInd>"),
                "larger than any plausible payment",
                ":20:STARTUMS\n:25:" + shop.iban() + "\n:60F:C261120EUR0,00\n:6l:2611201120C10,00NTRFNONREF\n",
                "broken field tag");
        cases.forEach((file, message) -> {
            Api.Response refused = upload(shop, file);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.body()).contains(message);
        });
        byte[] latin1 = good.replace("Bea Bad", "Bä Bad").getBytes(StandardCharsets.ISO_8859_1);
        Api.Response wrongEncoding = upload(latin1, shop.auth());
        assertThat(wrongEncoding.status()).isEqualTo(422);
        // the entry with the payer name is the fifth line of the file
        assertThat(wrongEncoding.at("/errors/0/line")).isEqualTo("5");
        assertThat(wrongEncoding.body()).contains("line 5");

        assertThat(jdbc.queryForObject("select count(*) from bank_statement", Integer.class)).isEqualTo(statementsBefore);
        assertThat(claimOf(shop, id).get("status").asString()).isEqualTo("OPEN");
    }

    @Test
    void everyRealSampleStatementImportsThroughTheApiAndCountsEveryEntry() throws Exception {
        Path samples = Path.of("..", "shared", "data");
        Assumptions.assumeTrue(Files.isDirectory(samples), "the shared sample folder is absent (a fresh clone)");
        int files = 0;
        for (String folder : List.of("camt052", "camt053", "camt054", "mt940")) {
            try (Stream<Path> list = Files.list(samples.resolve(folder))) {
                for (Path file : list.sorted().toList()) {
                    byte[] bytes = Files.readAllBytes(file);
                    int[] entries = {0};
                    StatementReaders.read(new ByteArrayInputStream(bytes), new StatementSink() {
                        @Override
                        public void entry(BankEntry entry) {
                            entries[0]++;
                        }

                        @Override
                        public void statementEnd(StatementTotals totals) {
                        }
                    });
                    Api.Response imported = upload(bytes, ADMIN);
                    assertThat(imported.status()).as(file + ": " + imported).isEqualTo(201);
                    assertThat(imported.json().get("entries").asInt()).as(file.toString()).isEqualTo(entries[0]);
                    files++;
                }
            }
        }
        assertThat(files).isEqualTo(21);
    }

    @Test
    void theWatchedFolderImportsAStatementAndSetsABadFileAsideWithItsReason() throws Exception {
        Shop shop = shop("Importordner");
        String id = claimFor(shop, "R-DIR-1", "33.00", "Doris Ordner", "K-1");
        Path in = folder.folder();
        Files.createDirectories(in);
        Path good = in.resolve("auszug-" + shop.iban() + ".xml");
        Path bad = in.resolve("kaputt-" + shop.iban() + ".xml");
        Files.writeString(good, BankFiles.camt053(shop.iban(), "S-DIR", List.of(
                Entry.credit("33.00", "2026-11-20", "DIR-1").from("Doris Ordner", null).text("R-DIR-1"))));
        Files.writeString(bad, "<Document><kaputt>");
        FileTime past = FileTime.from(Instant.now().minusSeconds(60));
        Files.setLastModifiedTime(good, past);
        Files.setLastModifiedTime(bad, past);

        folder.importWaiting();

        assertThat(claimOf(shop, id).get("status").asString()).isEqualTo("PAID");
        assertThat(good).doesNotExist();
        assertThat(bad).doesNotExist();
        try (Stream<Path> done = Files.list(in.resolve("done")); Stream<Path> failed = Files.list(in.resolve("failed"))) {
            assertThat(done.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(good.getFileName().toString()));
            List<Path> refused = failed.filter(p -> p.getFileName().toString().contains(bad.getFileName().toString()))
                    .toList();
            assertThat(refused).hasSize(2);
            Path reason = refused.stream().filter(p -> p.toString().endsWith(".error.txt")).findFirst().orElseThrow();
            assertThat(Files.readString(reason)).contains("line 1");
        }
    }

    @Test
    void anMt940StatementBooksLikeCamt() {
        Shop shop = shop("MT940");
        String id = claimFor(shop, "R-MT-4711", "89.90", "Gustav Gans", "K-1");
        String reference = claimOf(shop, id).get("paymentReference").asString();
        String mt940 = ":20:STARTUMS\r\n:25:" + shop.iban() + "\r\n:28C:00001/001\r\n:60F:C261119EUR1000,00\r\n"
                + ":61:2611201120CR89,90NTRFNONREF//BANK-MT-1\r\n"
                + ":86:166?00SEPA-GUTSCHRIFT?109310?20EREF+NOTPROVIDED?21SVWZ+" + reference.substring(0, 10)
                + "?22" + reference.substring(10) + " Danke?32GANS, GUSTAV\r\n"
                + ":61:2611201120DR5,00NCHGNONREF//BANK-MT-2\r\n:86:805?00Kontoführung\r\n"
                + ":62F:C261120EUR1084,90\r\n-\r\n";

        Api.Response imported = api.postBytes("/api/v1/bank-statements", mt940.getBytes(StandardCharsets.UTF_8),
                "text/plain", shop.auth());

        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.at("/format")).isEqualTo("MT940");
        assertThat(imported.at("/entries")).isEqualTo("2");
        assertThat(imported.at("/credits")).isEqualTo("1");
        assertThat(imported.at("/matched")).isEqualTo("1");
        assertThat(imported.json().get("warnings").size()).isZero();
        assertThat(claimOf(shop, id).get("status").asString()).isEqualTo("PAID");
    }
}
