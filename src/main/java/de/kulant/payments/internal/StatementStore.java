package de.kulant.payments.internal;

import de.kulant.payments.Reason;
import de.kulant.payments.StatementView;
import de.kulant.platform.CreditorId;
import de.kulant.platform.ListOrder;
import de.kulant.platform.SortColumns;
import de.kulant.platform.money.Money;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Imported statements (table {@code bank_statement}): one row per file, completed with its counts at the end. */
@Repository
public class StatementStore {

    private static final String COLUMNS = """
            id, creditor_id, format, file_name, accounts, entries, credits, matched, unmatched, duplicates, returns,
            matched_amount, warnings, imported_at, imported_by""";

    private final JdbcClient jdbc;

    StatementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What an import found, written when it ends. */
    public record Completed(String format, String sha256, String accounts, int entries, int credits, int matched,
                            int unmatched, int duplicates, int returns, BigDecimal matchedAmount, String warnings) {
    }

    /** The row an import starts with, so that its entries can refer to it; format '-' until it is complete. */
    public void insert(UUID id, CreditorId creditor, String fileName, String actor, Instant now) {
        jdbc.sql("""
                        insert into bank_statement (id, creditor_id, format, file_name, file_sha256, accounts, entries,
                            credits, matched, unmatched, duplicates, returns, matched_amount, imported_at, imported_by)
                        values (:id, :creditor, '-', :fileName, '-', '-', 0, 0, 0, 0, 0, 0, 0, :now, :actor)""")
                .param("id", id).param("creditor", creditor == null ? null : creditor.value(), Types.OTHER)
                .param("fileName", fileName).param("now", Timestamp.from(now)).param("actor", actor)
                .update();
    }

    public void complete(UUID id, Completed c) {
        jdbc.sql("""
                        update bank_statement set format = :format, file_sha256 = :sha, accounts = :accounts,
                            entries = :entries, credits = :credits, matched = :matched, unmatched = :unmatched,
                            duplicates = :duplicates, returns = :returns, matched_amount = :amount, warnings = :warnings
                        where id = :id""")
                .param("format", c.format()).param("sha", c.sha256()).param("accounts", c.accounts())
                .param("entries", c.entries()).param("credits", c.credits()).param("matched", c.matched())
                .param("unmatched", c.unmatched()).param("duplicates", c.duplicates()).param("returns", c.returns())
                .param("amount", c.matchedAmount()).param("warnings", c.warnings()).param("id", id)
                .update();
    }

    /** One imported statement; another creditor's is not found. */
    public Optional<StatementView> find(CreditorId scope, UUID id) {
        var spec = jdbc.sql("select " + COLUMNS + " from bank_statement where id = :id and format <> '-'"
                + (scope == null ? "" : " and creditor_id = :creditor")).param("id", id);
        if (scope != null) {
            spec = spec.param("creditor", scope.value());
        }
        return spec.query(StatementStore::view).optional();
    }

    /** The list of imported statements: newest first (default), or by how many entries were read, matched, left open. */
    public static final SortColumns LIST_ORDER = new SortColumns("id",
            new SortColumns.Column("importedAt", "imported_at", SortColumns.KeyType.TIMESTAMP, true),
            new SortColumns.Column("entries", "entries", SortColumns.KeyType.INTEGER, true),
            new SortColumns.Column("matched", "matched", SortColumns.KeyType.INTEGER, true),
            new SortColumns.Column("unmatched", "unmatched", SortColumns.KeyType.INTEGER, true));

    /** One page of imported statements in {@code order}, after the position {@code after} gave out. */
    public SortColumns.Keyed<StatementView> page(CreditorId scope, ListOrder order, String after, int size) {
        Map<String, Object> params = new HashMap<>();
        if (scope != null) {
            params.put("creditor", scope.value());
        }
        return LIST_ORDER.page(jdbc, "select " + COLUMNS, " from bank_statement where format <> '-'"
                + (scope == null ? "" : " and creditor_id = :creditor"), params, order, after, size,
                StatementStore::view);
    }

    private static StatementView view(ResultSet rs, int row) throws SQLException {
        UUID creditor = rs.getObject(2, UUID.class);
        String warnings = rs.getString(13);
        return new StatementView(rs.getObject(1, UUID.class), creditor == null ? null : new CreditorId(creditor),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8),
                rs.getInt(9), rs.getInt(10), rs.getInt(11), Money.eur(rs.getBigDecimal(12)),
                warnings == null ? List.of() : Arrays.stream(warnings.split("\n")).map(Reason::decode).toList(),
                rs.getTimestamp(14).toInstant(),
                rs.getString(15));
    }
}
