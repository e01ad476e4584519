package de.kulant.payments;

import de.kulant.payments.internal.StatementImporter;
import de.kulant.platform.Actor;
import de.kulant.platform.CreditorId;
import java.io.InputStream;
import org.springframework.stereotype.Service;

/**
 * Imports bank statements: reads the file entry by entry, skips what was imported before, matches credits
 * to claims and books them, reverses returned payments, and queues the rest for a person. One file is one
 * transaction: a file that fails anywhere books nothing.
 */
@Service
public class BankStatements {

    private final StatementImporter importer;

    BankStatements(StatementImporter importer) {
        this.importer = importer;
    }

    /**
     * @param tenant the creditor importing its own account's statement, or null for staff, who may import any
     *               account; the agency's own account (no creditor's IBAN) is matched across all creditors
     */
    public StatementImport importStatement(CreditorId tenant, InputStream file, String fileName, Actor actor) {
        return importer.importStatement(tenant, file, fileName, actor);
    }
}
