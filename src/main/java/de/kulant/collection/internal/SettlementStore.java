package de.kulant.collection.internal;

import de.kulant.collection.CaseId;
import de.kulant.platform.CreditorId;
import de.kulant.platform.CreditorRange;
import de.kulant.platform.money.Money;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code case_settlement} table: settlement offers and what became of them. */
@Repository
public class SettlementStore {

    /**
     * An offer to settle the case for {@code amount} instead of {@code openBalance} if paid by {@code validUntil};
     * {@code status} PENDING_CREDITOR, APPROVED, DECLINED, ACCEPTED, SETTLED or EXPIRED.
     */
    public record SettlementRow(UUID id, CaseId caseId, CreditorId creditorId, String status, Money openBalance,
                                Money amount, BigDecimal discountPercent, LocalDate validUntil, String reference,
                                Money paidBefore, String beyondRules, Instant createdAt, String createdBy,
                                Instant decidedAt, String decidedBy, LocalDate endedOn) {
    }

    /** Offers that still run: waiting for the creditor, made to the debtor, or accepted and waiting for the money. */
    static final String RUNNING = "('PENDING_CREDITOR', 'APPROVED', 'ACCEPTED')";

    private static final String COLUMNS = "id, case_id, creditor_id, status, open_balance, amount, discount_percent, "
            + "valid_until, reference, paid_before, beyond_rules, created_at, created_by, decided_at, decided_by, ended_on";

    private final JdbcClient jdbc;

    SettlementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(SettlementRow s) {
        jdbc.sql("insert into case_settlement (" + COLUMNS + ") values (:id, :case, :creditor, :status, :open, :amount, "
                        + ":discount, :until, :reference, :paidBefore, :beyond, :at, :by, null, null, null)")
                .param("id", s.id()).param("case", s.caseId().value()).param("creditor", s.creditorId().value())
                .param("status", s.status()).param("open", s.openBalance().amount()).param("amount", s.amount().amount())
                .param("discount", s.discountPercent()).param("until", s.validUntil()).param("reference", s.reference())
                .param("paidBefore", s.paidBefore().amount()).param("beyond", s.beyondRules())
                .param("at", Timestamp.from(s.createdAt())).param("by", s.createdBy())
                .update();
    }

    /** The case's running offer, locked. */
    public Optional<SettlementRow> lockRunning(CaseId id) {
        return jdbc.sql("select " + COLUMNS + " from case_settlement where case_id = :case and status in " + RUNNING
                        + " for update")
                .param("case", id.value()).query(SettlementStore::map).optional();
    }

    /** One offer, locked; {@code creditor} null: staff, any creditor's. */
    public Optional<SettlementRow> lock(CreditorId creditor, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from case_settlement where id = :id"
                        + (creditor == null ? "" : " and creditor_id = :creditor") + " for update")
                .param("id", id)
                .params(creditor == null ? Map.of() : Map.of("creditor", creditor.value()))
                .query(SettlementStore::map).optional();
    }

    public List<SettlementRow> ofCase(CaseId id) {
        return jdbc.sql("select " + COLUMNS + " from case_settlement where case_id = :case order by created_at desc, id desc")
                .param("case", id.value()).query(SettlementStore::map).list();
    }

    /** The creditor's offers waiting for its decision, oldest first. */
    public List<SettlementRow> pending(CreditorId creditor, int limit) {
        return jdbc.sql("select " + COLUMNS + " from case_settlement where status = 'PENDING_CREDITOR' "
                        + "and creditor_id = :creditor order by created_at, id limit :limit")
                .param("creditor", creditor.value()).param("limit", limit).query(SettlementStore::map).list();
    }

    /** Running offers whose last day lies before {@code today}, locked. */
    public List<SettlementRow> lockExpired(LocalDate today, CreditorRange range, int limit) {
        return jdbc.sql("select " + COLUMNS + " from case_settlement where status in " + RUNNING
                        + " and valid_until < :today" + range.condition("creditor_id")
                        + " order by valid_until, id limit :limit for update")
                .params(range.parameters()).param("today", today).param("limit", limit).query(SettlementStore::map).list();
    }

    public void setStatus(UUID id, String status, LocalDate endedOn) {
        jdbc.sql("update case_settlement set status = :status, ended_on = :ended where id = :id")
                .param("status", status).param("ended", endedOn).param("id", id).update();
    }

    public void decide(UUID id, String status, Instant at, String by) {
        jdbc.sql("update case_settlement set status = :status, decided_at = :at, decided_by = :by where id = :id")
                .param("status", status).param("at", Timestamp.from(at)).param("by", by).param("id", id).update();
    }

    /** Which of these cases have an offer running. */
    public Set<CaseId> runningAmong(Collection<CaseId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql("select case_id from case_settlement where status in " + RUNNING + " and case_id = any(:ids)")
                .param("ids", ids.stream().map(CaseId::value).distinct().toArray(UUID[]::new))
                .query((rs, n) -> new CaseId(rs.getObject(1, UUID.class))).list().stream().collect(Collectors.toSet());
    }

    private static SettlementRow map(ResultSet rs, int row) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new SettlementRow(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
                new CreditorId(rs.getObject("creditor_id", UUID.class)), rs.getString("status"),
                Money.eur(rs.getBigDecimal("open_balance")), Money.eur(rs.getBigDecimal("amount")),
                rs.getBigDecimal("discount_percent"), rs.getObject("valid_until", LocalDate.class),
                rs.getString("reference"), Money.eur(rs.getBigDecimal("paid_before")), rs.getString("beyond_rules"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                decided == null ? null : decided.toInstant(), rs.getString("decided_by"),
                rs.getObject("ended_on", LocalDate.class));
    }
}
