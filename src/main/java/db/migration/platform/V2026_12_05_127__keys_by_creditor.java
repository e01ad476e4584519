package db.migration.platform;

import db.migration.Keys;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Readies the schema for sharding by creditor (docs/decisions/034): every primary key, unique constraint and foreign
 * key of a shop's table includes {@code creditor_id}, appended so that lookups by id use the same index as before;
 * the two keys that must stay unique across shops (a case's reference, a shop login's e-mail) move to directories.
 */
public class V2026_12_05_127__keys_by_creditor extends BaseJavaMigration {

    /** Shop tables whose primary key lacks creditor_id (after the two below got the column). */
    private static final List<String> REKEYED = List.of("api_key", "case_activity", "case_claim", "case_cost",
            "case_deferral", "case_dispute", "case_file", "case_letter", "case_limitation_event", "case_plan",
            "case_plan_rate", "case_promise", "case_settlement", "case_step", "cash_figures_change", "claim",
            "claim_figures_change", "claim_hold", "collection_case", "court_approval", "court_procedure",
            "court_procedure_claim", "creditor_user", "customer_order", "debtor", "delivery_event", "dispatch",
            "document", "document_claim", "dunning_plan", "handover_approval", "ledger_posting", "notice",
            "online_payment", "overpayment", "paid_claim", "payment_allocation", "portal_code_rotation",
            "settlement_statement", "webhook_attempt", "webhook_delivery", "webhook_endpoint");

    /** Unique constraints that get creditor_id appended; the values are unique across shops already by how they are made. */
    private static final List<List<String>> UNIQUES = List.of(
            List.of("notice", "claim_id", "level"),
            List.of("dispatch", "combined_id", "channel"),
            List.of("webhook_delivery", "endpoint_id", "event_id"),
            List.of("settlement_statement", "number"),
            List.of("online_payment", "provider", "provider_reference"),
            List.of("claim", "reference_number"),
            List.of("api_key", "key_hash"));

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        addCreditor(db, "portal_code_rotation", "case_id", "collection_case");
        addCreditor(db, "document_claim", "document_id", "document");
        directories(db);

        List<Keys.ForeignKey> foreignKeys = new ArrayList<>();
        for (String table : REKEYED) {
            for (Keys.ForeignKey key : Keys.pointingAt(db, table)) {
                Keys.dropConstraint(db, key.child(), key.name());
                foreignKeys.add(key);
            }
        }
        for (String table : REKEYED) {
            Keys.PrimaryKey key = Keys.primaryKey(db, table);
            Keys.dropConstraint(db, table, key.name());
            Keys.execute(db, "alter table " + table + " add primary key (" + String.join(", ", key.columns())
                    + ", creditor_id)");
        }
        for (Keys.ForeignKey key : foreignKeys) {
            Keys.execute(db, "alter table " + key.child() + " add foreign key (" + String.join(", ", key.columns())
                    + ", creditor_id) references " + key.parent() + " (" + String.join(", ", key.parentColumns())
                    + ", creditor_id)");
        }
        for (List<String> unique : UNIQUES) {
            String table = unique.get(0);
            List<String> columns = unique.subList(1, unique.size());
            Keys.dropConstraint(db, table, Keys.unique(db, table, columns));
            Keys.execute(db, "alter table " + table + " add unique (" + String.join(", ", columns) + ", creditor_id)");
        }
        Keys.execute(db, "drop index document_once_per_letter");
        Keys.execute(db, "create unique index document_once_per_letter on document (combined_id, kind, revision, "
                + "creditor_id)");
    }

    private static void addCreditor(Connection db, String table, String parentColumn, String parent) throws Exception {
        Keys.execute(db, "alter table " + table + " add column creditor_id uuid");
        Keys.execute(db, "update " + table + " t set creditor_id = (select p.creditor_id from " + parent
                + " p where p.id = t." + parentColumn + ")");
        Keys.execute(db, "alter table " + table + " alter column creditor_id set not null");
    }

    /** A bank transfer or a sign-in arrives without a shop: these find it, and keep the key unique across shops. */
    private static void directories(Connection db) throws Exception {
        directory(db, "case_reference", "reference varchar(11)", "case_id", "collection_case");
        directory(db, "shop_login", "email varchar(254)", "user_id", "creditor_user");
    }

    /** A directory {@code name (key, creditor_id, row)} filled from {@code table}, whose own key gets the creditor. */
    private static void directory(Connection db, String name, String key, String row, String table) throws Exception {
        String column = key.substring(0, key.indexOf(' '));
        Keys.execute(db, "create table " + name + " (" + key + " primary key, creditor_id uuid not null, " + row
                + " uuid not null)");
        Keys.execute(db, "insert into " + name + " (" + column + ", creditor_id, " + row + ") select " + column
                + ", creditor_id, id from " + table);
        Keys.dropConstraint(db, table, Keys.unique(db, table, List.of(column)));
        Keys.execute(db, "alter table " + table + " add unique (" + column + ", creditor_id)");
    }
}
