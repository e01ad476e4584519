package de.kulant.dunning.internal;

import de.kulant.claims.ClaimId;
import de.kulant.dunning.HandoverApproval;
import de.kulant.platform.CreditorId;
import de.kulant.platform.ListOrder;
import de.kulant.platform.SortColumns;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code handover_approval}: claims through their chain that wait for the creditor's yes or no. */
@Repository
public class ApprovalStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ApprovalStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A claim that waits for approval, with what the list shows about it. */
    public record Request(ClaimId claimId, CreditorId creditorId, LocalDate on, UUID runId) {
    }

    public void requestAll(List<Request> requests) {
        template.batchUpdate("""
                insert into handover_approval (claim_id, creditor_id, requested_on, run_id, status)
                values (?, ?, ?, ?, 'PENDING')""", requests, 1000, (PreparedStatement ps, Request r) -> {
            ps.setObject(1, r.claimId().value());
            ps.setObject(2, r.creditorId().value());
            ps.setObject(3, r.on());
            ps.setObject(4, r.runId());
        });
    }

    /**
     * Up to {@code limit} approvals of a status after the position (requested on, claim), oldest request first; all
     * creditors when {@code creditor} is null.
     */
    /** The approval list's order: the day of the request, oldest first (the claim breaks ties). */
    public static final SortColumns LIST_ORDER = new SortColumns("claim_id",
            new SortColumns.Column("requestedOn", "requested_on", SortColumns.KeyType.DATE, false));

    /** Up to {@code size} approvals of a status in the order after the position {@code cursor} gave out. */
    public SortColumns.Keyed<HandoverApproval> page(CreditorId creditor, String status, ListOrder order, String cursor,
                                                    int size) {
        Map<String, Object> params = new HashMap<>();
        params.put("status", status);
        String from = " from handover_approval where status = :status";
        if (creditor != null) {
            from += " and creditor_id = :creditor";
            params.put("creditor", creditor.value());
        }
        return LIST_ORDER.page(jdbc, "select claim_id, creditor_id, requested_on, status, decided_at, decided_by", from,
                params, order, cursor, size, (rs, n) -> new HandoverApproval(new ClaimId(rs.getObject(1, UUID.class)),
                        new CreditorId(rs.getObject(2, UUID.class)), rs.getObject(3, LocalDate.class),
                        HandoverApproval.Status.valueOf(rs.getString(4)),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(), rs.getString(6)));
    }

    public long count(CreditorId creditor, String status) {
        return jdbc.sql("select count(*) from handover_approval where status = :status"
                        + (creditor == null ? "" : " and creditor_id = :creditor"))
                .params(creditor == null ? Map.of("status", status) : Map.of("status", status, "creditor", creditor.value()))
                .query(Long.class).single();
    }

    public Optional<HandoverApproval.Status> status(CreditorId creditor, ClaimId claim) {
        return jdbc.sql("select status from handover_approval where claim_id = :claim and creditor_id = :creditor")
                .param("claim", claim.value()).param("creditor", creditor.value())
                .query(String.class).optional().map(HandoverApproval.Status::valueOf);
    }

    public boolean decide(CreditorId creditor, ClaimId claim, HandoverApproval.Status decision, Instant now, String actor) {
        return jdbc.sql("""
                        update handover_approval set status = :status, decided_at = :now, decided_by = :actor
                        where claim_id = :claim and creditor_id = :creditor and status = 'PENDING'""")
                .param("status", decision.name()).param("now", Timestamp.from(now)).param("actor", actor)
                .param("claim", claim.value()).param("creditor", creditor.value())
                .update() == 1;
    }
}
