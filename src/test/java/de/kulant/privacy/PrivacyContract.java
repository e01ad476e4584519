package de.kulant.privacy;

import static de.kulant.support.ClaimFixture.aClaim;
import static de.kulant.support.DebtorFixture.aConsumer;
import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.correspondence.PdfFacts;
import de.kulant.correspondence.internal.Dispatcher;
import de.kulant.platform.CreditorId;
import de.kulant.support.IntegrationTest;
import de.kulant.support.StaffSession;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Data-subject requests (issue 13, item 14): a copy of everything held as JSON and PDF; erasure refused while a claim
 * is open or the books must be kept, carried out after; the nightly job anonymises ended debtors and the books still
 * balance. Today is 2026-11-27; ten years on is 2037.
 */
abstract class PrivacyContract extends IntegrationTest {

    @Autowired
    private RetentionJob retentionJob;

    @Autowired
    private Dispatcher dispatcher;

    private String claim(Tenant shop, String invoice, String customer) {
        return createClaim(shop, aClaim(invoice).of("250.00").invoicedOn("2026-11-01").dueOn("2027-06-30")
                .owedBy(aConsumer(customer).named("Erika Datenschutz")).json());
    }

    private void cancel(Tenant shop, String claim) {
        assertThat(api.post("/api/v1/claims/" + claim + "/credit-notes", Map.of("amount", "250.00",
                "date", "2026-11-27", "reason", "Storno"), shop.auth()).status()).isEqualTo(201);
    }

    @Test
    void theCopyHoldsThePersonTheClaimsAndTheirBookingsAsJsonAndPdf() {
        Tenant shop = newTenant("Auskunft-Shop");
        String id = claim(shop, "DS-1", "K-DS-1");
        assertThat(api.post("/api/v1/claims/" + id + "/payments", Map.of("amount", "50.00", "bookingDate", "2026-11-20"),
                shop.auth()).status()).isEqualTo(201);
        StaffSession staff = StaffSession.logIn(port, "admin", ADMIN_PASSWORD);

        JsonNode copy = json.readTree(staff.bytes("/privacy/claims/" + id + "/copy.json"));
        assertThat(copy.at("/creditor").asString()).isEqualTo("Auskunft-Shop");
        assertThat(copy.at("/person/name").asString()).isEqualTo("Erika Datenschutz");
        assertThat(copy.at("/person/email").asString()).isEqualTo("erika@example.org");
        assertThat(copy.at("/claims/0/invoiceNumber").asString()).isEqualTo("DS-1");
        assertThat(copy.at("/claims/0/outstanding").asString()).isEqualTo("200.00");
        assertThat(copy.at("/claims/0/bookings").findValuesAsString("kind")).contains("CLAIM", "PAYMENT");
        assertThat(copy.at("/retention/openClaims").asInt()).isEqualTo(1);

        String pdf = PdfFacts.of(staff.bytes("/privacy/claims/" + id + "/copy.pdf?lang=de")).text()
                .replace('\u00a0', ' ').replaceAll("\\s+", " ");
        assertThat(pdf).contains("Auskunft über Ihre gespeicherten Daten (Art. 15 DSGVO)").contains("Erika Datenschutz")
                .contains("Rechnung DS-1 vom 01.11.2026 über 250,00 €").contains("Datenschutzaufsichtsbehörde");
    }

    @Test
    void staffAnswerRequestsThroughTheApiAndAShopCannot() {
        Tenant shop = newTenant("Auskunft per API");
        String id = claim(shop, "DS-API", "K-DS-API");

        JsonNode copy = api.get("/api/v1/admin/privacy/claims/" + id + "/copy", ADMIN).json();
        assertThat(copy.at("/person/name").asString()).isEqualTo("Erika Datenschutz");
        assertThat(copy.at("/claims/0/invoiceNumber").asString()).isEqualTo("DS-API");
        JsonNode answer = api.post("/api/v1/admin/privacy/claims/" + id + "/erasure", "", ADMIN).json();
        assertThat(answer.get("outcome").asString()).isEqualTo("REFUSED_OPEN_CLAIMS");
        assertThat(answer.get("openClaims").asInt()).isEqualTo(1);

        assertThat(api.get("/api/v1/admin/privacy/claims/" + id + "/copy", shop.auth()).status()).isIn(403, 404);
        assertThat(api.post("/api/v1/admin/privacy/claims/" + id + "/erasure", "", shop.auth()).status()).isIn(403, 404);
        assertThat(api.get("/api/v1/admin/privacy/claims/" + UUID.randomUUID() + "/copy", ADMIN).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/claims/" + id, shop.auth()).at("/debtor/name")).isEqualTo("Erika Datenschutz");
    }

    @Test
    void erasureIsRefusedWhileAClaimIsOpenOrTheBooksMustBeKeptAndCarriedOutAfter() {
        Tenant shop = newTenant("Löschen-Shop");
        String id = claim(shop, "DS-2", "K-DS-2");
        StaffSession staff = StaffSession.logIn(port, "admin", ADMIN_PASSWORD);

        staff.get("/privacy/claims/" + id);
        assertThat(staff.post("/privacy/claims/" + id + "/erasure", Map.of()).body())
                .contains("Nicht gelöscht: 1 Forderung ist noch offen");

        assertThat(api.put("/api/v1/claims/" + id + "/debtor", Map.of("name", "Erika Datenschutz",
                "email", "erika@umzug.example", "address", Map.of("street", "Umzugsweg 9", "postalCode", "50667",
                        "city", "Köln", "country", "DE")), shop.auth()).status()).isEqualTo(200);
        cancel(shop, id);
        assertThat(staff.post("/privacy/claims/" + id + "/erasure", Map.of()).body())
                .contains("Aufbewahrungspflicht").contains("ab dem 01.01.2037 automatisch gelöscht");
        assertThat(api.get("/api/v1/claims/" + id, shop.auth()).at("/debtor/name")).isEqualTo("Erika Datenschutz");

        clock.setToday(LocalDate.of(2037, 1, 2));
        // ten years later is a new session (the old one ended after 30 idle minutes)
        staff = StaffSession.logIn(port, "admin", ADMIN_PASSWORD);
        staff.get("/privacy/claims/" + id);
        assertThat(staff.post("/privacy/claims/" + id + "/erasure", Map.of()).body()).contains("Die Daten wurden gelöscht");
        JsonNode claim = api.get("/api/v1/claims/" + id, shop.auth()).json();
        assertThat(claim.at("/debtor/name").asString()).isEqualTo("anonymisiert");
        assertThat(claim.at("/debtor/email").isNull() || claim.at("/debtor/email").isMissingNode()).isTrue();
        assertThat(claim.at("/amount").asString()).isEqualTo("250.00");
        assertThat(claim.at("/status").asString()).isEqualTo("CANCELLED");
        assertThat(api.get("/api/v1/claims/" + id + "/ledger", shop.auth()).json().findValuesAsString("kind"))
                .contains("CLAIM", "CREDIT_NOTE");
        // the claim's history still tells what was done, but no longer to whom or where
        assertThat(staff.get("/claims/" + id).body()).contains("Schuldnerdaten geändert").doesNotContain("Erika")
                .doesNotContain("Umzugsweg").doesNotContain("Köln").doesNotContain("umzug.example");
    }

    @Test
    void theNightlyJobAnonymisesOnlyDebtorsWhoseClaimsEndedAndWhoseRetentionPassed() {
        Tenant shop = newTenant("Aufbewahrung-Shop");
        String ended = claim(shop, "DS-3", "K-DS-3");
        String stillOpen = claim(shop, "DS-4", "K-DS-4");
        cancel(shop, ended);

        clock.setToday(LocalDate.of(2036, 12, 31));
        assertThat(retentionJob.run(CreditorId.of(shop.id()))).isZero();

        clock.setToday(LocalDate.of(2037, 1, 1));
        assertThat(retentionJob.run(CreditorId.of(shop.id()))).isEqualTo(1);
        assertThat(api.get("/api/v1/claims/" + ended, shop.auth()).at("/debtor/name")).isEqualTo("anonymisiert");
        assertThat(api.get("/api/v1/claims/" + stillOpen, shop.auth()).at("/debtor/name")).isEqualTo("Erika Datenschutz");
        assertThat(retentionJob.run(CreditorId.of(shop.id()))).isZero();
    }

    @Test
    void lettersAreErasedSixYearsAfterTheYearTheyWentOutOnceTheirClaimsEnded() {
        Tenant shop = newTenant("Briefe-Aufbewahrung");
        String ended = createClaim(shop, aClaim("DS-5").of("120.00").invoicedOn("2026-09-01").dueOn("2026-09-15")
                .withConsumerNotice().owedBy(aConsumer("K-DS-5")).json());
        String open = createClaim(shop, aClaim("DS-6").of("130.00").invoicedOn("2026-09-01").dueOn("2026-09-15")
                .withConsumerNotice().owedBy(aConsumer("K-DS-6")).json());
        api.post("/api/v1/claims/" + ended + "/hand-over", "", shop.auth());
        api.post("/api/v1/claims/" + open + "/hand-over", "", shop.auth());
        dispatcher.dispatchDue();
        String endedLetter = letterOf(shop, ended);
        String openLetter = letterOf(shop, open);
        String owed = api.get("/api/v1/claims/" + ended, shop.auth()).at("/balance/outstanding");
        api.post("/api/v1/claims/" + ended + "/payments", Map.of("amount", owed, "bookingDate", "2026-11-27"),
                shop.auth());

        clock.setToday(LocalDate.of(2032, 12, 31));
        assertThat(retentionJob.eraseLetters()).as("six years from the end of 2026 end on 31.12.2032").isZero();
        assertThat(api.download("/api/v1/documents/" + endedLetter, shop.auth()).status()).isEqualTo(200);

        clock.setToday(LocalDate.of(2033, 1, 1));
        assertThat(retentionJob.eraseLetters()).isGreaterThanOrEqualTo(1);

        assertThat(api.download("/api/v1/documents/" + endedLetter, shop.auth()).status()).isEqualTo(404);
        assertThat(api.download("/api/v1/documents/" + openLetter, shop.auth()).status())
                .as("the claim is still open: its letter may still prove the demand").isEqualTo(200);
        assertThat(api.get("/api/v1/claims/" + ended + "/documents", shop.auth()).json().size())
                .as("the history still names the letter").isPositive();
    }

    private String letterOf(Tenant shop, String claim) {
        for (JsonNode d : api.get("/api/v1/claims/" + claim + "/documents", shop.auth()).json()) {
            if (d.get("kind").asString().equals("LETTER")) {
                return d.get("id").asString();
            }
        }
        throw new AssertionError("no letter for " + claim);
    }
}
