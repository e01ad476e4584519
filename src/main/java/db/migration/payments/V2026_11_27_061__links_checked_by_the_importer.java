package db.migration.payments;

import db.migration.ForeignKeys;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Drops the foreign keys from a statement's entries, payments and allocations to their parents: the importer
 * writes parent and child in the same transaction with ids it made itself, and nothing deletes them, while the
 * per-row check cost a fifth of an import's time (decision 011).
 */
public class V2026_11_27_061__links_checked_by_the_importer extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        ForeignKeys.drop(context.getConnection(), "bank_entry", "statement_id");
        ForeignKeys.drop(context.getConnection(), "payment", "entry_id");
        ForeignKeys.drop(context.getConnection(), "payment_allocation", "payment_id");
    }
}
