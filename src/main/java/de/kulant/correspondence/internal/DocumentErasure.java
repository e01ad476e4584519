package de.kulant.correspondence.internal;

import de.kulant.correspondence.DocumentArchive;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Erases sent documents whose retention ended: their files go, the addresses they went to are removed, the rows stay
 * so the history still names them.
 */
@Component
public class DocumentErasure {

    private static final String ANONYMISED = "anonymisiert";

    private final JdbcClient jdbc;
    private final DocumentArchive archive;

    DocumentErasure(JdbcClient jdbc, DocumentArchive archive) {
        this.jdbc = jdbc;
        this.archive = archive;
    }

    public void erase(Collection<UUID> documentIds) {
        if (documentIds.isEmpty()) {
            return;
        }
        UUID[] ids = documentIds.stream().distinct().toArray(UUID[]::new);
        List<String> keys = jdbc.sql("select distinct storage_key from document where id = any(:ids) "
                        + "and storage_key <> ''")
                .param("ids", ids).query(String.class).list();
        jdbc.sql("update document set storage_key = '', address_name = :anon, address_street = null, "
                        + "address_postal_code = null, address_city = null where id = any(:ids)")
                .param("anon", ANONYMISED).param("ids", ids).update();
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
