package de.kulant.claims.internal;

import de.kulant.claims.ClaimId;
import de.kulant.claims.HoldKind;
import de.kulant.claims.HoldView;
import de.kulant.platform.CreditorId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code claim_hold} table. */
@Repository
public class HoldStore {

    private static final String COLUMNS = "id, claim_id, kind, reason, until_date, created_at, created_by, lifted_at, lifted_by";

    private final JdbcClient jdbc;

    HoldStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(CreditorId creditor, ClaimId claim, HoldView hold) {
        jdbc.sql("""
                        insert into claim_hold (id, creditor_id, claim_id, kind, reason, until_date, created_at, created_by)
                        values (:id, :creditor, :claim, :kind, :reason, :until, :createdAt, :createdBy)""")
                .param("id", hold.id()).param("creditor", creditor.value()).param("claim", claim.value())
                .param("kind", hold.kind().name()).param("reason", hold.reason()).param("until", hold.until())
                .param("createdAt", Timestamp.from(hold.createdAt())).param("createdBy", hold.createdBy())
                .update();
    }

    public Optional<HoldView> find(CreditorId creditor, ClaimId claim, UUID hold) {
        return jdbc.sql("select " + COLUMNS + " from claim_hold where id = :id and claim_id = :claim and creditor_id = :creditor")
                .param("id", hold).param("claim", claim.value()).param("creditor", creditor.value())
                .query((rs, n) -> map(rs)).optional();
    }

    public boolean lift(CreditorId creditor, UUID hold, Instant now, String actor) {
        return jdbc.sql("""
                        update claim_hold set lifted_at = :now, lifted_by = :actor
                        where id = :id and creditor_id = :creditor and lifted_at is null""")
                .param("now", Timestamp.from(now)).param("actor", actor).param("id", hold)
                .param("creditor", creditor.value())
                .update() == 1;
    }

    /** Holds in force on {@code date} for each of the claims. */
    public Map<ClaimId, List<HoldView>> activeFor(Collection<ClaimId> claims, LocalDate date) {
        Map<ClaimId, List<HoldView>> result = new HashMap<>();
        if (claims.isEmpty()) {
            return result;
        }
        jdbc.sql("select h." + COLUMNS.replace(", ", ", h.") + " from unnest(:claims) as wanted(claim_id) "
                        + "join claim_hold h on h.claim_id = wanted.claim_id where h.lifted_at is null "
                        + "and (h.until_date is null or h.until_date >= :date) order by h.created_at")
                .param("claims", claims.stream().map(ClaimId::value).toArray(UUID[]::new))
                .param("date", date)
                .query(rs -> {
                    result.computeIfAbsent(new ClaimId(rs.getObject("claim_id", UUID.class)), k -> new ArrayList<>())
                            .add(map(rs));
                });
        return result;
    }

    public List<HoldView> all(CreditorId creditor, ClaimId claim) {
        return jdbc.sql("select " + COLUMNS + " from claim_hold where claim_id = :claim and creditor_id = :creditor "
                        + "order by created_at")
                .param("claim", claim.value()).param("creditor", creditor.value())
                .query((rs, n) -> map(rs)).list();
    }

    private static HoldView map(ResultSet rs) throws SQLException {
        Timestamp lifted = rs.getTimestamp("lifted_at");
        return new HoldView(rs.getObject("id", UUID.class), HoldKind.valueOf(rs.getString("kind")), rs.getString("reason"),
                rs.getObject("until_date", LocalDate.class), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"), lifted == null ? null : lifted.toInstant(), rs.getString("lifted_by"));
    }
}
