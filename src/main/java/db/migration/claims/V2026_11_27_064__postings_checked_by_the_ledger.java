package db.migration.claims;

import db.migration.ForeignKeys;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Drops the foreign key from ledger postings to their claim: postings are written only for claims created or
 * loaded (and locked) in the same transaction, nothing deletes a claim, and the per-row check took a tenth of a bank
 * statement import (decision 012).
 */
public class V2026_11_27_064__postings_checked_by_the_ledger extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        ForeignKeys.drop(context.getConnection(), "ledger_posting", "claim_id");
    }
}
