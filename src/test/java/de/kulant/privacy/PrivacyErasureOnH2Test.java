package de.kulant.privacy;

import static de.kulant.support.ClaimFixture.aClaim;
import static de.kulant.support.DebtorFixture.aConsumer;
import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.claims.ClaimId;
import de.kulant.correspondence.DocumentView;
import de.kulant.correspondence.Documents;
import de.kulant.correspondence.internal.Dispatcher;
import de.kulant.payments.BankFiles;
import de.kulant.payments.BankFiles.Entry;
import de.kulant.platform.CreditorId;
import de.kulant.support.Api;
import de.kulant.support.IntegrationTest;
import de.kulant.support.OnH2;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Anonymising a debtor reaches every module's copy of their data: the e-mail sent to them is erased from the archive
 * and the payer's name and IBAN leave the payment, while the payment's amount stays in the books.
 */
@OnH2
class PrivacyErasureOnH2Test extends IntegrationTest {

    @Autowired
    private RetentionJob retentionJob;

    @Autowired
    private Dispatcher dispatcher;

    @Autowired
    private Documents documents;

    @Test
    void theLettersAndThePayersDetailsGoWithTheDebtor() {
        Tenant shop = newTenant("Vergessen-Shop");
        String id = createClaim(shop, aClaim("VG-1").of("119.00").invoicedOn("2026-10-01").dueOn("2026-10-15")
                .owedBy(aConsumer("K-VG").named("Erika Vergessen")).json());
        clock.setToday(LocalDate.of(2026, 10, 20));
        Api.Response run = api.post("/api/v1/dunning-runs", Map.of("asOf", "2026-10-20"), shop.auth());
        assertThat(run.status()).isEqualTo(201);
        long until = System.currentTimeMillis() + 10_000;
        while (api.get("/api/v1/dispatches", shop.auth()).json().size() < 1 && System.currentTimeMillis() < until) {
            Thread.onSpinWait();
        }
        dispatcher.dispatchDue();
        List<DocumentView> sent = documents.forClaim(CreditorId.of(shop.id()), new ClaimId(UUID.fromString(id)));
        assertThat(sent).isNotEmpty();
        clock.reset();
        String owed = api.get("/api/v1/claims/" + id + "?asOf=2026-11-20", shop.auth()).at("/balance/outstanding");
        assertThat(api.postBytes("/api/v1/bank-statements", BankFiles.camt053(shop.iban(), "VG-S1", List.of(
                        Entry.credit(owed, "2026-11-20", "VG-P1").from("Erika Vergessen", "DE02120300000000202051")
                                .text("Rechnung VG-1")))
                .getBytes(StandardCharsets.UTF_8), "application/xml", shop.auth()).status()).isEqualTo(201);
        assertThat(api.get("/api/v1/claims/" + id, shop.auth()).at("/status")).isEqualTo("PAID");

        clock.setToday(LocalDate.of(2037, 1, 1));
        assertThat(retentionJob.run(CreditorId.of(shop.id()))).isEqualTo(1);

        for (DocumentView document : sent) {
            assertThat(documents.open(null, document.id())).as("archived " + document.kind()).isEmpty();
        }
        String payment = api.get("/api/v1/payments?statementId=" + api.get("/api/v1/payments?size=1", shop.auth())
                .at("/items/0/statementId"), shop.auth()).body();
        assertThat(payment).contains("anonymisiert").doesNotContain("Erika").doesNotContain("DE02120300000000202051")
                .contains(owed);
        assertThat(api.get("/api/v1/dispatches", shop.auth()).body()).doesNotContain("erika@example.org");
    }
}
