package de.kulant.platform;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.IntegrationTest;
import de.kulant.support.OnPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The schema is ready to be sharded by creditor with Citus (docs/decisions/034): every table is placed (distributed,
 * reference or local to the coordinator); a distributed table's primary key, unique constraints and unique indexes
 * contain {@code creditor_id}; a foreign key between distributed tables joins on it; no reference or local table
 * points at a distributed one. A new table fails this test until it is placed in one of the lists below.
 */
@OnPostgres
class CitusReadinessOnPostgresTest extends IntegrationTest {

    /** Distributed by creditor_id, all co-located (a shop's rows of every table on the same node). */
    static final Set<String> DISTRIBUTED = Set.of("agreement_rules", "agreement_segment_rules", "api_key",
            "case_activity", "case_claim", "case_cost", "case_deferral", "case_dispute", "case_file", "case_letter",
            "case_limitation_event", "case_plan", "case_plan_rate", "case_promise", "case_settlement", "case_step",
            "cash_figures", "cash_figures_change", "claim", "claim_figures", "claim_figures_change", "claim_hold",
            "client_money_payment", "collected_line", "collection_case", "collection_strategy", "court_approval",
            "court_procedure", "court_procedure_claim", "creditor_user", "customer_order", "datev_settings", "debtor",
            "delivery_event", "dispatch", "document", "document_claim", "dunning_plan", "dunning_policy",
            "handover_approval", "ledger_posting", "letterhead", "notice", "online_payment", "overpayment",
            "paid_claim", "payment_allocation", "portal_code_rotation", "settlement_statement", "webhook_attempt",
            "webhook_delivery", "webhook_endpoint");

    /** Copied to every node: small, rarely written, read with shop rows; the directories of keys unique across shops. */
    static final Set<String> REFERENCE = Set.of("creditor", "promo_code", "base_rate_addition", "staff_user", "case_reference",
            "shop_login");

    /** On the coordinator only: infrastructure, the agency's bank side, and rows without a shop. */
    static final Set<String> LOCAL = Set.of("app_instance", "audit_event", "bank_account", "bank_entry",
            "bank_statement", "claim_snapshot_item", "collection_run", "collection_run_range", "creditor_user_link", "direct_debit_file", "dunning_run",
            "event_publication", "flyway_schema_history", "idempotency_record", "login_failure", "payment",
            "portal_key", "portal_sign_in_failure", "refund_batch", "refund_item", "run_chunk", "settlement_lock",
            "settlement_run", "shedlock", "signup_attempt", "spring_session", "spring_session_attributes",
            "staff_password_link");

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void everyTableIsPlacedOnce() {
        Set<String> tables = new TreeSet<>(jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = current_schema() "
                        + "and table_type = 'BASE TABLE'", String.class));
        Set<String> placed = new TreeSet<>();
        placed.addAll(DISTRIBUTED);
        placed.addAll(REFERENCE);
        placed.addAll(LOCAL);
        assertThat(placed).as("tables placed in no list, or listed but gone").isEqualTo(tables);
        assertThat(DISTRIBUTED.size() + REFERENCE.size() + LOCAL.size()).as("a table in two lists")
                .isEqualTo(placed.size());
    }

    @Test
    void everyDistributedTableCarriesItsCreditorOnEveryRow() {
        List<String> missing = new ArrayList<>(DISTRIBUTED);
        missing.removeAll(jdbc.queryForList("select table_name from information_schema.columns where table_schema = "
                + "current_schema() and column_name = 'creditor_id' and is_nullable = 'NO'", String.class));
        assertThat(missing).as("distributed tables without a mandatory creditor_id").isEmpty();
    }

    @Test
    void everyKeyOfADistributedTableContainsTheCreditor() {
        List<String> wrong = new ArrayList<>();
        for (Map<String, Object> key : jdbc.queryForList("""
                select t.relname as table_name, i.relname as index_name,
                       array_to_string(array(select a.attname from unnest(x.indkey) k join pg_attribute a
                           on a.attrelid = x.indrelid and a.attnum = k), ',') as columns
                from pg_index x join pg_class t on t.oid = x.indrelid join pg_class i on i.oid = x.indexrelid
                join pg_namespace n on n.oid = t.relnamespace
                where n.nspname = current_schema() and x.indisunique""")) {
            String table = (String) key.get("table_name");
            List<String> columns = List.of(((String) key.get("columns")).split(","));
            if (DISTRIBUTED.contains(table) && !columns.contains("creditor_id")) {
                wrong.add(table + " " + key.get("index_name") + " " + columns);
            }
        }
        assertThat(wrong).as("primary keys and unique constraints or indexes without the distribution column").isEmpty();
    }

    @Test
    void foreignKeysBetweenDistributedTablesJoinOnTheCreditorAndNothingElsePointsAtThem() {
        List<String> wrong = new ArrayList<>();
        for (Map<String, Object> key : jdbc.queryForList("""
                select c.conname, child.relname as child, parent.relname as parent,
                       array_to_string(array(select a.attname from unnest(c.conkey) with ordinality k(n, i)
                           join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i), ',') as cols,
                       array_to_string(array(select a.attname from unnest(c.confkey) with ordinality k(n, i)
                           join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.i), ',') as refs
                from pg_constraint c join pg_class child on child.oid = c.conrelid
                join pg_class parent on parent.oid = c.confrelid join pg_namespace n on n.oid = child.relnamespace
                where c.contype = 'f' and n.nspname = current_schema()""")) {
            String child = (String) key.get("child");
            String parent = (String) key.get("parent");
            boolean childDistributed = DISTRIBUTED.contains(child);
            boolean parentDistributed = DISTRIBUTED.contains(parent);
            List<String> columns = List.of(((String) key.get("cols")).split(","));
            List<String> references = List.of(((String) key.get("refs")).split(","));
            String description = child + columns + " -> " + parent + references;
            if (parentDistributed && !childDistributed) {
                wrong.add(description + ": a reference or local table points at a distributed one");
            } else if (parentDistributed) {
                int at = columns.indexOf("creditor_id");
                if (at < 0 || !references.get(at).equals("creditor_id")) {
                    wrong.add(description + ": does not join on the creditor");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
