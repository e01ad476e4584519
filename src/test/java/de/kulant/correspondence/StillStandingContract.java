package de.kulant.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.correspondence.internal.Dispatcher;
import de.kulant.support.Api;
import de.kulant.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Nothing is sent or written that should not be (issue 11, items 13, 14, 19): at the moment of sending the dispatcher
 * checks again that each notice still stands, a notice links only a document that exists, and the print manifest
 * cannot carry a formula; on H2 and PostgreSQL.
 */
abstract class StillStandingContract extends IntegrationTest {

    private static final LocalDate REMINDER_DAY = LocalDate.of(2026, 3, 7);
    private static final LocalDate NOTICE_DAY = LocalDate.of(2026, 3, 21);

    @Autowired
    private Dispatcher dispatcher;

    private static Map<String, Object> dueClaim(String invoiceNumber, String amount) {
        Map<String, Object> claim = claim(invoiceNumber);
        claim.put("invoiceDate", "2026-02-16");
        claim.put("dueDate", "2026-03-02");
        claim.put("amount", amount);
        return claim;
    }

    private void run(Tenant tenant, LocalDate day) {
        clock.setToday(day);
        Api.Response run = api.post("/api/v1/dunning-runs", Map.of("asOf", day.toString()), tenant.auth());
        assertThat(run.status()).as(run.toString()).isEqualTo(201);
    }

    /** The dispatches of the tenant once the listener has queued {@code expected} of them after the run. */
    private JsonNode dispatches(Tenant tenant, int expected) {
        long until = System.currentTimeMillis() + 10_000;
        JsonNode list = api.get("/api/v1/dispatches", tenant.auth()).json();
        while (list.size() < expected && System.currentTimeMillis() < until) {
            Thread.onSpinWait();
            list = api.get("/api/v1/dispatches", tenant.auth()).json();
        }
        assertThat(list.size()).as(list.toString()).isEqualTo(expected);
        return list;
    }

    private JsonNode dispatch(Tenant tenant, String channel, String issuedOn) {
        for (JsonNode d : api.get("/api/v1/dispatches", tenant.auth()).json()) {
            if (d.get("channel").asString().equals(channel) && d.get("issuedOn").asString().equals(issuedOn)) {
                return api.get("/api/v1/dispatches/" + d.get("id").asString(), tenant.auth()).json();
            }
        }
        throw new AssertionError("no " + channel + " of " + issuedOn);
    }

    /** A claim reminded on 03-07 (e-mail, sent) and dunned on 03-21 (e-mail and letter, queued, not yet sent). */
    private String dunnedButNotYetSent(Tenant shop, String invoice) {
        String id = createClaim(shop, dueClaim(invoice, "119.00"));
        run(shop, REMINDER_DAY);
        dispatches(shop, 1);
        dispatcher.dispatchDue();
        run(shop, NOTICE_DAY);
        dispatches(shop, 3);
        return id;
    }

    @Test
    void aClaimPaidBetweenTheRunAndTheSendingGetsNoEmailAndNoLetter() {
        Tenant shop = newTenant("Bezahlt vor Versand");
        String id = dunnedButNotYetSent(shop, "R-PAID-BEFORE");
        Api.Response paid = api.post("/api/v1/claims/" + id + "/payments",
                Map.of("amount", "120.28", "bookingDate", "2026-03-21"), shop.auth());
        assertThat(paid.at("/status")).as(paid.toString()).isEqualTo("PAID");

        dispatcher.dispatchDue();

        for (String channel : List.of("EMAIL", "LETTER")) {
            JsonNode cancelled = dispatch(shop, channel, "2026-03-21");
            assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
            assertThat(cancelled.get("error").asString()).isEqualTo("R-PAID-BEFORE: PAID");
            assertThat(cancelled.findValuesAsString("event")).contains("CANCELLED");
        }
        assertThat(api.get("/api/v1/claims/" + id + "/documents", shop.auth()).json().findValuesAsString("kind"))
                .containsExactly("EMAIL");
        Map<String, byte[]> zip = CorrespondenceContract.unzip(api.download("/api/v1/print-exports/2026-03-21", shop.auth()));
        assertThat(new String(zip.get("manifest.csv"), StandardCharsets.UTF_8)).doesNotContain("R-PAID-BEFORE");
    }

    @Test
    void aHoldPlacedAfterTheRunStopsTheLetterAndItsFeeIsWaived() {
        Tenant shop = newTenant("Verstorben");
        String id = dunnedButNotYetSent(shop, "R-DECEASED");
        assertThat(api.get("/api/v1/claims/" + id, shop.auth()).at("/balance/fees")).isEqualTo("1.20");
        api.post("/api/v1/claims/" + id + "/holds", Map.of("kind", "DECEASED", "reason", "Sterbeurkunde liegt vor"),
                shop.auth());

        dispatcher.dispatchDue();

        assertThat(dispatch(shop, "LETTER", "2026-03-21").get("status").asString()).isEqualTo("CANCELLED");
        JsonNode email = dispatch(shop, "EMAIL", "2026-03-21");
        assertThat(email.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(email.get("error").asString()).isEqualTo("R-DECEASED: ON_HOLD DECEASED");
        Api.Response claim = api.get("/api/v1/claims/" + id, shop.auth());
        assertThat(claim.at("/balance/fees")).isEqualTo("0.00");
        // the reminder of 03-07 reached the debtor, so default from 03-17 stands
        assertThat(claim.at("/defaultSince")).isEqualTo("2026-03-17");
        assertThat(api.get("/api/v1/claims/" + id + "/ledger", shop.auth()).body())
                .contains("letter of 2026-03-21 not sent: R-DECEASED: ON_HOLD DECEASED");
    }

    @Test
    void aReminderThatReachedNobodyStartsNoDefault() {
        Tenant shop = newTenant("Kein Kontakt");
        String id = createClaim(shop, dueClaim("R-NO-CONTACT", "119.00"));
        run(shop, REMINDER_DAY);
        dispatches(shop, 1);
        assertThat(api.get("/api/v1/claims/" + id, shop.auth()).at("/defaultSince")).isEqualTo("2026-03-17");
        api.post("/api/v1/claims/" + id + "/holds", Map.of("kind", "DO_NOT_CONTACT", "reason", "Anwalt bestellt"),
                shop.auth());

        dispatcher.dispatchDue();

        assertThat(dispatch(shop, "EMAIL", "2026-03-07").get("status").asString()).isEqualTo("CANCELLED");
        // a consumer without the 30-day notice on the invoice is in default only by a notice that reached him
        assertThat(api.get("/api/v1/claims/" + id, shop.auth()).at("/defaultSince")).isNull();
        assertThat(api.get("/api/v1/claims/" + id + "/history", shop.auth()).body()).contains("notice.notSent");
    }

    @Test
    void aCombinedLetterWithOneClaimSettledGoesOutWrittenAgainWithTheRest() {
        Tenant shop = newTenant("Sammelbrief mit Zahlung");
        String[] ids = new String[3];
        String[] amounts = {"119.00", "49.90", "80.00"};
        for (int i = 0; i < 3; i++) {
            Map<String, Object> claim = dueClaim("R-REST-" + (i + 1), amounts[i]);
            debtorOf(claim).remove("email");
            ids[i] = createClaim(shop, claim);
        }
        run(shop, REMINDER_DAY);
        JsonNode letter = dispatches(shop, 1).get(0);
        api.post("/api/v1/claims/" + ids[1] + "/payments", Map.of("amount", "49.90", "bookingDate", "2026-03-07"),
                shop.auth());

        dispatcher.dispatchDue();

        JsonNode sent = api.get("/api/v1/dispatches/" + letter.get("id").asString(), shop.auth()).json();
        assertThat(sent.get("status").asString()).isEqualTo("SENT");
        assertThat(sent.findValuesAsString("detail")).anyMatch(d -> d.contains("without R-REST-2: PAID"));
        Map<String, byte[]> zip = CorrespondenceContract.unzip(api.download("/api/v1/print-exports/2026-03-07", shop.auth()));
        String manifest = new String(zip.get("manifest.csv"), StandardCharsets.UTF_8);
        assertThat(manifest).contains(";R-REST-1,R-REST-3;").doesNotContain("R-REST-2");
        byte[] pdf = zip.entrySet().stream().filter(e -> e.getKey().endsWith(".pdf")).findFirst().orElseThrow().getValue();
        PdfFacts facts = PdfFacts.of(pdf);
        assertThat(facts.text().replaceAll("\\s+", " ")).contains("Offener Gesamtbetrag 199,00 €").doesNotContain("R-REST-2");
        assertThat(facts.epc().amount()).isEqualTo("EUR199.00");
        assertThat(api.get("/api/v1/claims/" + ids[1] + "/documents", shop.auth()).json().size()).isZero();
    }

    @Test
    void aLetterReplacingABouncedEmailIsNotSentOnceTheClaimIsPaid() {
        Tenant shop = newTenant("Bounce nach Zahlung");
        String id = createClaim(shop, dueClaim("R-BOUNCE-PAID", "119.00"));
        run(shop, REMINDER_DAY);
        JsonNode email = dispatches(shop, 1).get(0);
        dispatcher.dispatchDue();
        clock.setToday(LocalDate.of(2026, 3, 10));
        Api.Response paid = api.post("/api/v1/claims/" + id + "/payments",
                Map.of("amount", "119.00", "bookingDate", "2026-03-09"), shop.auth());
        assertThat(paid.at("/status")).as(paid.toString()).isEqualTo("PAID");

        api.post("/api/v1/dispatches/" + email.get("id").asString() + "/bounce", Map.of("detail", "550"), shop.auth());
        dispatcher.dispatchDue();

        JsonNode letter = dispatch(shop, "LETTER", "2026-03-07");
        assertThat(letter.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(letter.get("error").asString()).isEqualTo("R-BOUNCE-PAID: PAID");
        assertThat(CorrespondenceContract.unzip(api.download("/api/v1/print-exports/2026-03-10", shop.auth())))
                .containsOnlyKeys("manifest.csv");
    }

    @Test
    void anEmailOnlyNoticeLinksTheEmailAsSentOnceItIsSentAndNothingBefore() {
        Tenant shop = newTenant("Nur E-Mail-Dokument");
        String id = createClaim(shop, dueClaim("R-MAIL-ONLY", "119.00"));
        run(shop, REMINDER_DAY);
        dispatches(shop, 1);
        JsonNode before = api.get("/api/v1/claims/" + id + "/notices", shop.auth()).json().get(0);
        assertThat(before.get("channel").asString()).isEqualTo("EMAIL");
        assertThat(before.get("documentUrl").isNull()).isTrue();

        dispatcher.dispatchDue();

        String url = api.get("/api/v1/claims/" + id + "/notices", shop.auth()).json().get(0).get("documentUrl").asString();
        Api.Download email = api.download(url, shop.auth());
        assertThat(email.status()).as(email.toString()).isEqualTo(200);
        assertThat(email.header("Content-Type")).startsWith("message/rfc822");
        assertThat(new String(email.body(), StandardCharsets.UTF_8)).contains("R-MAIL-ONLY");
    }

    @Test
    void anotherCreditorsClaimHasNoDocumentListButIsNotFound() {
        Tenant shop = newTenant("Dokumente eigen");
        Tenant other = newTenant("Dokumente fremd");
        String id = createClaim(shop, dueClaim("R-DOCS", "119.00"));

        assertThat(api.get("/api/v1/claims/" + id + "/documents", shop.auth()).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/claims/" + id + "/documents", other.auth()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/claims/" + java.util.UUID.randomUUID() + "/documents", shop.auth()).status())
                .isEqualTo(404);
    }

    @Test
    void thePrintManifestNeutralisesNamesThatLookLikeFormulas() {
        Tenant shop = newTenant("Formeln");
        Map<String, Object> claim = dueClaim("R-FORMULA", "119.00");
        debtorOf(claim).remove("email");
        debtorOf(claim).put("name", "=cmd|' /C calc'!A0");
        @SuppressWarnings("unchecked")
        Map<String, Object> address = (Map<String, Object>) debtorOf(claim).get("address");
        address.put("street", "@SUM(A1) 1");
        address.put("city", "=HYPERLINK(\"http://evil.example\";\"x\")");
        createClaim(shop, claim);
        run(shop, REMINDER_DAY);
        dispatches(shop, 1);

        dispatcher.dispatchDue();

        Map<String, byte[]> zip = CorrespondenceContract.unzip(api.download("/api/v1/print-exports/2026-03-07", shop.auth()));
        String manifest = new String(zip.get("manifest.csv"), StandardCharsets.UTF_8);
        String row = manifest.split("\r\n")[1];
        assertThat(row).contains(";\"'=cmd|' /C calc'!A0\";").contains(";\"'@SUM(A1) 1\";")
                .contains(";\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"x\"\")\";");
        for (String cell : row.split(";(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            assertThat(cell.replace("\"", "")).doesNotStartWith("=").doesNotStartWith("@").doesNotStartWith("+");
        }
    }
}
