package de.kulant.correspondence.internal;

import de.kulant.claims.ClaimId;
import de.kulant.claims.DebtorAnonymised;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a debtor is anonymised after the retention periods, the letters and e-mails sent to them (six years for
 * business letters, long passed) are erased and the addresses on dispatches and documents removed.
 */
@Component
class DebtorErasure {

    private static final String ANONYMISED = "anonymisiert";

    private final JdbcClient jdbc;
    private final DocumentErasure documents;

    DebtorErasure(JdbcClient jdbc, DocumentErasure documents) {
        this.jdbc = jdbc;
        this.documents = documents;
    }

    @EventListener
    void on(DebtorAnonymised event) {
        jdbc.sql("update dispatch set recipient = :anon, error = null where debtor_id = :debtor")
                .param("anon", ANONYMISED).param("debtor", event.debtorId().value()).update();
        List<UUID> claims = event.claimIds().stream().map(ClaimId::value).toList();
        if (claims.isEmpty()) {
            return;
        }
        documents.erase(jdbc.sql("select document_id from document_claim where claim_id in (:claims)")
                .param("claims", claims).query(UUID.class).list());
    }
}
