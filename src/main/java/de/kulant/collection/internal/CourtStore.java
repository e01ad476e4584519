package de.kulant.collection.internal;

import de.kulant.claims.ClaimId;
import de.kulant.collection.CaseId;
import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code court_approval}, {@code court_procedure} and {@code court_procedure_claim} tables. */
@Repository
public class CourtStore {

    /** A creditor's decision on court action for one claim: {@code status} PENDING_CREDITOR, APPROVED or DECLINED. */
    public record ApprovalRow(UUID id, CaseId caseId, CreditorId creditorId, ClaimId claimId, String status,
                              Instant requestedAt, String requestedBy) {
    }

    /** A payment-order procedure as exported, with the days staff recorded. */
    public record ProcedureRow(UUID id, CaseId caseId, CreditorId creditorId, String court, String state,
                               LocalDate fileOn, Money principal, Money courtFee, String feeTable, String document,
                               LocalDate filedOn, LocalDate servedOn, LocalDate objectedOn,
                               LocalDate enforcementAppliedOn, LocalDate enforcementOrderOn, LocalDate withdrawnOn,
                               Instant createdAt, String createdBy, List<ClaimId> claimIds) {
    }

    /** States in which a claim is still before the court; after them it may be filed again. */
    static final String ACTIVE = "('PREPARED', 'FILED', 'SERVED', 'ENFORCEMENT_APPLIED', 'ENFORCEMENT_ORDER')";

    private static final String COLUMNS = "id, case_id, creditor_id, court, state, file_on, principal, court_fee, "
            + "fee_table, document, filed_on, served_on, objected_on, enforcement_applied_on, enforcement_order_on, "
            + "withdrawn_on, created_at, created_by";

    private final JdbcClient jdbc;

    CourtStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertApproval(ApprovalRow a) {
        jdbc.sql("insert into court_approval (id, case_id, creditor_id, claim_id, status, requested_at, requested_by) "
                        + "values (:id, :case, :creditor, :claim, :status, :at, :by)")
                .param("id", a.id()).param("case", a.caseId().value()).param("creditor", a.creditorId().value())
                .param("claim", a.claimId().value()).param("status", a.status())
                .param("at", Timestamp.from(a.requestedAt())).param("by", a.requestedBy()).update();
    }

    public List<ApprovalRow> pendingApprovals(CreditorId creditor, int limit) {
        return jdbc.sql("select id, case_id, creditor_id, claim_id, status, requested_at, requested_by from court_approval "
                        + "where creditor_id = :creditor and status = 'PENDING_CREDITOR' order by requested_at, id limit :limit")
                .param("creditor", creditor.value()).param("limit", limit).query(CourtStore::approval).list();
    }

    public Optional<ApprovalRow> lockApproval(CreditorId creditor, UUID id) {
        return jdbc.sql("select id, case_id, creditor_id, claim_id, status, requested_at, requested_by from court_approval "
                        + "where id = :id and creditor_id = :creditor for update")
                .param("id", id).param("creditor", creditor.value()).query(CourtStore::approval).optional();
    }

    public void decideApproval(UUID id, String status, Instant at, String by) {
        jdbc.sql("update court_approval set status = :status, decided_at = :at, decided_by = :by where id = :id")
                .param("status", status).param("at", Timestamp.from(at)).param("by", by).param("id", id).update();
    }

    /** Each claim's latest court approval status (PENDING_CREDITOR, APPROVED, DECLINED); absent when never asked. */
    public Map<ClaimId, String> approvalOf(Collection<ClaimId> claims) {
        Map<ClaimId, String> found = new LinkedHashMap<>();
        if (claims.isEmpty()) {
            return found;
        }
        jdbc.sql("select claim_id, status from court_approval where claim_id = any(:ids) order by requested_at, id")
                .param("ids", claims.stream().map(ClaimId::value).toArray(UUID[]::new))
                .query(rs -> {
                    found.put(new ClaimId(rs.getObject(1, UUID.class)), rs.getString(2));
                });
        return found;
    }

    public void insertProcedure(ProcedureRow p) {
        jdbc.sql("insert into court_procedure (" + COLUMNS + ") values (:id, :case, :creditor, :court, :state, :fileOn, "
                        + ":principal, :fee, :table, :document, null, null, null, null, null, null, :at, :by)")
                .param("id", p.id()).param("case", p.caseId().value()).param("creditor", p.creditorId().value())
                .param("court", p.court()).param("state", p.state()).param("fileOn", p.fileOn())
                .param("principal", p.principal().amount()).param("fee", p.courtFee().amount())
                .param("table", p.feeTable()).param("document", p.document())
                .param("at", Timestamp.from(p.createdAt())).param("by", p.createdBy()).update();
        for (ClaimId claim : p.claimIds()) {
            jdbc.sql("insert into court_procedure_claim (procedure_id, claim_id, creditor_id) values (:p, :claim, :creditor)")
                    .param("p", p.id()).param("claim", claim.value()).param("creditor", p.creditorId().value()).update();
        }
    }

    /** The procedure; {@code creditor} null: staff. */
    public Optional<ProcedureRow> find(CreditorId creditor, UUID id, boolean lock) {
        return withClaims(jdbc.sql("select " + COLUMNS + " from court_procedure where id = :id"
                        + (creditor == null ? "" : " and creditor_id = :creditor") + (lock ? " for update" : ""))
                .param("id", id)
                .params(creditor == null ? Map.of() : Map.of("creditor", creditor.value()))
                .query(CourtStore::procedure).list()).stream().findFirst();
    }

    /** Procedures, the newest first; each filter null for any. */
    public List<ProcedureRow> list(CreditorId creditor, CaseId caseId, String court, String state, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (creditor != null) {
            where.append(" and creditor_id = :creditor");
            params.put("creditor", creditor.value());
        }
        if (caseId != null) {
            where.append(" and case_id = :case");
            params.put("case", caseId.value());
        }
        if (court != null) {
            where.append(" and court = :court");
            params.put("court", court);
        }
        if (state != null) {
            where.append(" and state = :state");
            params.put("state", state);
        }
        return withClaims(jdbc.sql("select " + COLUMNS + " from court_procedure" + where
                        + " order by created_at desc, id desc limit :limit")
                .params(params).param("limit", limit).query(CourtStore::procedure).list());
    }

    /** The claims among these that are before a court now. */
    public Set<ClaimId> activeAmong(Collection<ClaimId> claims) {
        Set<ClaimId> found = new HashSet<>();
        if (claims.isEmpty()) {
            return found;
        }
        jdbc.sql("select c.claim_id from court_procedure_claim c join court_procedure p on p.id = c.procedure_id "
                        + "where c.claim_id = any(:ids) and p.state in " + ACTIVE)
                .param("ids", claims.stream().map(ClaimId::value).toArray(UUID[]::new))
                .query(rs -> {
                    found.add(new ClaimId(rs.getObject(1, UUID.class)));
                });
        return found;
    }

    /** The running procedures of these cases (not withdrawn, objected or titled), for the work queue. */
    public Map<CaseId, List<ProcedureRow>> runningOf(Collection<CaseId> cases) {
        Map<CaseId, List<ProcedureRow>> found = new LinkedHashMap<>();
        if (cases.isEmpty()) {
            return found;
        }
        jdbc.sql("select " + COLUMNS + " from court_procedure where case_id = any(:ids) "
                        + "and state in ('PREPARED', 'FILED', 'SERVED', 'ENFORCEMENT_APPLIED')")
                .param("ids", cases.stream().map(CaseId::value).distinct().toArray(UUID[]::new))
                .query(CourtStore::procedure).list()
                .forEach(p -> found.computeIfAbsent(p.caseId(), k -> new ArrayList<>()).add(p));
        return found;
    }

    public void setState(UUID id, String state, String dateColumn, LocalDate on) {
        if (!Set.of("filed_on", "served_on", "objected_on", "enforcement_applied_on", "enforcement_order_on",
                "withdrawn_on").contains(dateColumn)) {
            throw new IllegalArgumentException(dateColumn);
        }
        jdbc.sql("update court_procedure set state = :state, " + dateColumn + " = :on where id = :id")
                .param("state", state).param("on", on).param("id", id).update();
    }

    /** Filed on another day than planned: the fee of the table in force then, and the document that states it. */
    public void refile(UUID id, Money courtFee, String feeTable, String document) {
        jdbc.sql("update court_procedure set court_fee = :fee, fee_table = :table, document = :document where id = :id")
                .param("fee", courtFee.amount()).param("table", feeTable).param("document", document)
                .param("id", id).update();
    }

    private List<ProcedureRow> withClaims(List<ProcedureRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, List<ClaimId>> claims = new LinkedHashMap<>();
        jdbc.sql("select procedure_id, claim_id from court_procedure_claim where procedure_id = any(:ids) "
                        + "order by procedure_id, claim_id")
                .param("ids", rows.stream().map(ProcedureRow::id).toArray(UUID[]::new))
                .query(rs -> {
                    claims.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new ClaimId(rs.getObject(2, UUID.class)));
                });
        return rows.stream().map(p -> new ProcedureRow(p.id(), p.caseId(), p.creditorId(), p.court(), p.state(),
                p.fileOn(), p.principal(), p.courtFee(), p.feeTable(), p.document(), p.filedOn(), p.servedOn(),
                p.objectedOn(), p.enforcementAppliedOn(), p.enforcementOrderOn(), p.withdrawnOn(), p.createdAt(),
                p.createdBy(), List.copyOf(claims.getOrDefault(p.id(), List.of())))).toList();
    }

    private static ApprovalRow approval(ResultSet rs, int row) throws SQLException {
        return new ApprovalRow(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
                new CreditorId(rs.getObject("creditor_id", UUID.class)), new ClaimId(rs.getObject("claim_id", UUID.class)),
                rs.getString("status"), rs.getTimestamp("requested_at").toInstant(), rs.getString("requested_by"));
    }

    private static ProcedureRow procedure(ResultSet rs, int row) throws SQLException {
        return new ProcedureRow(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
                new CreditorId(rs.getObject("creditor_id", UUID.class)), rs.getString("court"), rs.getString("state"),
                rs.getObject("file_on", LocalDate.class), Money.eur(rs.getBigDecimal("principal")),
                Money.eur(rs.getBigDecimal("court_fee")), rs.getString("fee_table"), rs.getString("document"),
                rs.getObject("filed_on", LocalDate.class), rs.getObject("served_on", LocalDate.class),
                rs.getObject("objected_on", LocalDate.class), rs.getObject("enforcement_applied_on", LocalDate.class),
                rs.getObject("enforcement_order_on", LocalDate.class), rs.getObject("withdrawn_on", LocalDate.class),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"), List.of());
    }
}
