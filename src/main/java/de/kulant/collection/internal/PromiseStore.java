package de.kulant.collection.internal;

import de.kulant.collection.CaseId;
import de.kulant.platform.CreditorId;
import de.kulant.platform.CreditorRange;
import de.kulant.platform.money.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code case_promise} table. */
@Repository
public class PromiseStore {

    /** A promise to pay {@code amount} by {@code dueOn}; {@code paidBefore} is what the case had been paid before it. */
    public record PromiseRow(UUID id, CaseId caseId, CreditorId creditorId, Money amount, LocalDate dueOn,
                             Money paidBefore, String status, Instant createdAt, String createdBy, LocalDate resolvedOn) {
    }

    private static final String COLUMNS = "id, case_id, creditor_id, amount, due_on, paid_before, status, created_at, "
            + "created_by, resolved_on";

    private final JdbcClient jdbc;

    PromiseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(PromiseRow p) {
        jdbc.sql("insert into case_promise (" + COLUMNS + ") values (:id, :case, :creditor, :amount, :dueOn, :paidBefore, "
                        + ":status, :createdAt, :createdBy, null)")
                .param("id", p.id())
                .param("case", p.caseId().value())
                .param("creditor", p.creditorId().value())
                .param("amount", p.amount().amount())
                .param("dueOn", p.dueOn())
                .param("paidBefore", p.paidBefore().amount())
                .param("status", p.status())
                .param("createdAt", Timestamp.from(p.createdAt()))
                .param("createdBy", p.createdBy())
                .update();
    }

    /** The case's promise still running, locked. */
    public Optional<PromiseRow> lockOpen(CaseId id) {
        return jdbc.sql("select " + COLUMNS + " from case_promise where case_id = :case and status = 'OPEN' for update")
                .param("case", id.value())
                .query(PromiseStore::map)
                .optional();
    }

    /** Promises still running whose due day passed before {@code today}, locked. */
    public List<PromiseRow> lockOverdue(LocalDate today, CreditorRange range, int limit) {
        return jdbc.sql("select " + COLUMNS + " from case_promise where status = 'OPEN' and due_on < :today"
                        + range.condition("creditor_id") + " order by due_on, id limit :limit for update")
                .params(range.parameters())
                .param("today", today)
                .param("limit", limit)
                .query(PromiseStore::map)
                .list();
    }

    public void resolve(UUID id, String status, LocalDate on) {
        jdbc.sql("update case_promise set status = :status, resolved_on = :on where id = :id and status = 'OPEN'")
                .param("status", status)
                .param("on", on)
                .param("id", id)
                .update();
    }

    public List<PromiseRow> ofCase(CaseId id) {
        return jdbc.sql("select " + COLUMNS + " from case_promise where case_id = :case order by created_at desc, id desc")
                .param("case", id.value())
                .query(PromiseStore::map)
                .list();
    }

    /** The latest promise of each of these cases that has one, in one query. */
    public java.util.Map<CaseId, PromiseRow> latestOf(java.util.Collection<CaseId> ids) {
        java.util.Map<CaseId, PromiseRow> latest = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return latest;
        }
        jdbc.sql("select " + COLUMNS + " from case_promise where case_id = any(:cases) "
                        + "order by case_id, created_at desc, id desc")
                .param("cases", ids.stream().map(CaseId::value).distinct().toArray(UUID[]::new))
                .query(PromiseStore::map)
                .list()
                .forEach(p -> latest.putIfAbsent(p.caseId(), p));
        return latest;
    }

    private static PromiseRow map(ResultSet rs, int row) throws SQLException {
        return new PromiseRow(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
                new CreditorId(rs.getObject("creditor_id", UUID.class)), Money.eur(rs.getBigDecimal("amount")),
                rs.getObject("due_on", LocalDate.class), Money.eur(rs.getBigDecimal("paid_before")),
                rs.getString("status"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                rs.getObject("resolved_on", LocalDate.class));
    }
}
