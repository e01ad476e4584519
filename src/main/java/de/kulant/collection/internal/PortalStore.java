package de.kulant.collection.internal;

import de.kulant.collection.CaseId;
import de.kulant.collection.CaseReference;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the debtor portal needs of the case tables: a case by its reference, and each case's code generation. */
@Repository
public class PortalStore {

    private final JdbcClient jdbc;

    PortalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The case with this reference (the unique index answers it). */
    public Optional<CaseId> byReference(CaseReference reference) {
        return jdbc.sql("select id from collection_case where reference = :reference")
                .param("reference", reference.value())
                .query((rs, n) -> new CaseId(rs.getObject(1, UUID.class)))
                .optional();
    }

    /** 0 until the case's code was first replaced. */
    public int generation(CaseId id) {
        return jdbc.sql("select generation from portal_code_rotation where case_id = :id")
                .param("id", id.value())
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    /** The generations of the cases whose code was replaced; the others are 0. */
    public Map<CaseId, Integer> generations(Collection<CaseId> ids) {
        Map<CaseId, Integer> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("select case_id, generation from portal_code_rotation where case_id = any(:ids)")
                .param("ids", ids.stream().map(CaseId::value).distinct().toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(new CaseId(rs.getObject(1, UUID.class)), rs.getInt(2)))
                .list()
                .forEach(e -> found.put(e.getKey(), e.getValue()));
        return found;
    }

    /** Raises the case's generation by one and returns it. */
    public int rotate(CaseId id, Instant at, String actor) {
        int updated = jdbc.sql("update portal_code_rotation set generation = generation + 1, rotated_at = :at, "
                        + "rotated_by = :actor where case_id = :id")
                .param("id", id.value()).param("at", Timestamp.from(at)).param("actor", actor)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into portal_code_rotation (case_id, creditor_id, generation, rotated_at, rotated_by) "
                            + "select id, creditor_id, 1, :at, :actor from collection_case where id = :id")
                    .param("id", id.value()).param("at", Timestamp.from(at)).param("actor", actor)
                    .update();
        }
        return generation(id);
    }
}
