package de.kulant.collection.internal;

import de.kulant.collection.CaseId;
import de.kulant.collection.CaseStatus;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.platform.CreditorId;
import de.kulant.platform.CreditorRange;
import de.kulant.platform.ListOrder;
import de.kulant.platform.SortColumns;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The work queues: each case's priority in {@code collection_case}, and a case worker's cases by it. */
@Repository
public class QueueStore {

    private static final String COLUMNS = CaseStore.COLUMNS;

    private final JdbcClient jdbc;

    QueueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A case's score and its reasons as stored. */
    public record Scored(int score, String reasons) {
    }

    /** Stores the priority of many cases in one statement. */
    public void setPriorities(Map<CaseId, Scored> priorities) {
        if (priorities.isEmpty()) {
            return;
        }
        List<Map.Entry<CaseId, Scored>> entries = new java.util.ArrayList<>(priorities.entrySet());
        jdbc.sql("merge into collection_case c using (select * from unnest(:ids, :scores, :reasons) "
                        + "as v(id, score, reasons)) v on c.id = v.id when matched then update set "
                        + "priority = cast(v.score as integer), priority_reasons = cast(v.reasons as varchar(300))")
                .param("ids", entries.stream().map(e -> e.getKey().value()).toArray(UUID[]::new))
                .param("scores", entries.stream().map(e -> e.getValue().score()).toArray(Integer[]::new))
                .param("reasons", entries.stream().map(e -> e.getValue().reasons()).toArray(String[]::new))
                .update();
    }

    /** A case in a work queue: its score and the reasons as stored. */
    public record QueueRow(CaseRow row, int priority, String reasons) {
    }

    /**
     * A case worker's cases that are not closed, most urgent first, {@code limit} after the position
     * ({@code afterPriority}, {@code afterId}); {@code creditor}, {@code status} and {@code hardshipOnly} filter.
     */
    /** The queue's columns: priority (highest first, the default) and the day the case opened (oldest first). */
    public static final SortColumns LIST_ORDER = new SortColumns("id",
            new SortColumns.Column("priority", "priority", SortColumns.KeyType.INTEGER, true),
            new SortColumns.Column("openedOn", "opened_on", SortColumns.KeyType.DATE, false));

    /** One page of a worker's open cases (null: nobody's) in the order, after the position {@code cursor} gave out. */
    public SortColumns.Keyed<QueueRow> queue(String assignee, CreditorId creditor, CaseStatus status,
                                             boolean hardshipOnly, ListOrder order, String cursor, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        return LIST_ORDER.page(jdbc, "select " + COLUMNS + ", priority, priority_reasons",
                from(assignee, creditor, status, hardshipOnly, params), params, order, cursor, size,
                (rs, n) -> new QueueRow(CaseStore.map(rs, n), rs.getInt("priority"), rs.getString("priority_reasons")));
    }

    /** How many open cases the queue holds with these filters. */
    public long count(String assignee, CreditorId creditor, CaseStatus status, boolean hardshipOnly) {
        Map<String, Object> params = new LinkedHashMap<>();
        return jdbc.sql("select count(*)" + from(assignee, creditor, status, hardshipOnly, params)).params(params)
                .query(Long.class).single();
    }

    private static String from(String assignee, CreditorId creditor, CaseStatus status, boolean hardshipOnly,
                               Map<String, Object> params) {
        // null: the cases nobody owns yet (no case worker was active when they opened)
        StringBuilder sql = new StringBuilder(" from collection_case where "
                + (assignee == null ? "assignee is null" : "assignee = :assignee") + " and status <> 'CLOSED'");
        if (assignee != null) {
            params.put("assignee", assignee);
        }
        if (creditor != null) {
            sql.append(" and creditor_id = :creditor");
            params.put("creditor", creditor.value());
        }
        if (status != null) {
            sql.append(" and status = :status");
            params.put("status", status.name());
        }
        if (hardshipOnly) {
            sql.append(" and hardship = true");
        }
        return sql.toString();
    }

    /** A case's priority score and its reasons as stored. */
    public QueueRow priorityOf(CaseId id) {
        return jdbc.sql("select " + COLUMNS + ", priority, priority_reasons from collection_case where id = :id")
                .param("id", id.value())
                .query((rs, n) -> new QueueRow(CaseStore.map(rs, n), rs.getInt("priority"), rs.getString("priority_reasons")))
                .single();
    }

    /** The open cases of the range, {@code limit} after {@code after}, for the daily refresh of their priorities. */
    public List<CaseCursor> openAfter(CreditorRange range, CaseCursor after, int limit) {
        return CaseCursor.page(jdbc, "status <> 'CLOSED'", range, after, limit);
    }
}
