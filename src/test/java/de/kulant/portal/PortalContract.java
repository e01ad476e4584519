package de.kulant.portal;

import static de.kulant.support.ClaimFixture.aClaim;
import static de.kulant.support.DebtorFixture.aConsumer;
import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.claims.ClaimId;
import de.kulant.claims.DebtorAnonymised;
import de.kulant.claims.DebtorId;
import de.kulant.collection.CollectionRun;
import de.kulant.correspondence.PdfFacts;
import de.kulant.correspondence.internal.Dispatcher;
import de.kulant.platform.CreditorId;
import de.kulant.support.Api;
import de.kulant.support.IntegrationTest;
import de.kulant.support.PortalVisit;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16 through the portal's own pages, as a debtor's browser without JavaScript uses them: signing in from the
 * letter's link, the amounts with their reasons, paying by mandate, a plan or a pause within the rules and beyond,
 * a dispute with evidence, contact data, a message, a payment already made; every bad input of the issue refused in
 * the debtor's language with nothing stored; and each action on the case worker's side.
 */
abstract class PortalContract extends IntegrationTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] EXE = concat(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}, new byte[200]);

    @Autowired
    private CollectionRun collectionRun;

    @Autowired
    private Dispatcher dispatcher;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private SandboxProvider sandbox;

    @Autowired
    private org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    private org.springframework.transaction.support.TransactionTemplate transactions;

    /** A case as its letter prints it. */
    record Letter(String caseId, String claimId, String reference, String code, String url, String postalCode) {
    }

    @AfterEach
    void forgetWrongTries() {
        // wrong sign-ins count per address too, and every test comes from the same one
        jdbc.sql("delete from portal_sign_in_failure").update();
    }

    Letter letterFor(Tenant shop, String invoice, String amount) {
        String claim = createClaim(shop, aClaim(invoice).of(amount).invoicedOn("2026-09-01").dueOn("2026-09-15")
                .withConsumerNotice().owedBy(aConsumer("K-" + invoice).livingIn("Lindenweg 4", "04109", "Leipzig",
                        "DE")).json());
        String caseId = api.post("/api/v1/claims/" + claim + "/hand-over", "", shop.auth()).at("/id");
        awaitEvents();
        JsonNode c = api.get("/api/v1/cases/" + caseId, ADMIN).json();
        return new Letter(caseId, claim, c.at("/reference").asString(), c.at("/portalAccess/accessCode").asString(),
                c.at("/portalAccess/url").asString(), "04109");
    }

    PortalVisit signedIn(Letter letter, String language) {
        PortalVisit visit = new PortalVisit(port, language);
        PortalVisit.Page form = visit.get(letter.url().substring(letter.url().indexOf("/portal")));
        assertThat(form.body()).contains("value=\"" + letter.reference() + "\"").contains("value=\"" + letter.code() + "\"");
        PortalVisit.Page landed = visit.post("/portal/login", Map.of("reference", letter.reference(),
                "accessCode", letter.code(), "postalCode", letter.postalCode()));
        assertThat(landed.uri()).as(landed.text()).isEqualTo("/portal/case");
        return visit;
    }

    /** A sign-in from a fresh browser with these details. */
    PortalVisit.Page attempt(String reference, String code, String postalCode) {
        PortalVisit visitor = new PortalVisit(port, "de");
        visitor.get("/portal");
        return visitor.post("/portal/login", Map.of("reference", reference, "accessCode", code,
                "postalCode", postalCode));
    }

    /** The text of the case's sent letter (PDF) that contains {@code marker}; null when there is none. */
    String letterText(Tenant shop, Letter letter, String marker) {
        dispatcher.dispatchDue();
        String found = null;
        for (JsonNode d : api.get("/api/v1/claims/" + letter.claimId() + "/documents", shop.auth()).json()) {
            if (d.get("kind").asString().equals("LETTER")) {
                String text = PdfFacts.of(api.download("/api/v1/documents/" + d.get("id").asString(), shop.auth())
                        .body()).text().replaceAll("\\s+", " ");
                found = text.contains(marker) ? text : found;
            }
        }
        return found;
    }

    List<String> timeline(Letter letter) {
        return api.get("/api/v1/cases/" + letter.caseId() + "/timeline", ADMIN).json().findValuesAsString("text");
    }

    List<String> queueReasons(Letter letter) {
        String assignee = api.get("/api/v1/cases/" + letter.caseId(), ADMIN).at("/assignee");
        JsonNode queue = api.get("/api/v1/work-queue?size=500&assignee=" + (assignee == null || assignee.isEmpty() ? "-" : assignee), ADMIN)
                .json();
        for (JsonNode entry : queue) {
            if (entry.at("/caseId").asString().equals(letter.caseId())) {
                return entry.findValuesAsString("code");
            }
        }
        return List.of();
    }

    @Test
    void theLettersLinkSignsInAndEveryAmountHasItsReasonAndBasis() {
        Tenant shop = newTenant("Portal Betrag");
        Letter letter = letterFor(shop, "PO-1", "300.00");
        collectionRun.run();
        dispatcher.dispatchDue();
        PortalVisit debtor = signedIn(letter, "de");
        PortalVisit.Page page = debtor.get("/portal/case");
        String open = api.get("/api/v1/cases/" + letter.caseId(), ADMIN).at("/balance/outstanding");
        String shown = new java.math.BigDecimal(open).setScale(2).toPlainString().replace('.', ',');
        assertThat(page.text()).contains("Offen am 27.11.2026: " + shown + " €")
                .contains("Rechnung PO-1 vom 01.09.2026").contains("Rechnungsbetrag").contains("Grundlage: § 433 Abs. 2 BGB")
                .contains("Verzugszinsen").contains("5 Prozentpunkte über dem Basiszinssatz").contains("§§ 286, 288 Abs. 1 BGB")
                .contains("Inkassokosten").contains("Nr. 2300 VV RVG").contains("Nr. 7002 VV RVG")
                .contains("Brief vom 27.11.2026 (PDF");
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
        assertThat(page.body().length()).as("a page stays small on a slow phone").isLessThan(100_000);

        // interest runs on: the amount on a later pay day is higher; a past day is refused in German
        PortalVisit.Page later = debtor.get("/portal/case?payOn=2026-12-27");
        assertThat(later.text()).contains("Offen am 27.12.2026:");
        assertThat(later.body()).contains("id=\"total-on-day\"");
        assertThat(debtor.get("/portal/case?payOn=2026-11-01").text())
                .contains("„Zahltag“ darf nicht in der Vergangenheit liegen.");

        // every letter as PDF, as a download, and the copy of the data held (Art. 15 GDPR)
        String letterPath = page.body().replaceAll("(?s).*href=\"(/portal/letters/[^\"]+)\".*", "$1");
        var pdf = debtor.download(letterPath);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertThat(PdfFacts.qrPayloads(pdf.body())).as("the letter's QR code opens the portal with both filled in")
                .anyMatch(q -> q.endsWith("/portal?reference=" + letter.reference() + "&code=" + letter.code()));
        var copy = debtor.download("/portal/data-copy");
        assertThat(new String(copy.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(timeline(letter)).contains("Im Portal angemeldet",
                "Kopie der gespeicherten Daten (Art. 15 DSGVO) im Portal abgerufen");

        // another case's letter is not there for this debtor
        Letter other = letterFor(shop, "PO-1B", "80.00");
        collectionRun.run();
        dispatcher.dispatchDue();
        String otherLetter = signedIn(other, "de").get("/portal/case").body()
                .replaceAll("(?s).*href=\"(/portal/letters/[^\"]+)\".*", "$1");
        assertThat(debtor.download(otherLetter).statusCode()).isEqualTo(404);
    }

    @Test
    void everyWrongDetailGetsOneAnswerAndFiveWrongTriesLockTheReferenceForFifteenMinutes() {
        Tenant shop = newTenant("Portal Sperre");
        Letter letter = letterFor(shop, "PO-2", "120.00");
        PortalVisit visitor = new PortalVisit(port, "de");
        visitor.get("/portal");
        String wrongCode = visitor.post("/portal/login", Map.of("reference", letter.reference(), "accessCode",
                "AAAA-AAAA", "postalCode", "04109")).text();
        String wrongPostal = visitor.post("/portal/login", Map.of("reference", letter.reference(), "accessCode",
                letter.code(), "postalCode", "99999")).text();
        String unknown = visitor.post("/portal/login", Map.of("reference", "ZZZ-ZZZ-ZZZ", "accessCode", letter.code(),
                "postalCode", "04109")).text();
        String sentence = "Diese Angaben passen nicht zusammen.";
        assertThat(List.of(wrongCode, wrongPostal, unknown)).allMatch(text -> text.contains(sentence));
        for (String code : List.of("BBBB-BBBB", "DDDD-DDDD")) {
            assertThat(visitor.post("/portal/login", Map.of("reference", letter.reference(), "accessCode", code,
                    "postalCode", "04109")).text()).contains(sentence);
        }
        PortalVisit.Page fifth = visitor.post("/portal/login", Map.of("reference", letter.reference(),
                "accessCode", "CCCC-CCCC", "postalCode", "04109"));
        assertThat(fifth.text()).contains("Zu viele falsche Versuche.");
        // locked: even the right details wait
        PortalVisit.Page right = visitor.post("/portal/login", Map.of("reference", letter.reference(),
                "accessCode", letter.code(), "postalCode", "04109"));
        assertThat(right.uri()).isEqualTo("/portal/login");
        assertThat(right.text()).contains("Zu viele falsche Versuche.");
        clock.advance(Duration.ofMinutes(16));
        assertThat(visitor.post("/portal/login", Map.of("reference", letter.reference(), "accessCode",
                letter.code(), "postalCode", "04109")).uri()).isEqualTo("/portal/case");

        // a form posted without its CSRF token is refused
        PortalVisit stranger = new PortalVisit(port, "de");
        var forged = stranger.download("/portal/case");
        assertThat(forged.uri().getPath()).isEqualTo("/portal");
    }

    @Test
    void aMandateForTheWholeAmountGoesIntoTheNextDirectDebitFileWithoutAnyFee() {
        Tenant shop = newTenant("Portal Lastschrift");
        Letter letter = letterFor(shop, "PO-3", "250.00");
        PortalVisit debtor = signedIn(letter, "de");
        PortalVisit.Page pay = debtor.get("/portal/pay");
        assertThat(pay.text()).contains("Per Überweisung").contains("Verwendungszweck").contains("RF")
                .contains("Per Lastschrift");
        // the agency's client-money account, not the shop's: what is paid here reaches the shop by settlement
        assertThat(pay.text()).contains("DE02 1203 0000 0000 2020 51").contains("Kulant Forderungsmanagement")
                .doesNotContain(shop.iban());
        assertThat(pay.body()).contains("<svg").contains("aria-label=\"QR-Code für die Überweisung\"");

        PortalVisit.Page bad = debtor.post("/portal/pay/mandate", Map.of("holder", "Erika Muster",
                "iban", "DE00 1234 5678 9012 3456 78", "consent", "yes"));
        assertThat(bad.text()).contains("ist keine gültige IBAN");
        assertThat(bad.body()).contains("value=\"DE00 1234 5678 9012 3456 78\"");
        PortalVisit.Page noConsent = debtor.post("/portal/pay/mandate", Map.of("holder", "Erika Muster",
                "iban", "DE89370400440532013000"));
        assertThat(noConsent.text()).contains("Bitte bestätigen Sie das Lastschriftmandat mit dem Haken.");
        assertThat(api.get("/api/v1/cases/" + letter.caseId() + "/instalment-plans", ADMIN).json()).isEmpty();

        PortalVisit.Page given = debtor.post("/portal/pay/mandate", Map.of("holder", "Erika Muster",
                "iban", "DE89 3704 0044 0532 0130 00", "consent", "yes"));
        assertThat(given.text()).contains("Danke! Wir ziehen den Betrag ein.");
        JsonNode plan = api.get("/api/v1/cases/" + letter.caseId() + "/instalment-plans", ADMIN).json().get(0);
        assertThat(plan.at("/status").asString()).isEqualTo("ACTIVE");
        assertThat(plan.at("/instalments").asInt()).isEqualTo(1);
        assertThat(new java.math.BigDecimal(plan.at("/agreementFee").asString())).isZero();
        String debitDay = plan.at("/firstDueOn").asString();
        assertThat(debitDay).isEqualTo("2026-12-01");
        Api.Response file = api.post("/api/v1/direct-debit-files", Map.of("collectionDate", debitDay), ADMIN);
        assertThat(file.status()).as(file.toString()).isEqualTo(201);
        String xml = new String(api.download(file.at("/document"), ADMIN).body(), StandardCharsets.UTF_8);
        assertThat(xml).contains("DE89370400440532013000").contains("<SeqTp>OOFF</SeqTp>")
                .contains(plan.at("/amount").asString());
        assertThat(timeline(letter)).anyMatch(t -> t.startsWith("Lastschriftmandat KUL"));
        assertThat(queueReasons(letter)).contains("NEW_MESSAGE");
        assertThat(debtor.get("/portal/pay").text()).contains("Es läuft schon eine Vereinbarung");
        // the confirmation announces the debit and is no instalment plan
        assertThat(letterText(shop, letter, "Lastschriftmandat")).contains("Ihre Zahlung per Lastschrift")
                .contains("Vorabankündigung").contains("keine Gebühr").doesNotContain("Ihr Ratenplan");
    }

    @Test
    void aPlanWithinTheRulesRunsAtOnceWhileOneBeyondThemIsShownSoAndAskedFor() {
        Tenant shop = newTenant("Portal Raten");
        Letter letter = letterFor(shop, "PO-4", "300.00");
        PortalVisit debtor = signedIn(letter, "de");
        assertThat(debtor.get("/portal/arrange").text()).contains("bis zu 12 Monatsraten")
                .contains("mindestens 25,00 €").contains("24 Raten (nur auf Anfrage)");

        // 24 rates are beyond the rules: the quote says so, nothing is stored until the debtor asks
        PortalVisit.Page beyond = debtor.post("/portal/arrange/quote", Map.of("instalments", "24",
                "firstDueOn", "2026-12-15"));
        assertThat(beyond.text()).contains("Dieser Plan geht über das hinaus").contains("Ratenplan anfragen");
        assertThat(api.get("/api/v1/cases/" + letter.caseId() + "/instalment-plans", ADMIN).json()).isEmpty();
        // a first rate in the past is refused in German
        assertThat(debtor.post("/portal/arrange/quote", Map.of("instalments", "3", "firstDueOn", "2026-11-01")).text())
                .contains("„Erste Rate fällig am“ darf nicht in der Vergangenheit liegen.");

        PortalVisit.Page quote = debtor.post("/portal/arrange/quote", Map.of("instalments", "3",
                "firstDueOn", "2026-12-15"));
        assertThat(quote.text()).contains("Was der Plan kostet").contains("Sie zahlen insgesamt")
                .contains("Einigungsgebühr").contains("15.12.2026").contains("15.01.2027").contains("15.02.2027")
                .contains("Ratenplan verbindlich vereinbaren");
        assertThat(api.get("/api/v1/cases/" + letter.caseId() + "/instalment-plans", ADMIN).json()).isEmpty();
        PortalVisit.Page agreed = debtor.post("/portal/arrange/plan", Map.of("instalments", "3",
                "firstDueOn", "2026-12-15"));
        assertThat(agreed.text()).contains("Ihr Ratenplan gilt ab jetzt.").contains("läuft");
        JsonNode plans = api.get("/api/v1/cases/" + letter.caseId() + "/instalment-plans", ADMIN).json();
        assertThat(plans.get(0).at("/status").asString()).isEqualTo("ACTIVE");
        assertThat(timeline(letter)).anyMatch(t -> t.startsWith("Ratenplan im Portal vereinbart: 3 Raten"));
        assertThat(queueReasons(letter)).contains("NEW_MESSAGE");

        // on another case the debtor asks for more than the rules allow: it waits for the creditor
        Letter second = letterFor(shop, "PO-4B", "300.00");
        PortalVisit other = signedIn(second, "de");
        PortalVisit.Page asked = other.post("/portal/arrange/plan", Map.of("instalments", "24",
                "firstDueOn", "2026-12-15"));
        assertThat(asked.text()).contains("Ihr Wunsch geht an die Gläubigerin.");
        assertThat(api.get("/api/v1/cases/" + second.caseId() + "/instalment-plans", ADMIN).json().get(0)
                .at("/status").asString()).isEqualTo("PENDING_CREDITOR");
        assertThat(timeline(second)).anyMatch(t -> t.startsWith("Ratenplan im Portal erbeten"));
    }

    @Test
    void aPauseWithinTheRulesIsAgreedAndALongerOneIsRefusedWithTheLatestDay() {
        Tenant shop = newTenant("Portal Pause");
        Letter letter = letterFor(shop, "PO-5", "180.00");
        PortalVisit debtor = signedIn(letter, "de");
        PortalVisit.Page tooLong = debtor.post("/portal/arrange/pause", Map.of("until", "2027-06-30",
                "reason", "Kurzarbeit"));
        assertThat(tooLong.text()).contains("höchstens 60 Tagen, also bis zum 26.01.2027");
        assertThat(tooLong.body()).contains("value=\"Kurzarbeit\"");
        PortalVisit.Page past = debtor.post("/portal/arrange/pause", Map.of("until", "2026-11-01",
                "reason", "Kurzarbeit"));
        assertThat(past.text()).contains("muss nach dem heutigen Tag liegen");
        assertThat(debtor.post("/portal/arrange/pause", Map.of("until", "2027-01-10", "reason", "Kurzarbeit")).text())
                .contains("Ihre Zahlungspause gilt ab jetzt.").contains("Zahlungspause bis 10.01.2027: läuft.");
        assertThat(api.get("/api/v1/cases/" + letter.caseId(), ADMIN).at("/status")).isEqualTo("AGREEMENT");
        // confirmed in text form, with the day the amount is due again
        String confirmation = letterText(shop, letter, "pausiert");
        assertThat(confirmation).contains("bis zum 10.01.2027").contains("Bitte überweisen Sie")
                .doesNotContain("Zinsen laufen");

        // beyond the rules, the debtor writes what they need instead
        assertThat(debtor.post("/portal/arrange/ask", Map.of("text", "Ich brauche bis Juni Zeit.")).text())
                .contains("Ein Sachbearbeiter meldet sich bei Ihnen.");
        assertThat(timeline(letter)).contains("Wunsch zur Zahlung: Ich brauche bis Juni Zeit.");
    }

    @Test
    void aDisputeWithEvidenceStopsEveryStepAndAFileThatIsNoDocumentIsRefusedWithNothingStored() {
        Tenant shop = newTenant("Portal Einwand");
        Letter letter = letterFor(shop, "PO-6", "90.00");
        PortalVisit debtor = signedIn(letter, "de");
        assertThat(debtor.get("/portal/object").text()).contains("Ich habe die Ware nicht bekommen.");

        Map<String, String> form = Map.of("reason", "NOT_RECEIVED", "invoice", "PO-6", "text",
                "Das Paket kam nie an.");
        PortalVisit.Page renamed = debtor.postMultipart("/portal/object", form, List.of(
                new PortalVisit.Upload("files", "beleg.pdf", "application/pdf", EXE)));
        assertThat(renamed.text()).contains("Datei 1: Die Datei „beleg.pdf“ ist kein PDF, JPG oder PNG.");
        assertThat(renamed.body()).contains("Das Paket kam nie an.");
        PortalVisit.Page huge = debtor.postMultipart("/portal/object", form, List.of(
                new PortalVisit.Upload("files", "scan.pdf", "application/pdf",
                        concat(PDF, new byte[50 * 1024 * 1024]))));
        assertThat(huge.text()).contains("ist größer als 10 MB");
        assertThat(api.get("/api/v1/cases/" + letter.caseId(), ADMIN).at("/status")).isEqualTo("OPEN");
        assertThat(api.get("/api/v1/cases/" + letter.caseId() + "/files", ADMIN).json()).isEmpty();

        PortalVisit.Page sent = debtor.postMultipart("/portal/object", form, List.of(
                new PortalVisit.Upload("files", "sendungsverfolgung.pdf", "application/pdf", PDF)));
        assertThat(sent.text()).contains("Ihr Einwand ist angekommen.").contains("Ihr Einwand liegt uns vor.");
        assertThat(api.get("/api/v1/cases/" + letter.caseId(), ADMIN).at("/status")).isEqualTo("DISPUTED");
        assertThat(api.get("/api/v1/claims/" + letter.claimId(), shop.auth()).json().at("/holds")
                .findValuesAsString("kind")).contains("DISPUTE");
        JsonNode files = api.get("/api/v1/cases/" + letter.caseId() + "/files", shop.auth()).json();
        assertThat(files.get(0).at("/fileName").asString()).isEqualTo("sendungsverfolgung.pdf");
        assertThat(files.get(0).at("/mediaType").asString()).isEqualTo("application/pdf");
        Api.Download file = api.download("/api/v1/cases/" + letter.caseId() + "/files/" + files.get(0).at("/id")
                .asString(), shop.auth());
        assertThat(file.body()).isEqualTo(PDF);
        assertThat(file.header("Content-Disposition")).startsWith("attachment");
        assertThat(timeline(letter)).anyMatch(t -> t.startsWith("NOT_RECEIVED: Rechnung PO-6: Das Paket kam nie an."))
                .anyMatch(t -> t.startsWith("Beleg zum Einwand hochgeladen: sendungsverfolgung.pdf"));
        // another shop does not see the file
        assertThat(api.get("/api/v1/cases/" + letter.caseId() + "/files", newTenant("Fremd").auth()).status())
                .isEqualTo(404);
    }

    @Test
    void contactDataAMessageAndAPaymentTheDebtorMadeReachTheCaseWorker() {
        Tenant shop = newTenant("Portal Kontakt");
        Letter letter = letterFor(shop, "PO-7", "140.00");
        PortalVisit debtor = signedIn(letter, "de");
        assertThat(debtor.get("/portal/contact").body()).contains("value=\"Lindenweg 4\"");

        PortalVisit.Page wrong = debtor.post("/portal/contact", Map.of("name", "Erika Muster", "street",
                "Am Markt 2", "postalCode", "1234", "city", "Halle", "country", "DE", "email", "erika@example.org",
                "phone", "", "channel", "EMAIL"));
        assertThat(wrong.text()).contains("Eine deutsche Postleitzahl hat fünf Ziffern.");
        assertThat(wrong.body()).contains("value=\"Am Markt 2\"");
        PortalVisit.Page saved = debtor.post("/portal/contact", Map.of("name", "Erika Muster", "street",
                "Am Markt 2", "postalCode", "06108", "city", "Halle", "country", "DE", "email", "erika@example.org",
                "phone", "", "channel", "EMAIL"));
        assertThat(saved.text()).contains("Ihre Kontaktdaten sind gespeichert.");
        JsonNode debtorNow = api.get("/api/v1/cases/" + letter.caseId(), ADMIN).json().at("/debtor");
        assertThat(debtorNow.at("/address/city").asString()).isEqualTo("Halle");
        assertThat(debtorNow.at("/preferredChannel").asString()).isEqualTo("EMAIL");

        PortalVisit.Page tooLong = debtor.post("/portal/message", Map.of("text", "x".repeat(100_000)));
        assertThat(tooLong.status()).isEqualTo(200);
        assertThat(tooLong.text()).contains("„Text“ darf höchstens 4.000 Zeichen lang sein.")
                .doesNotContain("Bitte füllen Sie „Text“ aus.");
        assertThat(debtor.post("/portal/message", Map.of("text", "Bitte rufen Sie mich an.")).text())
                .contains("Ihre Nachricht ist angekommen.");

        PortalVisit.Page future = debtor.postMultipart("/portal/paid", Map.of("paidOn", "2026-12-24", "amount",
                "140,00", "note", ""), List.of());
        assertThat(future.text()).contains("„Bezahlt am“ darf nicht in der Zukunft liegen.");
        PortalVisit.Page paid = debtor.postMultipart("/portal/paid", Map.of("paidOn", "2026-11-25", "amount",
                "1.140,00", "note", "Überweisung"), List.of(new PortalVisit.Upload("files", "auszug.png", "image/png",
                concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, new byte[64]))));
        assertThat(paid.text()).contains("Wir prüfen Ihre Zahlung");
        assertThat(timeline(letter)).contains("Kontaktdaten im Portal geändert", "Bitte rufen Sie mich an.")
                .anyMatch(t -> t.startsWith("Schuldner gibt an, bereits bezahlt zu haben: 1140.00 EUR am 2026-11-25"));
        assertThat(queueReasons(letter)).contains("NEW_MESSAGE");
        // the new postal code signs in from now on
        assertThat(attempt(letter.reference(), letter.code(), "06108").uri()).isEqualTo("/portal/case");
    }

    @Test
    void theSessionEndsAfterFifteenIdleMinutesAndANewCodeLocksTheOldOneOut() {
        Tenant shop = newTenant("Portal Sitzung");
        Letter letter = letterFor(shop, "PO-8", "75.00");
        PortalVisit debtor = signedIn(letter, "de");
        clock.advance(Duration.ofMinutes(14));
        assertThat(debtor.get("/portal/pay").uri()).isEqualTo("/portal/pay");
        clock.advance(Duration.ofMinutes(16));
        PortalVisit.Page after = debtor.get("/portal/pay");
        assertThat(after.uri()).isEqualTo("/portal");
        assertThat(after.text()).contains("Sie waren 15 Minuten nicht aktiv.");

        Api.Response rotated = api.post("/api/v1/cases/" + letter.caseId() + "/portal-code", "", ADMIN);
        assertThat(rotated.status()).isEqualTo(200);
        String fresh = rotated.at("/accessCode");
        assertThat(fresh).isNotEqualTo(letter.code());
        assertThat(api.post("/api/v1/cases/" + letter.caseId() + "/portal-code", "", shop.auth()).status())
                .isEqualTo(403);
        assertThat(attempt(letter.reference(), letter.code(), "04109").text())
                .contains("Diese Angaben passen nicht zusammen.");
        assertThat(attempt(letter.reference(), fresh, "04109").uri()).isEqualTo("/portal/case");
    }

    @Test
    void whenADebtorIsAnonymisedTheirFilesAndWordsLeaveTheCase() {
        Tenant shop = newTenant("Portal Löschung");
        Letter letter = letterFor(shop, "PO-11", "60.00");
        PortalVisit debtor = signedIn(letter, "de");
        debtor.postMultipart("/portal/object", Map.of("reason", "DEFECTIVE", "text", "Kaputt angekommen."),
                List.of(new PortalVisit.Upload("files", "foto.pdf", "application/pdf", PDF)));
        debtor.post("/portal/message", Map.of("text", "Meine Telefonnummer ist 0171 2345678."));
        assertThat(api.get("/api/v1/cases/" + letter.caseId() + "/files", ADMIN).json()).hasSize(1);
        JsonNode c = api.get("/api/v1/cases/" + letter.caseId(), ADMIN).json();
        transactions.executeWithoutResult(status -> events.publishEvent(new DebtorAnonymised(
                CreditorId.of(shop.id()), new DebtorId(java.util.UUID.fromString(c.at("/debtor/id").asString())),
                List.of(new ClaimId(java.util.UUID.fromString(letter.claimId()))))));
        assertThat(api.get("/api/v1/cases/" + letter.caseId() + "/files", ADMIN).json()).isEmpty();
        assertThat(timeline(letter)).noneMatch(t -> t != null && (t.contains("0171") || t.contains("Kaputt")));
    }

    @Test
    void theStrategysEmailLeavesAtTheHourTheDebtorUsesThePortal() {
        Tenant shop = newTenant("Portal Sendezeit");
        Letter letter = letterFor(shop, "PO-12", "130.00");
        collectionRun.run();
        clock.advance(Duration.ofHours(9));
        signedIn(letter, "de");
        // a week later the strategy's reminder e-mail is due; the debtor came by at seven in the evening
        clock.setToday(java.time.LocalDate.of(2026, 12, 4));
        collectionRun.run();
        String debtor = api.get("/api/v1/cases/" + letter.caseId(), ADMIN).at("/debtor/id");
        java.time.Instant next = jdbc.sql("select next_attempt_at from dispatch where debtor_id = :debtor "
                        + "and channel = 'EMAIL' order by created_at desc limit 1")
                .param("debtor", java.util.UUID.fromString(debtor))
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).single();
        assertThat(next).isEqualTo(java.time.LocalDateTime.of(2026, 12, 4, 19, 0)
                .atZone(java.time.ZoneId.of("Europe/Berlin")).toInstant());
        assertThat(timeline(letter)).anyMatch(t -> t.startsWith("Erinnerung per E-Mail"));
    }

    @Test
    void aCardPaymentIsBookedOnlyByTheProvidersSignedWebhookOnceAndAFailedOneBooksNothing() throws Exception {
        Tenant shop = newTenant("Portal Karte");
        Letter letter = letterFor(shop, "PO-10", "95.00");
        PortalVisit debtor = signedIn(letter, "de");
        String open = api.get("/api/v1/claims/" + letter.claimId(), shop.auth()).at("/balance/outstanding");

        PortalVisit.Page provider = debtor.post("/portal/pay/online", Map.of("provider", "sandbox"));
        assertThat(provider.uri()).startsWith("/portal/sandbox/sbx_");
        assertThat(provider.text()).contains("Es fließt kein echtes Geld");
        PortalVisit.Page failed = debtor.post(provider.uri(), Map.of("outcome", "FAILED"));
        assertThat(failed.text()).contains("Die Zahlung hat nicht geklappt.");
        assertThat(api.get("/api/v1/claims/" + letter.claimId(), shop.auth()).at("/balance/outstanding"))
                .isEqualTo(open);

        provider = debtor.post("/portal/pay/online", Map.of("provider", "sandbox"));
        PortalVisit.Page late = debtor.post(provider.uri(), Map.of("outcome", "LATE"));
        assertThat(late.text()).contains("Wir warten noch auf die Bestätigung");
        assertThat(api.get("/api/v1/claims/" + letter.claimId(), shop.auth()).at("/status")).isEqualTo("COLLECTION");
        for (int i = 0; i < 200 && !api.get("/api/v1/claims/" + letter.claimId(), shop.auth()).at("/status")
                .equals("PAID"); i++) {
            Thread.sleep(50);
        }
        assertThat(api.get("/api/v1/claims/" + letter.claimId(), shop.auth()).at("/status")).isEqualTo("PAID");
        assertThat(timeline(letter)).anyMatch(t -> t.contains("bestätigt und gebucht"))
                .anyMatch(t -> t.contains("fehlgeschlagen"));

        // a webhook without the provider's signature is refused; the same webhook again books nothing more
        String reference = jdbc.sql("select provider_reference from online_payment where case_id = :id "
                + "and status = 'SUCCEEDED'").param("id", java.util.UUID.fromString(letter.caseId()))
                .query(String.class).single();
        byte[] body = ("{\"reference\":\"" + reference + "\",\"outcome\":\"SUCCEEDED\"}")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(webhook(body, "0".repeat(64))).isEqualTo(400);
        assertThat(webhook(body, sandbox.sign(body))).isEqualTo(204);
        assertThat(new java.math.BigDecimal(api.get("/api/v1/claims/" + letter.claimId(), shop.auth())
                .at("/balance/paid"))).as("paid once").isEqualByComparingTo(new java.math.BigDecimal(open));
    }

    private int webhook(byte[] body, String signature) throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                        + "/portal/providers/sandbox/webhook")).header("Sandbox-Signature", signature)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void inEnglishEveryPageAndErrorSpeaksEnglish() {
        Tenant shop = newTenant("Portal English");
        Letter letter = letterFor(shop, "PO-9", "210.00");
        PortalVisit debtor = signedIn(letter, "en");
        assertThat(debtor.get("/portal/case").text()).contains("What is open").contains("Invoice amount")
                .contains("Default interest").contains("Legal basis: § 433 Abs. 2 BGB");
        assertThat(debtor.get("/portal/pay").text()).contains("By bank transfer").contains("Payment reference");
        assertThat(debtor.post("/portal/arrange/pause", Map.of("until", "2027-06-30", "reason", "Short time work"))
                .text()).contains("Please check what you entered:");
        assertThat(debtor.postMultipart("/portal/object", Map.of("reason", "DEFECTIVE", "text", "Broken"),
                List.of(new PortalVisit.Upload("files", "photo.jpg", "image/jpeg", EXE))).text())
                .contains("File 1: the file \"photo.jpg\" is not a PDF, JPG or PNG.");
        assertThat(debtor.get("/portal/contact").text()).contains("How should we write to you?");
        assertThat(debtor.get("/portal/arrange").text()).contains("Pay in instalments");
        // a first visit from a browser that asks for English is in English; one that asks for German stays German
        assertThat(PortalVisit.firstPage(port, "en-GB,en;q=0.8").text()).contains("Your case at Kulant");
        assertThat(PortalVisit.firstPage(port, "de-DE,de;q=0.9,en;q=0.5").text()).contains("Ihr Fall bei Kulant");
    }

    static byte[] concat(byte[] first, byte[] second) {
        byte[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
