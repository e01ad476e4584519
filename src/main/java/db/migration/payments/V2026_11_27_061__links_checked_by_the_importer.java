package db.migration.payments;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Drops the foreign keys from a statement's entries, payments and allocations to their parents: the importer
 * writes parent and child in the same transaction with ids it made itself, and nothing deletes them, while the
 * per-row check cost a fifth of an import's time (decision 011). Names are looked up because H2 and PostgreSQL
 * name unnamed constraints differently.
 */
public class V2026_11_27_061__links_checked_by_the_importer extends BaseJavaMigration {

    private static final Map<String, String> LINKS = Map.of(
            "bank_entry", "statement_id",
            "payment", "entry_id",
            "payment_allocation", "payment_id");

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<String> drops = new ArrayList<>();
        for (var link : LINKS.entrySet()) {
            try (ResultSet keys = connection.getMetaData().getImportedKeys(connection.getCatalog(),
                    connection.getSchema(), link.getKey())) {
                while (keys.next()) {
                    if (keys.getString("FKCOLUMN_NAME").equalsIgnoreCase(link.getValue())) {
                        drops.add("alter table " + link.getKey() + " drop constraint \""
                                + keys.getString("FK_NAME") + "\"");
                    }
                }
            }
        }
        if (drops.size() != LINKS.size()) {
            throw new IllegalStateException("expected one foreign key per link, found " + drops);
        }
        try (Statement statement = connection.createStatement()) {
            for (String drop : drops) {
                statement.execute(drop);
            }
        }
    }
}
