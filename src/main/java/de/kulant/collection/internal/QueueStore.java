package de.kulant.collection.internal;

import de.kulant.collection.CaseId;
import de.kulant.collection.CaseStatus;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.platform.CreditorId;
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
    public List<QueueRow> queue(String assignee, CreditorId creditor, CaseStatus status, boolean hardshipOnly,
                                Integer afterPriority, UUID afterId, int limit) {
        // null: the cases nobody owns yet (no case worker was active when they opened)
        StringBuilder sql = new StringBuilder("select " + COLUMNS + ", priority, priority_reasons from collection_case "
                + "where " + (assignee == null ? "assignee is null" : "assignee = :assignee") + " and status <> 'CLOSED'");
        Map<String, Object> params = new LinkedHashMap<>();
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
        if (afterPriority != null) {
            sql.append(" and (priority < :afterPriority or (priority = :afterPriority and id > :afterId))");
            params.put("afterPriority", afterPriority);
            params.put("afterId", afterId);
        }
        sql.append(" order by priority desc, id limit :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new QueueRow(CaseStore.map(rs, n), rs.getInt("priority"), rs.getString("priority_reasons")))
                .list();
    }

    /** A case's priority score and its reasons as stored. */
    public QueueRow priorityOf(CaseId id) {
        return jdbc.sql("select " + COLUMNS + ", priority, priority_reasons from collection_case where id = :id")
                .param("id", id.value())
                .query((rs, n) -> new QueueRow(CaseStore.map(rs, n), rs.getInt("priority"), rs.getString("priority_reasons")))
                .single();
    }

    /** The ids of the open cases, {@code limit} after {@code afterId}, for the daily refresh of their priorities. */
    public List<CaseId> openAfter(UUID afterId, int limit) {
        return jdbc.sql("select id from collection_case where status <> 'CLOSED'"
                        + (afterId == null ? "" : " and id > :after") + " order by id limit :limit")
                .params(afterId == null ? Map.of("limit", limit) : Map.of("after", afterId, "limit", limit))
                .query((rs, n) -> new CaseId(rs.getObject(1, UUID.class)))
                .list();
    }
}
