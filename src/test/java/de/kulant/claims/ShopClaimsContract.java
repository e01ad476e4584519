package de.kulant.claims;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.Api;
import de.kulant.support.ClaimFixture;
import de.kulant.support.IntegrationTest;
import de.kulant.support.ShopLogins;
import de.kulant.support.StaffSession;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Claims in the shop app without a developer (issue 17, item 3): one typed into a form, a CSV file previewed with
 * every error by line before anything is stored and imported whole, the list with filters and export, holds, credit
 * notes, handover and withdrawal, the shop's own dunning policy and letterhead. Accountants read; another shop's
 * claim is never found.
 */
abstract class ShopClaimsContract extends IntegrationTest {

    private static final String HEADER = "invoiceNumber;invoiceDate;dueDate;amount;debtorKind;name;street;postalCode;city\n";

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private PasswordEncoder encoder;

    private StaffSession owner(Tenant tenant) {
        return ShopLogins.signIn(port, ShopLogins.user(jdbc, encoder, tenant.id(), "OWNER"));
    }

    private int claimsOf(Tenant tenant) {
        return jdbc.queryForObject("select count(*) from claim where creditor_id = ?", Integer.class,
                java.util.UUID.fromString(tenant.id()));
    }

    private static Map<String, String> claimForm(String invoice, String amount) {
        Map<String, String> form = new HashMap<>(Map.of("invoiceNumber", invoice, "invoiceDate", "2026-10-01",
                "dueDate", "2026-10-15", "amount", amount, "kind", "CONSUMER", "name", "Erika Mustermann",
                "street", "Lindenweg 4", "postalCode", "24103", "city", "Kiel", "country", "DE"));
        form.put("customerNumber", "K-77");
        return form;
    }

    @Test
    void anOwnerTypesAClaimIntoTheFormAndEachMistakeIsShownAtItsFieldWithNothingStored() {
        Tenant shop = newTenant("Formladen");
        StaffSession app = owner(shop);
        assertThat(app.get("/app/claims/new").body()).contains("id=\"claim-form\"");

        Map<String, String> wrong = claimForm("F-1", "12,3x");
        wrong.put("dueDate", "2026-09-01");
        wrong.put("name", "");
        wrong.put("postalCode", "1234");
        StaffSession.Page refused = app.post("/app/claims", wrong);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"error-amount\"").contains("id=\"error-dueDate\"")
                .contains("id=\"error-debtor-name\"").contains("id=\"error-debtor-address-postalCode\"")
                .contains("value=\"12,3x\"").contains("value=\"Lindenweg 4\"").contains("Bitte füllen Sie „Name“ aus.");
        assertThat(claimsOf(shop)).isZero();

        StaffSession.Page created = app.post("/app/claims", claimForm("F-1", "1.234,50"));
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.body()).contains("Die Forderung ist angelegt.").contains("1.234,50")
                .contains("id=\"payment-reference\"").contains("Erika Mustermann");
        Api.Response stored = api.get("/api/v1/claims?invoiceNumber=F-1", shop.auth());
        assertThat(stored.at("/items/0/amount")).isEqualTo("1234.50");
        assertThat(app.post("/app/claims", claimForm("F-1", "1.234,50")).body()).contains("gab es schon genau so");
        StaffSession.Page conflict = app.post("/app/claims", claimForm("F-1", "99,00"));
        assertThat(conflict.status()).isEqualTo(422);
        assertThat(conflict.body()).contains("Die Rechnungsnummer F-1 gibt es schon mit anderem Inhalt.");
        assertThat(claimsOf(shop)).isEqualTo(1);
    }

    private static String rows(int count, String prefix) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= count; i++) {
            csv.append(prefix).append(i).append(";01.10.2026;15.10.2026;").append(100 + i).append(",50;CONSUMER;Kunde ")
                    .append(i).append(";Weg ").append(i).append(";10115;Berlin\n");
        }
        return csv.toString();
    }

    @Test
    void aCsvFileIsPreviewedWithEveryErrorByLineAndImportedOnlyAsAWhole() {
        Tenant shop = newTenant("Dateiladen");
        StaffSession app = owner(shop);
        assertThat(app.get("/app/claims/upload").body()).contains("id=\"upload-form\"").contains("invoiceNumber");

        String bad = rows(12, "C-").replace("C-3;01.10.2026", "C-3;31.02.2026").replace("C-5;", "C-1;");
        StaffSession.Page preview = app.upload("/app/claims/upload/preview", "file", "rechnungen.csv",
                bad.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).contains("id=\"upload-errors\"").contains("Zeile 4:").contains("Zeile 6:")
                .contains("Die Rechnungsnummer C-1 steht zweimal in der Datei.").doesNotContain("id=\"upload-ready\"");
        StaffSession.Page refused = app.upload("/app/claims/upload", "file", "rechnungen.csv",
                bad.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("nicht importiert").contains("Zeile 4:");
        assertThat(claimsOf(shop)).isZero();
        assertThat(app.upload("/app/claims/upload/preview", "file", "kaputt.csv", new byte[] {'a', 0, 'b'}).body())
                .contains("Nullbytes");

        byte[] good = rows(12, "C-").getBytes(StandardCharsets.UTF_8);
        StaffSession.Page ready = app.upload("/app/claims/upload/preview", "file", "rechnungen.csv", good);
        assertThat(ready.body()).contains("id=\"upload-ready\"").contains("12 Forderungen, davon 12 neu")
                .contains("Die ersten 10 von 12 Zeilen").contains("C-10").doesNotContain(">C-11<");
        assertThat(claimsOf(shop)).as("a preview stores nothing").isZero();

        StaffSession.Page imported = app.upload("/app/claims/upload", "file", "rechnungen.csv", good);
        assertThat(imported.body()).contains("Importiert: 12 neue Forderungen, 0 waren")
                .contains("12 Forderungen");
        assertThat(claimsOf(shop)).isEqualTo(12);
        assertThat(app.upload("/app/claims/upload", "file", "rechnungen.csv", good).body())
                .contains("Importiert: 0 neue Forderungen, 12 waren");
        StaffSession.Page changed = app.upload("/app/claims/upload", "file", "rechnungen.csv",
                rows(13, "C-").replace("C-2;01.10.2026;15.10.2026;102,50", "C-2;01.10.2026;15.10.2026;1,00")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(changed.status()).isEqualTo(422);
        assertThat(changed.body()).contains("Zeile 3:").contains("C-2 gibt es schon mit anderem Inhalt");
        assertThat(claimsOf(shop)).as("C-13 is not stored either").isEqualTo(12);

        String accountant = ShopLogins.user(jdbc, encoder, shop.id(), "ACCOUNTANT");
        StaffSession reader = ShopLogins.signIn(port, accountant);
        assertThat(reader.get("/app/claims").body()).contains("12 Forderungen").doesNotContain("id=\"upload-claims\"");
        assertThat(reader.upload("/app/claims/upload", "file", "mehr.csv", rows(1, "X-")
                .getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);
        assertThat(claimsOf(shop)).isEqualTo(12);
    }

    @Test
    void theOwnerFiltersHoldsCreditsHandsOverAndWithdrawsWhileAnotherShopFindsNothing() {
        Tenant shop = newTenant("Kerzenhaus");
        String due = createClaim(shop, ClaimFixture.aClaim("K-1").of("119.00").invoicedOn("2026-10-01")
                .dueOn("2026-10-15").json());
        String notDue = createClaim(shop, ClaimFixture.aClaim("K-2").of("50.00").invoicedOn("2026-11-20")
                .dueOn("2026-12-20").json());
        StaffSession app = owner(shop);

        assertThat(app.get("/app/claims?q=K-1").body()).contains(">K-1<").doesNotContain(">K-2<");
        assertThat(app.get("/app/claims?overdue=true").body()).contains(">K-1<").doesNotContain(">K-2<");
        assertThat(new String(app.bytes("/app/claims/export.csv"), StandardCharsets.UTF_8)).contains("K-1")
                .contains("K-2");

        StaffSession.Page held = app.post("/app/claims/" + due + "/holds", Map.of("kind", "MANUAL",
                "reason", "Kunde reklamiert die Lieferung", "until", ""));
        assertThat(held.body()).contains("Kunde reklamiert die Lieferung").contains("id=\"message\"");
        assertThat(app.post("/app/claims/" + due + "/credit-note", Map.of("amount", "19,00", "date", "2026-11-27",
                "reason", "Teilretoure")).body()).contains("id=\"message\"");
        assertThat(api.get("/api/v1/claims/" + due, shop.auth()).at("/balance/principal")).isEqualTo("100.00");
        StaffSession.Page noReason = app.post("/app/claims/" + due + "/credit-note", Map.of("amount", "1,00",
                "date", "2026-11-27", "reason", ""));
        assertThat(noReason.body()).contains("id=\"claim-errors\"").contains("value=\"1,00\"");

        assertThat(app.post("/app/claims/" + notDue + "/hand-over", Map.of()).body()).contains("id=\"claim-errors\"");
        assertThat(api.get("/api/v1/claims/" + notDue, shop.auth()).at("/status")).isEqualTo("OPEN");
        assertThat(app.post("/app/claims/" + due + "/hand-over", Map.of()).body())
                .contains("Die Forderung ist an das Inkasso übergeben.").contains("id=\"withdraw-form\"");
        awaitEvents();
        assertThat(api.get("/api/v1/claims/" + due, shop.auth()).at("/status")).isEqualTo("COLLECTION");
        assertThat(app.post("/app/claims/" + due + "/withdraw", Map.of("reason", "")).body())
                .contains("id=\"claim-errors\"");
        assertThat(app.post("/app/claims/" + due + "/withdraw", Map.of("reason", "Kunde zahlt direkt")).body())
                .contains("Die Forderung ist aus dem Inkasso zurückgenommen.");
        assertThat(api.get("/api/v1/claims/" + due, shop.auth()).at("/status")).isEqualTo("RETURNED");

        Tenant other = newTenant("Fremdladen");
        StaffSession stranger = owner(other);
        assertThat(stranger.get("/app/claims/" + due).status()).isEqualTo(404);
        for (String action : new String[] {"/holds", "/credit-note", "/hand-over", "/withdraw"}) {
            StaffSession.Page answer = stranger.post("/app/claims/" + notDue + action, Map.of("kind", "MANUAL",
                    "reason", "fremd", "amount", "1,00", "date", "2026-11-27"));
            assertThat(answer.status()).as(action).isEqualTo(404);
        }
        assertThat(stranger.get("/app/claims").body()).doesNotContain(">K-1<").contains("Keine Forderungen");
        assertThat(new String(stranger.bytes("/app/claims/export.csv?creditor=" + shop.id()), StandardCharsets.UTF_8))
                .doesNotContain("K-1").doesNotContain("K-2");
        assertThat(api.get("/api/v1/claims/" + notDue, shop.auth()).json().get("holds").size()).isZero();

        StaffSession reader = ShopLogins.signIn(port, ShopLogins.user(jdbc, encoder, shop.id(), "ACCOUNTANT"));
        assertThat(reader.get("/app/claims/" + notDue).body()).contains("K-2").doesNotContain("id=\"hold-form\"")
                .doesNotContain("id=\"hand-over-form\"");
        assertThat(reader.post("/app/claims/" + notDue + "/holds", Map.of("kind", "MANUAL", "reason", "x")).status())
                .isEqualTo(403);
    }

    @Test
    void aDisputeWaitsInTheInboxUntilTheOwnerSendsEvidence() {
        Tenant shop = newTenant("Einwandladen");
        String claim = createClaim(shop, ClaimFixture.aClaim("E-1").of("300.00").invoicedOn("2026-09-01")
                .dueOn("2026-09-15").json());
        String caseId = api.post("/api/v1/claims/" + claim + "/hand-over", "", shop.auth()).at("/id");
        awaitEvents();
        Api.Response dispute = api.post("/api/v1/cases/" + caseId + "/disputes", Map.of("reason", "NOT_RECEIVED",
                "text", "Paket nie angekommen"), ADMIN);
        assertThat(dispute.status()).as(dispute.toString()).isEqualTo(201);
        StaffSession app = owner(shop);
        String inbox = app.get("/app/approvals").body();
        assertThat(inbox).contains("id=\"dispute-" + dispute.at("/id") + "\"").contains("Ware nicht erhalten")
                .contains("Paket nie angekommen").contains("Der Fall ruht").doesNotContain("id=\"no-approvals\"");
        String answer = "/app/approvals/evidence/" + dispute.at("/id");
        assertThat(app.post(answer, Map.of("text", "")).body()).contains("id=\"approval-errors\"");
        assertThat(app.post(answer, Map.of("text", "Zugestellt am 20.09., Sendung 00340434")).body())
                .contains("id=\"evidence-sent\"");
        assertThat(api.get("/api/v1/cases/" + caseId + "/timeline", ADMIN).body()).contains("Sendung 00340434");

        StaffSession stranger = owner(newTenant("Anderer Einwand"));
        assertThat(stranger.get("/app/approvals").body()).doesNotContain("Paket nie angekommen");
        assertThat(stranger.post(answer, Map.of("text", "fremd")).status()).isEqualTo(404);
        StaffSession reader = ShopLogins.signIn(port, ShopLogins.user(jdbc, encoder, shop.id(), "ACCOUNTANT"));
        assertThat(reader.get("/app/approvals").body()).contains("Paket nie angekommen")
                .doesNotContain("id=\"evidence-submit-");
        assertThat(reader.post(answer, Map.of("text", "Buchhaltung")).status()).isEqualTo(403);
    }

    @Test
    void theOwnerEditsItsOwnDunningPolicyAndLetterheadAndPreviewsALetter() {
        Tenant shop = newTenant("Teehaus");
        createClaim(shop, ClaimFixture.aClaim("T-1").of("80.00").invoicedOn("2026-10-01").dueOn("2026-10-15").json());
        StaffSession app = owner(shop);
        String page = app.get("/app/policy").body();
        assertThat(page).contains("id=\"policy-form\"").doesNotContain("id=\"policy-creditor\"");

        Map<String, String> policy = new HashMap<>(Map.of("handoverDaysAfterDue", "50", "minimumDaysBetweenLevels",
                "7", "tone", "FRIENDLY"));
        String[][] levels = {{"Zahlungserinnerung", "5", "0"}, {"Zweiter Brief vom Teehaus", "19", "0"}, {"Letzte Mahnung", "33", "0"}};
        for (int i = 0; i < levels.length; i++) {
            policy.put("levels-" + i + "-name", levels[i][0]);
            policy.put("levels-" + i + "-daysAfterDue", levels[i][1]);
            policy.put("levels-" + i + "-fee", levels[i][2]);
            policy.put("levels-" + i + "-channel", "EMAIL");
            policy.put("levels-" + i + "-paymentTermDays", "10");
        }
        policy.put("levels-2-announcesHandover", "on");
        Map<String, String> wrong = new HashMap<>(policy);
        wrong.put("levels-1-daysAfterDue", "drei");
        StaffSession.Page refused = app.post("/app/policy", wrong);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"policy-errors\"").contains("value=\"drei\"");
        assertThat(api.get("/api/v1/dunning-policy", shop.auth()).at("/handoverDaysAfterDue")).isNotEqualTo("50");

        assertThat(app.post("/app/policy", policy).body()).contains("id=\"policy-saved\"");
        assertThat(api.get("/api/v1/dunning-policy", shop.auth()).at("/handoverDaysAfterDue")).isEqualTo("50");
        assertThat(api.get("/api/v1/dunning-policy", shop.auth()).at("/levels/1/name")).isEqualTo("Zweiter Brief vom Teehaus");

        Map<String, String> letterhead = Map.of("senderLine", "Teehaus · Am Hafen 2 · 18055 Rostock",
                "contactPerson", "Frau Lind", "phone", "0381 123456", "email", "post@teehaus.example",
                "signature", "Ihr Teehaus");
        assertThat(app.post("/app/letterhead", letterhead).body()).contains("Teehaus · Am Hafen 2");
        byte[] pdf = app.bytes("/app/letterhead/preview?invoice=T-1&level=1");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        Tenant other = newTenant("Kaffeehaus");
        StaffSession stranger = owner(other);
        assertThat(stranger.get("/app/letterhead/preview?invoice=T-1&level=1").body())
                .contains("id=\"letterhead-errors\"").doesNotContain("Teehaus · Am Hafen 2");
        assertThat(stranger.get("/app/policy").body()).doesNotContain("Zweiter Brief vom Teehaus");
        StaffSession reader = ShopLogins.signIn(port, ShopLogins.user(jdbc, encoder, shop.id(), "ACCOUNTANT"));
        assertThat(reader.post("/app/policy", policy).status()).isEqualTo(403);
        assertThat(reader.post("/app/letterhead", letterhead).status()).isEqualTo(403);
        assertThat(reader.get("/app/letterhead").body()).contains("Teehaus · Am Hafen 2")
                .doesNotContain("id=\"letterhead-save\"");
    }
}
