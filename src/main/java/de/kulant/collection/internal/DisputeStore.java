package de.kulant.collection.internal;

import de.kulant.collection.CaseId;
import de.kulant.platform.CreditorId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code case_dispute} table. */
@Repository
public class DisputeStore {

    /** A debtor's objection to the case's claims and, once decided, the decision. */
    public record DisputeRow(UUID id, CaseId caseId, CreditorId creditorId, String reason, String text, String status,
                             Instant openedAt, String openedBy, Instant resolvedAt, String resolvedBy,
                             String resolutionText) {
    }

    private static final String COLUMNS = "id, case_id, creditor_id, reason, text, status, opened_at, opened_by, "
            + "resolved_at, resolved_by, resolution_text";

    private final JdbcClient jdbc;

    DisputeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(DisputeRow d) {
        jdbc.sql("insert into case_dispute (" + COLUMNS + ") values (:id, :case, :creditor, :reason, :text, 'OPEN', "
                        + ":openedAt, :openedBy, null, null, null)")
                .param("id", d.id())
                .param("case", d.caseId().value())
                .param("creditor", d.creditorId().value())
                .param("reason", d.reason())
                .param("text", d.text())
                .param("openedAt", Timestamp.from(d.openedAt()))
                .param("openedBy", d.openedBy())
                .update();
    }

    public Optional<DisputeRow> lock(CaseId caseId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from case_dispute where case_id = :case and id = :id for update")
                .param("case", caseId.value())
                .param("id", id)
                .query(DisputeStore::map)
                .optional();
    }

    public void resolve(UUID id, String status, String text, Instant at, String by) {
        jdbc.sql("update case_dispute set status = :status, resolution_text = :text, resolved_at = :at, "
                        + "resolved_by = :by where id = :id and status = 'OPEN'")
                .param("status", status)
                .param("text", text)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("id", id)
                .update();
    }

    /** The creditor's open disputes, oldest first: the evidence it is asked for. */
    public List<DisputeRow> openOf(CreditorId creditor, int limit) {
        return jdbc.sql("select " + COLUMNS + " from case_dispute where creditor_id = :creditor and status = 'OPEN' "
                        + "order by opened_at, id limit :limit")
                .param("creditor", creditor.value())
                .param("limit", limit)
                .query(DisputeStore::map)
                .list();
    }

    /** One dispute of the creditor. */
    public java.util.Optional<DisputeRow> ofCreditor(CreditorId creditor, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from case_dispute where creditor_id = :creditor and id = :id")
                .param("creditor", creditor.value())
                .param("id", id)
                .query(DisputeStore::map)
                .optional();
    }

    public boolean anyOpen(CaseId id) {
        return jdbc.sql("select count(*) from case_dispute where case_id = :case and status = 'OPEN'")
                .param("case", id.value()).query(Long.class).single() > 0;
    }

    /** Of these cases, those with an open dispute. */
    public java.util.Set<CaseId> openAmong(java.util.Collection<CaseId> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("select distinct case_id from case_dispute where case_id = any(:cases) "
                        + "and status = 'OPEN'")
                .param("cases", ids.stream().map(CaseId::value).distinct().toArray(UUID[]::new))
                .query((rs, n) -> new CaseId(rs.getObject(1, UUID.class)))
                .list());
    }

    public List<DisputeRow> ofCase(CaseId id) {
        return jdbc.sql("select " + COLUMNS + " from case_dispute where case_id = :case order by opened_at desc, id desc")
                .param("case", id.value())
                .query(DisputeStore::map)
                .list();
    }

    private static DisputeRow map(ResultSet rs, int row) throws SQLException {
        Timestamp resolved = rs.getTimestamp("resolved_at");
        return new DisputeRow(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
                new CreditorId(rs.getObject("creditor_id", UUID.class)), rs.getString("reason"), rs.getString("text"),
                rs.getString("status"), rs.getTimestamp("opened_at").toInstant(), rs.getString("opened_by"),
                resolved == null ? null : resolved.toInstant(), rs.getString("resolved_by"),
                rs.getString("resolution_text"));
    }
}
