package de.kulant.correspondence.internal;

import de.kulant.claims.ClaimId;
import de.kulant.claims.DebtorAnonymised;
import de.kulant.correspondence.DocumentArchive;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * When a debtor is anonymised after the retention periods, the letters and e-mails sent to them (six years for
 * business letters, long passed) are erased and the addresses on dispatches and documents removed.
 */
@Component
class DebtorErasure {

    private static final String ANONYMISED = "anonymisiert";

    private final JdbcClient jdbc;
    private final DocumentArchive archive;

    DebtorErasure(JdbcClient jdbc, DocumentArchive archive) {
        this.jdbc = jdbc;
        this.archive = archive;
    }

    @EventListener
    void on(DebtorAnonymised event) {
        jdbc.sql("update dispatch set recipient = :anon, error = null where debtor_id = :debtor")
                .param("anon", ANONYMISED).param("debtor", event.debtorId().value()).update();
        List<UUID> claims = event.claimIds().stream().map(ClaimId::value).toList();
        if (claims.isEmpty()) {
            return;
        }
        List<String> keys = jdbc.sql("""
                        select distinct d.storage_key from document d join document_claim dc on dc.document_id = d.id
                        where dc.claim_id in (:claims) and d.storage_key <> ''""")
                .param("claims", claims).query(String.class).list();
        jdbc.sql("""
                        update document set storage_key = '', address_name = :anon, address_street = null,
                            address_postal_code = null, address_city = null
                        where id in (select document_id from document_claim where claim_id in (:claims))""")
                .param("anon", ANONYMISED).param("claims", claims).update();
        // files go only once the erasure is committed: a rollback must not leave rows pointing at deleted files
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    keys.forEach(archive::erase);
                }
            });
        } else {
            keys.forEach(archive::erase);
        }
    }
}
