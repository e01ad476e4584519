package de.kulant.collection;

import static de.kulant.support.ClaimFixture.aClaim;
import static de.kulant.support.DebtorFixture.aConsumer;
import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.correspondence.PdfFacts;
import de.kulant.correspondence.internal.Dispatcher;
import de.kulant.support.Api;
import de.kulant.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14, item 3: the first collection letter says everything §13a Abs. 1 RDG requires (legal-reference.md section
 * 6, points 1–8), the Art. 14 GDPR information and the portal access; as a PDF/A letter and as an e-mail, in German
 * for a debtor in Germany and in English for one abroad; and it threatens nothing. Today is 2026-11-27.
 */
abstract class FirstLetterContract extends IntegrationTest {

    @Autowired
    private Dispatcher dispatcher;

    private Api.Response handOver(Tenant shop, String claim) {
        return api.post("/api/v1/claims/" + claim + "/hand-over", "", shop.auth());
    }

    /** The texts of the letter (PDF) and the e-mail sent for the claim. */
    private Map<String, String> sent(Tenant shop, String claim) {
        dispatcher.dispatchDue();
        JsonNode documents = api.get("/api/v1/claims/" + claim + "/documents", shop.auth()).json();
        String letter = null;
        String email = null;
        for (JsonNode d : documents) {
            byte[] content = api.download("/api/v1/documents/" + d.get("id").asString(), shop.auth()).body();
            if (d.get("kind").asString().equals("LETTER")) {
                letter = PdfFacts.of(content).text().replaceAll("\\s+", " ");
            } else {
                email = new String(content, StandardCharsets.UTF_8);
            }
        }
        assertThat(letter).as("the letter of " + documents).isNotNull();
        assertThat(email).as("the e-mail of " + documents).isNotNull();
        return Map.of("letter", letter, "email", email);
    }

    @Test
    void theGermanFirstLetterSaysEveryPointOfSection13aAndThreatensNothing() {
        Tenant shop = newTenant("Brief-Shop");
        String claim = createClaim(shop, aClaim("BR-1").of("500.00").invoicedOn("2026-09-01").dueOn("2026-09-15")
                .withConsumerNotice().owedBy(aConsumer("K-BR").named("Erika Brief")).json());
        String caseId = handOver(shop, claim).at("/id");
        JsonNode staffView = api.get("/api/v1/cases/" + caseId, ADMIN).json();

        String text = sent(shop, claim).get("letter");

        // (1) the creditor's name and address
        assertThat(text).contains("im Auftrag der Brief-Shop, Hafenstraße 1, 20457 Hamburg");
        // (2) the basis of the claim: the contract by its invoice and date
        assertThat(text).contains("Ihr Vertrag mit der Brief-Shop laut Rechnung BR-1 vom 01.09.2026, fällig am 15.09.2026");
        // (3) interest: principal, rate and period; (4) no rate above the statutory one
        assertThat(text).contains("auf 500,00 € vom 16.10.2026 bis 26.11.2026");
        assertThat(text).containsPattern("Zinssatz \\d,\\d{2} % pro Jahr");
        assertThat(text).contains("nur in der gesetzlichen Höhe (§ 288 BGB)");
        // (5) collection costs: kind, amount, basis
        assertThat(text).contains("0,5 Geschäftsgebühr Nr. 2300 VV RVG aus 500,00 EUR (1,0-Gebühr 51,50 EUR)")
                .contains("25,75 €").contains("Post- und Telekommunikationspauschale Nr. 7002 VV RVG").contains("5,15 €")
                .contains("§13e RDG, §13 Abs. 1 RVG, Nr. 2300 VV RVG");
        // and what they become when the first demand goes unanswered: 0.9 → 46.35 + 9.27
        assertThat(text).contains("Geht der Betrag nicht bis zum 11.12.2026 vollständig ein, steigt die Geschäftsgebühr "
                + "auf den 0,9-fachen Satz; die Inkassokosten betragen dann insgesamt 55,62 €");
        // (6) no VAT for a creditor that deducts it
        assertThat(text).doesNotContain("Umsatzsteuer");
        // (7) where the address comes from; (8) the supervisory authority with its address
        assertThat(text).contains("Ihre Anschrift haben wir von der Gläubigerin erhalten; wir haben sie nicht selbst ermittelt");
        assertThat(text).contains("Zuständige Aufsichtsbehörde: Bundesamt für Justiz, Adenauerallee 99–103, 53113 Bonn");
        // Art. 14 GDPR: controller, purpose and basis, source, retention, rights
        assertThat(text).contains("Information zum Datenschutz (Art. 14 DSGVO)").contains("Verantwortlich")
                .contains("Art. 6 Abs. 1 Buchst. b und f DSGVO").contains("Die Daten stammen von der Gläubigerin, der Brief-Shop")
                .contains("Geschäftsbriefe 6 Jahre").contains("widersprechen (Art. 21 DSGVO)");
        // the portal: reference, access code, postal code
        assertThat(text).contains(staffView.get("reference").asString())
                .contains(staffView.at("/portalAccess/accessCode").asString()).contains("Postleitzahl");
        // the total: 500.00 + interest + 55.62 costs, to pay within 14 days
        assertThat(text).contains("bis zum 11.12.2026");
        assertThat(text).doesNotContainIgnoringCase("schufa").doesNotContain("Pfändung").doesNotContain("Zwangsvollstreckung")
                .doesNotContain("Gerichtsvollzieher");
        assertThat(api.get("/api/v1/cases/" + caseId + "/timeline", shop.auth()).json().findValuesAsString("kind"))
                .contains("LETTER");
    }

    @Test
    void vatOnCostsIsChargedOnlyWithItsReasonAndTheEmailSaysTheSame() {
        Tenant shop = newTenant("Kleiner Brief-Shop");
        api.put("/api/v1/admin/creditors/" + shop.id() + "/contract", Map.of("deductsInputTax", false), ADMIN);
        String claim = createClaim(shop, aClaim("BR-V").of("500.00").invoicedOn("2026-09-01").dueOn("2026-09-15")
                .withConsumerNotice().owedBy(aConsumer("K-BV")).json());
        handOver(shop, claim);

        Map<String, String> sent = sent(shop, claim);

        assertThat(sent.get("letter")).contains("19 % Umsatzsteuer Nr. 7008 VV RVG").contains("5,87 €")
                .contains("weil die Gläubigerin nicht zum Vorsteuerabzug berechtigt ist");
        assertThat(sent.get("email")).contains("Bundesamt f").contains("Art. 14 DSGVO");
    }

    @Test
    void aDebtorAbroadGetsTheLetterInEnglish() {
        Tenant shop = newTenant("Letter Shop");
        String claim = createClaim(shop, aClaim("EN-1").of("500.00").invoicedOn("2026-09-01").dueOn("2026-09-15")
                .withConsumerNotice().owedBy(aConsumer("K-EN").named("Jane Doe")
                        .livingIn("1 High Street", "SW1A 1AA", "London", "GB")).json());
        handOver(shop, claim);

        String text = sent(shop, claim).get("letter");

        assertThat(text).contains("on behalf of Letter Shop, Hafenstraße 1, 20457 Hamburg")
                .contains("0.5 business fee Nr. 2300 VV RVG on 500.00 EUR")
                .contains("Supervisory authority: Bundesamt für Justiz").contains("Privacy information (Art. 14 GDPR)");
    }

    @Test
    void aLetterForAClaimPaidBeforeItIsSentIsNotSent() {
        Tenant shop = newTenant("Schon bezahlt");
        String claim = createClaim(shop, aClaim("PD-1").of("100.00").invoicedOn("2026-09-01").dueOn("2026-09-15")
                .withConsumerNotice().owedBy(aConsumer("K-PD")).json());
        handOver(shop, claim);
        String owed = api.get("/api/v1/claims/" + claim, shop.auth()).at("/balance/outstanding");
        assertThat(api.post("/api/v1/claims/" + claim + "/payments", Map.of("amount", owed, "bookingDate", "2026-11-27"),
                shop.auth()).at("/status")).isEqualTo("PAID");

        dispatcher.dispatchDue();

        assertThat(api.get("/api/v1/claims/" + claim + "/documents", shop.auth()).json().size()).isZero();
        assertThat(api.get("/api/v1/dispatches", shop.auth()).json().findValuesAsString("status")).containsOnly("CANCELLED");
    }
}
