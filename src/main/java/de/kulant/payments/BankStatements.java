package de.kulant.payments;

import de.kulant.payments.internal.PaymentStore;
import de.kulant.payments.internal.StatementStore;
import de.kulant.payments.internal.StatementImporter;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.Actor;
import de.kulant.platform.CreditorId;
import de.kulant.platform.ListOrder;
import de.kulant.platform.SortColumns;
import java.io.InputStream;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports bank statements: reads the file entry by entry, skips what was imported before, matches credits
 * to claims and books them, reverses returned payments, and queues the rest for a person. One file is one
 * transaction: a file that fails anywhere books nothing.
 */
@Service
public class BankStatements {

    private final StatementImporter importer;
    private final StatementStore statements;
    private final PaymentStore store;

    BankStatements(StatementImporter importer, StatementStore statements, PaymentStore store) {
        this.importer = importer;
        this.statements = statements;
        this.store = store;
    }

    /**
     * @param tenant the creditor importing its own account's statement, or null for staff, who may import any
     *               account; the agency's own account (no creditor's IBAN) is matched across all creditors
     */
    public StatementImport importStatement(CreditorId tenant, InputStream file, String fileName, Actor actor) {
        return importer.importStatement(tenant, file, fileName, actor);
    }

    @Transactional(readOnly = true)
    public StatementView statement(CreditorId scope, StatementId id) {
        return statements.find(scope, id.value()).orElseThrow(() -> new NotFoundException("bank statement"));
    }

    /** One page of the imported statements in {@code order} (see {@link #listOrder()}), after {@code after}. */
    @Transactional(readOnly = true)
    public SortColumns.Keyed<StatementView> statementPage(CreditorId scope, ListOrder order, String after, int size) {
        return statements.page(scope, order, after, size);
    }

    public static SortColumns listOrder() {
        return StatementStore.LIST_ORDER;
    }

    /** Payments by status. */
    @Transactional(readOnly = true)
    public Map<PaymentStatus, Long> counts(CreditorId scope) {
        return store.countsByStatus(scope);
    }
}
