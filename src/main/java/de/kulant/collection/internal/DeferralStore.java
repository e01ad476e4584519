package de.kulant.collection.internal;

import de.kulant.collection.CaseId;
import de.kulant.platform.CreditorId;
import de.kulant.platform.CreditorRange;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code case_deferral} table: payment pauses (Stundung) until a day. */
@Repository
public class DeferralStore {

    /** A pause from {@code from} through {@code until}; {@code status} RUNNING, ENDED or REPLACED. */
    public record DeferralRow(UUID id, CaseId caseId, CreditorId creditorId, LocalDate from, LocalDate until,
                              String reason, String status, Instant createdAt, String createdBy) {
    }

    private static final String COLUMNS = "id, case_id, creditor_id, from_on, until_on, reason, status, created_at, "
            + "created_by";

    private final JdbcClient jdbc;

    DeferralStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(DeferralRow d) {
        jdbc.sql("insert into case_deferral (" + COLUMNS + ") values (:id, :case, :creditor, :from, :until, :reason, "
                        + ":status, :at, :by)")
                .param("id", d.id()).param("case", d.caseId().value()).param("creditor", d.creditorId().value())
                .param("from", d.from()).param("until", d.until()).param("reason", d.reason())
                .param("status", d.status()).param("at", Timestamp.from(d.createdAt())).param("by", d.createdBy())
                .update();
    }

    /** The case's running pause, locked. */
    public Optional<DeferralRow> lockRunning(CaseId id) {
        return jdbc.sql("select " + COLUMNS + " from case_deferral where case_id = :case and status = 'RUNNING' "
                        + "for update")
                .param("case", id.value()).query(DeferralStore::map).optional();
    }

    /** Running pauses whose last day lies before {@code today}, locked. */
    public List<DeferralRow> lockEnded(LocalDate today, CreditorRange range, int limit) {
        return jdbc.sql("select " + COLUMNS + " from case_deferral where status = 'RUNNING' and until_on < :today"
                        + range.condition("creditor_id") + " order by until_on, id limit :limit for update")
                .params(range.parameters()).param("today", today).param("limit", limit).query(DeferralStore::map).list();
    }

    public void end(UUID id, String status, LocalDate on) {
        jdbc.sql("update case_deferral set status = :status, until_on = case when until_on > :on then :on "
                        + "else until_on end where id = :id and status = 'RUNNING'")
                .param("status", status).param("on", on).param("id", id).update();
    }

    public List<DeferralRow> ofCase(CaseId id) {
        return jdbc.sql("select " + COLUMNS + " from case_deferral where case_id = :case order by created_at desc, id desc")
                .param("case", id.value()).query(DeferralStore::map).list();
    }

    /** Which of these cases wait in a running pause. */
    public Set<CaseId> runningAmong(Collection<CaseId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql("select case_id from case_deferral where status = 'RUNNING' and case_id = any(:ids)")
                .param("ids", ids.stream().map(CaseId::value).distinct().toArray(UUID[]::new))
                .query((rs, n) -> new CaseId(rs.getObject(1, UUID.class))).list().stream().collect(Collectors.toSet());
    }

    private static DeferralRow map(ResultSet rs, int row) throws SQLException {
        return new DeferralRow(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
                new CreditorId(rs.getObject("creditor_id", UUID.class)), rs.getObject("from_on", LocalDate.class),
                rs.getObject("until_on", LocalDate.class), rs.getString("reason"), rs.getString("status"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }
}
