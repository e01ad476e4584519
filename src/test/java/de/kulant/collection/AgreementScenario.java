package de.kulant.collection;

import static de.kulant.support.ClaimFixture.aClaim;
import static de.kulant.support.DebtorFixture.aConsumer;

import de.kulant.correspondence.PdfFacts;
import de.kulant.correspondence.internal.Dispatcher;
import de.kulant.support.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** What the agreement scenarios share: a case to agree on, its timeline, the letters it sent, its queue reasons. */
abstract class AgreementScenario extends IntegrationTest {

    @Autowired
    protected CollectionRun collectionRun;

    @Autowired
    private Dispatcher dispatcher;

    /** A claim of the shop handed over to collection: {claim id, case id}. */
    protected String[] caseOf(Tenant shop, String invoice, String amount, String dueOn) {
        String claim = createClaim(shop, aClaim(invoice).of(amount).invoicedOn(LocalDate.parse(dueOn).minusDays(14)
                .toString()).dueOn(dueOn).withConsumerNotice().owedBy(aConsumer("K-" + invoice)).json());
        return new String[] {claim, api.post("/api/v1/claims/" + claim + "/hand-over", "", shop.auth()).at("/id")};
    }

    protected List<String> timeline(String caseId) {
        return api.get("/api/v1/cases/" + caseId + "/timeline", ADMIN).json().findValuesAsString("kind");
    }

    protected void runOn(String day) {
        clock.setToday(LocalDate.parse(day));
        collectionRun.run();
    }

    /** The texts of the claim's letters (PDF) sent so far that contain {@code marker}, each with its payment QR codes. */
    protected List<Map.Entry<String, List<String>>> letters(Tenant shop, String claim, String marker) {
        dispatcher.dispatchDue();
        List<Map.Entry<String, List<String>>> found = new ArrayList<>();
        for (JsonNode d : api.get("/api/v1/claims/" + claim + "/documents", shop.auth()).json()) {
            if (d.get("kind").asString().equals("LETTER")) {
                byte[] pdf = api.download("/api/v1/documents/" + d.get("id").asString(), shop.auth()).body();
                String text = PdfFacts.of(pdf).text().replaceAll("\\s+", " ");
                if (text.contains(marker)) {
                    // EPC payment codes only; the portal's link code is on every collection letter
                    found.add(Map.entry(text, PdfFacts.qrPayloads(pdf).stream().filter(q -> q.startsWith("BCD\n"))
                            .toList()));
                }
            }
        }
        return found;
    }

    /** The reasons of the case's place in its owner's queue. */
    protected List<String> queueReasons(String caseId) {
        JsonNode view = api.get("/api/v1/cases/" + caseId, ADMIN).json();
        String owner = view.hasNonNull("assignee") ? view.get("assignee").asString() : "-";
        JsonNode queue = api.get("/api/v1/work-queue?size=200&creditorId=" + view.get("creditorId").asString()
                + "&assignee=" + owner, ADMIN).json();
        for (JsonNode item : queue) {
            if (item.get("caseId").asString().equals(caseId)) {
                return item.get("reasons").findValuesAsString("code");
            }
        }
        return List.of();
    }
}
