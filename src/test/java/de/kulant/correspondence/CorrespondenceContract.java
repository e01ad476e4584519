package de.kulant.correspondence;

import static de.kulant.support.ClaimFixture.aClaim;
import static de.kulant.support.DebtorFixture.aConsumer;
import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.correspondence.internal.Dispatcher;
import de.kulant.platform.CreditorReference;
import de.kulant.support.Api;
import de.kulant.support.IntegrationTest;
import de.kulant.support.QueryCounter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Notices become e-mails and letters: queued after the run, sent, archived, printed; on H2 and PostgreSQL. */
abstract class CorrespondenceContract extends IntegrationTest {

    private static final LocalDate REMINDER_DAY = LocalDate.of(2026, 3, 7);
    private static final LocalDate NOTICE_DAY = LocalDate.of(2026, 3, 21);

    @Autowired
    private Dispatcher dispatcher;

    @Autowired
    private JdbcTemplate jdbc;

    @Value("${kulant.data-dir}")
    private String dataDir;

    /** A consumer claim due Monday 2026-03-02; the default chain reminds on 03-07 and sends a notice on 03-21. */
    private static Map<String, Object> dueClaim(String invoiceNumber, String customerNumber) {
        return aClaim(invoiceNumber).invoicedOn("2026-02-16").dueOn("2026-03-02").owedBy(aConsumer(customerNumber))
                .json();
    }

    private void run(Tenant tenant, LocalDate day) {
        clock.setToday(day);
        Api.Response run = api.post("/api/v1/dunning-runs", Map.of("asOf", day.toString()), tenant.auth());
        assertThat(run.status()).as(run.toString()).isEqualTo(201);
    }

    /** The dispatches of the tenant, waiting for the listener that queues them after the run committed. */
    private JsonNode dispatches(Tenant tenant, int expected) {
        long until = System.currentTimeMillis() + 10_000;
        JsonNode list;
        do {
            list = api.get("/api/v1/dispatches", tenant.auth()).json();
            if (list.size() >= expected) {
                break;
            }
            sleep();
        } while (System.currentTimeMillis() < until);
        assertThat(list.size()).as(list.toString()).isEqualTo(expected);
        return list;
    }

    private static JsonNode only(JsonNode dispatches, String channel, String status) {
        List<JsonNode> found = dispatches.valueStream()
                .filter(d -> d.get("channel").asString().equals(channel) && d.get("status").asString().equals(status))
                .toList();
        assertThat(found).as(dispatches.toString()).hasSize(1);
        return found.get(0);
    }

    private JsonNode notices(Tenant tenant, String claimId) {
        return api.get("/api/v1/claims/" + claimId + "/notices", tenant.auth()).json();
    }

    @Test
    void aNoticeGoesOutAsEmailWithThePdfAttachedAndAsALetterThatIsArchivedAndPrinted() throws Exception {
        Tenant shop = newTenant("Post und Mail");
        String id = createClaim(shop, dueClaim("R-POST-1", "K-1"));
        run(shop, REMINDER_DAY);
        dispatches(shop, 1);
        run(shop, NOTICE_DAY);
        JsonNode queued = dispatches(shop, 3);
        assertThat(queued.findValuesAsString("status")).containsOnly("PENDING");
        long mailsBefore = outboxMailsMentioning("R-POST-1");

        dispatcher.dispatchDue();

        JsonNode sent = api.get("/api/v1/dispatches", shop.auth()).json();
        assertThat(sent.findValuesAsString("status")).containsOnly("SENT");
        JsonNode notice = notices(shop, id).get(1);
        Api.Download pdf = api.download(notice.get("documentUrl").asString(), shop.auth());
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.header("X-Content-SHA256")).isEqualTo(sha256(pdf.body()));
        PdfFacts facts = PdfFacts.of(pdf.body());
        String text = facts.text().replaceAll("\\s+", " ");
        String reference = notice.get("paymentReference").asString();
        assertThat(text).contains("Erika Mustermann Musterstraße 1 10115 Berlin").contains("Datum 21.03.2026")
                .contains("Rechnungsnummer R-POST-1").contains("Kundennummer K-1")
                .contains("0,08 €").contains("1,20 €").contains("Offener Gesamtbetrag 120,28 €")
                .contains("bis zum 31.03.2026").contains(new CreditorReference(reference).printed())
                .contains("vom 17.03.2026 bis 20.03.2026");
        assertThat(facts.epc().amount()).isEqualTo("EUR" + notice.at("/amounts/outstanding").asString());
        assertThat(facts.epc().iban()).isEqualTo(shop.iban());
        assertThat(facts.epc().name()).isEqualTo("Post und Mail");
        assertThat(facts.epc().reference()).isEqualTo(reference);

        JsonNode documents = api.get("/api/v1/claims/" + id + "/documents", shop.auth()).json();
        assertThat(documents.findValuesAsString("kind")).containsExactlyInAnyOrder("EMAIL", "EMAIL", "LETTER");
        for (JsonNode document : documents) {
            Api.Download stored = api.download("/api/v1/documents/" + document.get("id").asString(), shop.auth());
            assertThat(sha256(stored.body())).isEqualTo(document.get("sha256").asString());
        }
        String letterEmail = new String(api.download("/api/v1/documents/" + only(sent, "EMAIL", "SENT", NOTICE_DAY)
                .get("documentId").asString(), shop.auth()).body(), StandardCharsets.UTF_8);
        assertThat(letterEmail).contains("To: erika@example.org").contains("multipart/alternative")
                .contains("text/plain").contains("text/html").contains("application/pdf");
        assertThat(outboxMailsMentioning("R-POST-1") - mailsBefore).isEqualTo(2);

        Map<String, byte[]> zip = unzip(api.download("/api/v1/print-exports/2026-03-21", shop.auth()));
        assertThat(zip).hasSize(2);
        String manifest = new String(zip.get("manifest.csv"), StandardCharsets.UTF_8);
        String[] lines = manifest.split("\r\n");
        assertThat(lines[0]).isEqualTo("file;pages;name;street;postalCode;city;country;creditor;invoiceNumbers;sha256");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).startsWith("00001-").contains(";1;Erika Mustermann;Musterstraße 1;10115;Berlin;DE;" + shop.id()
                + ";R-POST-1;" + sha256(pdf.body()));
        assertThat(zip.get(lines[1].split(";")[0])).isEqualTo(pdf.body());
        assertThat(unzip(api.download("/api/v1/print-exports/2026-03-07", shop.auth()))).containsOnlyKeys("manifest.csv");

        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(api.get("/api/v1/claims/" + id + "/documents", shop.auth()).json().size()).isEqualTo(3);
    }

    private static JsonNode only(JsonNode dispatches, String channel, String status, LocalDate issuedOn) {
        List<JsonNode> found = dispatches.valueStream()
                .filter(d -> d.get("channel").asString().equals(channel) && d.get("status").asString().equals(status)
                        && d.get("issuedOn").asString().equals(issuedOn.toString()))
                .toList();
        assertThat(found).as(dispatches.toString()).hasSize(1);
        return found.get(0);
    }

    @Test
    void anotherTenantsDocumentsAndDispatchesAnswer404() {
        Tenant shop = newTenant("Eigene Briefe");
        Tenant other = newTenant("Fremde Briefe");
        String id = createClaim(shop, dueClaim("R-OWN", "K-1"));
        run(shop, REMINDER_DAY);
        JsonNode dispatch = dispatches(shop, 1).get(0);
        dispatcher.dispatchDue();
        String document = api.get("/api/v1/dispatches/" + dispatch.get("id").asString(), shop.auth()).at("/documentId");

        assertThat(api.get("/api/v1/documents/" + document, other.auth()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/dispatches/" + dispatch.get("id").asString(), other.auth()).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/dispatches/" + dispatch.get("id").asString() + "/bounce", "{}", other.auth())
                .status()).isEqualTo(404);
        assertThat(api.get("/api/v1/claims/" + id + "/documents", other.auth()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/letters/preview?claimId=" + id, other.auth()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/dispatches", other.auth()).json().size()).isZero();
        assertThat(unzip(api.download("/api/v1/print-exports/2026-03-07", other.auth()))).containsOnlyKeys("manifest.csv");
    }

    @Test
    void aDebtorWithoutEmailGetsALetterAndItsLogSaysWhy() {
        Tenant shop = newTenant("Ohne E-Mail");
        Map<String, Object> claim = dueClaim("R-NOMAIL", "K-1");
        debtorOf(claim).remove("email");
        createClaim(shop, claim);
        run(shop, REMINDER_DAY);

        JsonNode dispatch = dispatches(shop, 1).get(0);
        assertThat(dispatch.get("channel").asString()).isEqualTo("LETTER");
        JsonNode detail = api.get("/api/v1/dispatches/" + dispatch.get("id").asString(), shop.auth()).json();
        assertThat(detail.at("/log/0/event").asString()).isEqualTo("CREATED");
        assertThat(detail.at("/log/0/detail").asString()).contains("no e-mail address");
        dispatcher.dispatchDue();
        JsonNode sent = api.get("/api/v1/dispatches/" + dispatch.get("id").asString(), shop.auth()).json();
        assertThat(sent.get("status").asString()).isEqualTo("SENT");
        assertThat(sent.findValuesAsString("event")).containsExactly("CREATED", "QUEUED_FOR_PRINT");
    }

    @Test
    void aBouncedEmailIsSentAsALetterInsteadExactlyOnce() {
        Tenant shop = newTenant("Bounce");
        createClaim(shop, dueClaim("R-BOUNCE", "K-1"));
        run(shop, REMINDER_DAY);
        JsonNode email = dispatches(shop, 1).get(0);
        dispatcher.dispatchDue();
        String path = "/api/v1/dispatches/" + email.get("id").asString();

        Api.Response bounced = api.post(path + "/bounce", Map.of("detail", "550 mailbox unavailable"), shop.auth());
        Api.Response again = api.post(path + "/bounce", Map.of("detail", "550 mailbox unavailable"), shop.auth());

        assertThat(bounced.status()).as(bounced.toString()).isEqualTo(200);
        assertThat(bounced.at("/status")).isEqualTo("BOUNCED");
        assertThat(again.status()).isEqualTo(409);
        JsonNode all = dispatches(shop, 2);
        JsonNode letter = only(all, "LETTER", "PENDING");
        dispatcher.dispatchDue();
        JsonNode sent = api.get("/api/v1/dispatches/" + letter.get("id").asString(), shop.auth()).json();
        assertThat(sent.get("status").asString()).isEqualTo("SENT");
        assertThat(sent.at("/log/0/detail").asString()).contains("bounced");
        assertThat(api.get(path, shop.auth()).json().findValuesAsString("event")).contains("BOUNCED");
        assertThat(unzip(api.download("/api/v1/print-exports/2026-03-07", shop.auth()))).hasSize(2);
    }

    @Test
    void anEmailAddressNoMailServerTakesBecomesALetterAtOnce() {
        Tenant shop = newTenant("Kaputte Adresse");
        createClaim(shop, dueClaim("R-ADRESSE", "K-1"));
        // stored before addresses were checked as strictly as today
        jdbc.update("update debtor set email = 'erika.@example.org' where creditor_id = ?::uuid", shop.id());
        run(shop, REMINDER_DAY);
        JsonNode email = dispatches(shop, 1).get(0);

        dispatcher.dispatchDue();

        JsonNode bounced = api.get("/api/v1/dispatches/" + email.get("id").asString(), shop.auth()).json();
        assertThat(bounced.get("status").asString()).isEqualTo("BOUNCED");
        assertThat(bounced.get("attempts").asInt()).isZero();
        assertThat(bounced.get("error").asString()).contains("'erika.@example.org' cannot be used");
        JsonNode all = api.get("/api/v1/dispatches", shop.auth()).json();
        assertThat(only(all, "LETTER", "SENT").get("issuedOn").asString()).isEqualTo("2026-03-07");
    }

    @Test
    void anInvalidIbanStopsTheLetterWithAClearErrorUntilItIsFixedAndRetried() {
        Tenant shop = newTenant("Falsche IBAN");
        String id = createClaim(shop, dueClaim("R-IBAN", "K-1"));
        jdbc.update("update creditor set iban = 'DE89370400440532013001' where id = ?::uuid", shop.id());
        run(shop, REMINDER_DAY);
        JsonNode dispatch = dispatches(shop, 1).get(0);
        String path = "/api/v1/dispatches/" + dispatch.get("id").asString();
        long mailsBefore = outboxMailsMentioning("R-IBAN");

        dispatcher.dispatchDue();

        JsonNode failed = api.get(path, shop.auth()).json();
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("error").asString()).contains("IBAN 'DE89370400440532013001' is not valid");
        assertThat(api.get("/api/v1/claims/" + id + "/documents", shop.auth()).json().size()).isZero();
        assertThat(outboxMailsMentioning("R-IBAN")).isEqualTo(mailsBefore);

        jdbc.update("update creditor set iban = ? where id = ?::uuid", shop.iban(), shop.id());
        assertThat(api.post(path + "/retry", "", shop.auth()).at("/status")).isEqualTo("PENDING");
        dispatcher.dispatchDue();

        assertThat(api.get(path, shop.auth()).at("/status")).isEqualTo("SENT");
        assertThat(api.get("/api/v1/claims/" + id + "/documents", shop.auth()).json().size()).isEqualTo(1);
        assertThat(api.post(path + "/retry", "", shop.auth()).status()).isEqualTo(409);
    }

    @Test
    void aDispatchInterruptedWhileSendingWaitsAsUncertainForAPerson() {
        Tenant shop = newTenant("Unterbrochen");
        createClaim(shop, dueClaim("R-STUCK", "K-1"));
        run(shop, REMINDER_DAY);
        JsonNode dispatch = dispatches(shop, 1).get(0);
        jdbc.update("update dispatch set status = 'SENDING', locked_until = ? where id = ?::uuid",
                java.sql.Timestamp.from(clock.instant().minusSeconds(60)), dispatch.get("id").asString());

        dispatcher.dispatchDue();

        String path = "/api/v1/dispatches/" + dispatch.get("id").asString();
        assertThat(api.get(path, shop.auth()).at("/status")).isEqualTo("UNCERTAIN");
        api.post(path + "/retry", "", shop.auth());
        dispatcher.dispatchDue();
        assertThat(api.get(path, shop.auth()).at("/status")).isEqualTo("SENT");
    }

    @Test
    void whatAnInstanceThatIsGoneHadNotBegunIsSentByAnotherAndAnEmailItHadBegunWaitsForAPerson() {
        Tenant shop = newTenant("Verwaist");
        Map<String, Object> begun = dueClaim("R-GONE-1", "K-1");
        debtorOf(begun).put("email", "begonnen@example.org");
        Map<String, Object> notBegun = dueClaim("R-GONE-2", "K-2");
        debtorOf(notBegun).put("email", "wartend@example.org");
        Map<String, Object> letter = dueClaim("R-GONE-3", "K-3");
        debtorOf(letter).remove("email");
        List.of(begun, notBegun, letter).forEach(claim -> createClaim(shop, claim));
        run(shop, REMINDER_DAY);
        Map<String, String> byRecipient = new java.util.HashMap<>();
        dispatches(shop, 3).forEach(d -> byRecipient.put(d.get("channel").asString().equals("LETTER") ? "letter"
                : d.get("recipient").asString(), d.get("id").asString()));
        // held by an instance that never registered (so counts as gone), its lease still running for an hour
        jdbc.update("update dispatch set status = 'SENDING', claimed_by = 'instance-killed', claim_token = ?, "
                        + "locked_until = ? where creditor_id = ?::uuid", java.util.UUID.randomUUID(),
                java.sql.Timestamp.from(clock.instant().plusSeconds(3600)), shop.id());
        jdbc.update("update dispatch set sending_started_at = ? where id = ?::uuid",
                java.sql.Timestamp.from(clock.instant()), byRecipient.get("begonnen@example.org"));
        long begunMails = outboxMailsMentioning("R-GONE-1");
        long waitingMails = outboxMailsMentioning("R-GONE-2");

        dispatcher.dispatchDue();

        JsonNode uncertain = api.get("/api/v1/dispatches/" + byRecipient.get("begonnen@example.org"), shop.auth()).json();
        assertThat(uncertain.get("status").asString()).isEqualTo("UNCERTAIN");
        for (String resent : List.of("wartend@example.org", "letter")) {
            JsonNode sent = api.get("/api/v1/dispatches/" + byRecipient.get(resent), shop.auth()).json();
            assertThat(sent.get("status").asString()).as(resent).isEqualTo("SENT");
            assertThat(sent.findValuesAsString("event")).as(resent).contains("RELEASED");
        }
        assertThat(outboxMailsMentioning("R-GONE-1")).as("the begun e-mail is not sent a second time")
                .isEqualTo(begunMails);
        assertThat(outboxMailsMentioning("R-GONE-2")).isEqualTo(waitingMails + 1);
    }

    @Test
    void aDebtorsClaimsOfOneRunGoOutAsOneCombinedLetterListingEveryClaim() {
        Tenant shop = newTenant("Sammelbrief");
        Map<String, Object> first = dueClaim("R-SAMMEL-1", "K-1");
        first.put("amount", "119.00");
        Map<String, Object> second = dueClaim("R-SAMMEL-2", "K-1");
        second.put("amount", "49.90");
        Map<String, Object> third = dueClaim("R-SAMMEL-3", "K-1");
        third.put("amount", "1234.56");
        for (var claim : List.of(first, second, third)) {
            debtorOf(claim).remove("email");
            createClaim(shop, claim);
        }
        run(shop, REMINDER_DAY);
        dispatches(shop, 1);

        dispatcher.dispatchDue();

        Map<String, byte[]> zip = unzip(api.download("/api/v1/print-exports/2026-03-07", shop.auth()));
        String manifest = new String(zip.get("manifest.csv"), StandardCharsets.UTF_8);
        assertThat(manifest.split("\r\n")).hasSize(2);
        assertThat(manifest).contains(";R-SAMMEL-1,R-SAMMEL-2,R-SAMMEL-3;");
        byte[] pdf = zip.entrySet().stream().filter(e -> e.getKey().endsWith(".pdf")).findFirst().orElseThrow().getValue();
        PdfFacts facts = PdfFacts.of(pdf);
        String text = facts.text().replaceAll("\\s+", " ");
        assertThat(text).contains("Zahlungserinnerung – 3 offene Rechnungen")
                .contains("Offen für Rechnung R-SAMMEL-1 119,00 €").contains("Offen für Rechnung R-SAMMEL-2 49,90 €")
                .contains("Offen für Rechnung R-SAMMEL-3 1.234,56 €").contains("Offener Gesamtbetrag 1.403,46 €");
        assertThat(facts.epc().amount()).isEqualTo("EUR1403.46");
        assertThat(facts.epc().text()).isEqualTo("Rechnungen R-SAMMEL-1, R-SAMMEL-2, R-SAMMEL-3");
    }

    @Test
    void aRunChunkOfManyDebtorsQueuesOneLetterForEachAndAllGoOut() {
        Tenant shop = newTenant("Viele Schuldner");
        List<Map<String, Object>> batch = new java.util.ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            Map<String, Object> claim = dueClaim("R-VIELE-" + i, "K-VIELE-" + i);
            debtorOf(claim).put("name", "Schuldnerin Nummer " + i + " mit einem recht langen Namen");
            if (i % 3 == 0) {
                debtorOf(claim).remove("email");
            }
            batch.add(claim);
        }
        assertThat(api.post("/api/v1/claims/batch", batch, shop.auth()).status()).isEqualTo(200);

        run(shop, REMINDER_DAY);
        JsonNode queued = dispatches(shop, 60);

        assertThat(queued.findValuesAsString("channel").stream().filter("LETTER"::equals).count()).isEqualTo(20);
        assertThat(dispatcher.dispatchDue()).isEqualTo(60);
        assertThat(api.get("/api/v1/dispatches?status=SENT", shop.auth()).json().size()).isEqualTo(60);
        assertThat(unzip(api.download("/api/v1/print-exports/2026-03-07", shop.auth()))).hasSize(21);
    }

    @Test
    void theLettersOfABatchAreReadInTheSameNumberOfQueriesHoweverManyThereAre() {
        dispatcher.dispatchDue();
        List<String> few = readsToDispatch(newTenant("Wenige Briefe"), 3);
        List<String> many = readsToDispatch(newTenant("Viele Briefe"), 15);

        assertThat(many).as("queries for 15 letters against those for 3:%n%s%n%s", many, few).hasSameSizeAs(few);
        assertThat(few.size()).as(String.join("\n", few)).isLessThanOrEqualTo(16);
    }

    /** The queries sent while {@code letters} combined notices (two claims each) are sent. */
    private List<String> readsToDispatch(Tenant shop, int letters) {
        List<Map<String, Object>> batch = new java.util.ArrayList<>();
        for (int i = 1; i <= letters; i++) {
            for (int claim = 1; claim <= 2; claim++) {
                batch.add(dueClaim("R-ZAHL-" + i + "-" + claim, "K-ZAHL-" + i));
            }
        }
        assertThat(api.post("/api/v1/claims/batch", batch, shop.auth()).status()).isEqualTo(200);
        run(shop, REMINDER_DAY);
        dispatches(shop, letters);
        Thread caller = Thread.currentThread();
        QueryCounter.watch(thread -> thread == caller || thread.getName().startsWith("dispatch-"));
        int sent = dispatcher.dispatchDue();
        List<String> statements = QueryCounter.stop();
        assertThat(sent).isEqualTo(letters);
        assertThat(api.get("/api/v1/dispatches?status=SENT", shop.auth()).json().size()).isEqualTo(letters);
        return QueryCounter.reads(statements);
    }

    @Test
    void previewsWriteInTheDebtorsLanguageWithTheCreditorsLetterhead() {
        Tenant shop = newTenant("Vorschau");
        Map<String, Object> vienna = dueClaim("R-WIEN", "K-AT");
        @SuppressWarnings("unchecked")
        Map<String, Object> address = (Map<String, Object>) debtorOf(vienna).get("address");
        address.putAll(Map.of("street", "Mariahilfer Straße 1", "postalCode", "1060", "city", "Wien", "country", "AT"));
        Map<String, Object> paris = dueClaim("R-PARIS", "K-FR");
        debtorOf(paris).put("name", "Jean Dupont");
        @SuppressWarnings("unchecked")
        Map<String, Object> french = (Map<String, Object>) debtorOf(paris).get("address");
        french.putAll(Map.of("street", "12 rue de la Paix", "postalCode", "75002", "city", "Paris", "country", "FR"));
        String inVienna = createClaim(shop, vienna);
        String inParis = createClaim(shop, paris);
        Map<String, Object> letterhead = new LinkedHashMap<>();
        letterhead.put("contactPerson", "Jörg Weißmüller");
        letterhead.put("signature", "Ihr Team von Vorschau");
        letterhead.put("freeTexts", Map.of("1", "Sie erreichen uns werktags von 8 bis 18 Uhr."));
        assertThat(api.put("/api/v1/letterhead", letterhead, shop.auth()).status()).isEqualTo(200);

        String austrian = PdfFacts.of(api.download("/api/v1/letters/preview?claimId=" + inVienna + "&tone=FRIENDLY",
                shop.auth()).body()).text().replaceAll("\\s+", " ");
        String english = PdfFacts.of(api.download("/api/v1/letters/preview?claimId=" + inParis, shop.auth()).body())
                .text().replaceAll("\\s+", " ");
        String germanToParis = PdfFacts.of(api.download("/api/v1/letters/preview?claimId=" + inParis + "&language=de",
                shop.auth()).body()).text().replaceAll("\\s+", " ");

        assertThat(austrian).contains("Mariahilfer Straße 1 1060 Wien ÖSTERREICH").contains("Zahlungserinnerung")
                .contains("Ihr Kontakt Jörg Weißmüller").contains("Sie erreichen uns werktags von 8 bis 18 Uhr.")
                .contains("Herzliche Grüße Ihr Team von Vorschau").contains("Offener Gesamtbetrag 119,00 €");
        assertThat(english).contains("Jean Dupont 12 rue de la Paix 75002 Paris FRANKREICH").contains("Dear Jean Dupont,")
                .contains("Payment reminder").contains("€119.00");
        assertThat(germanToParis).contains("Guten Tag Jean Dupont,");
    }

    @Test
    void anImageBombIsRefusedBeforeDecodingAndALargeLogoIsScaledOnceAtUpload() throws Exception {
        Tenant shop = newTenant("Logo-Bombe");
        String bomb = java.util.Base64.getEncoder().encodeToString(
                de.kulant.correspondence.internal.LogoImageTest.bomb(40_000, 40_000));

        Api.Response refused = api.put("/api/v1/letterhead", Map.of("logoPngBase64", bomb), shop.auth());

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.at("/errors/0/field")).isEqualTo("logo");
        assertThat(refused.at("/errors/0/message")).contains("40000 × 40000 pixels");
        assertThat(api.get("/api/v1/letterhead", shop.auth()).at("/logoPngBase64")).isNull();

        String large = java.util.Base64.getEncoder().encodeToString(
                de.kulant.correspondence.internal.LogoImageTest.png(1600, 400));
        assertThat(api.put("/api/v1/letterhead", Map.of("logoPngBase64", large), shop.auth()).status()).isEqualTo(200);
        byte[] stored = java.util.Base64.getDecoder().decode(api.get("/api/v1/letterhead", shop.auth()).at("/logoPngBase64"));
        assertThat(javax.imageio.ImageIO.read(new ByteArrayInputStream(stored)).getWidth()).isEqualTo(800);
    }

    @Test
    void aLetterheadWithBadValuesIsRefusedNamingEachFieldAndNothingIsStored() {
        Tenant shop = newTenant("Briefkopf");
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("email", "keine-adresse");
        bad.put("logoPngBase64", "R0lGODlhAQABAAAAACw=");
        bad.put("freeTexts", Map.of("9", "zu hoch"));

        Api.Response refused = api.put("/api/v1/letterhead", bad, shop.auth());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.body()).contains("email").contains("logo").contains("freeTexts.9");
        assertThat(api.get("/api/v1/letterhead", shop.auth()).at("/email")).isNull();
    }

    /** E-mails in the outbox folder whose text mentions the invoice number. */
    private long outboxMailsMentioning(String invoiceNumber) {
        Path outbox = Path.of(dataDir, "outbox");
        if (!Files.isDirectory(outbox)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(outbox)) {
            return files.map(this::read).filter(mail -> mail.contains(invoiceNumber)).count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, byte[]> unzip(Api.Download download) {
        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(download.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return entries;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
