package de.kulant.collection.internal;

import de.kulant.collection.CaseId;
import de.kulant.platform.CreditorRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where a batch over a range of creditors' cases left off, in the order of the index
 * {@code collection_case (creditor_id, opened_on, id)}: the next batch reads on from here, so a run's batches read each
 * case of their range once in all.
 */
public record CaseCursor(UUID creditorId, LocalDate openedOn, UUID id) {

    private static final String COLUMNS = "creditor_id, opened_on, id";
    private static final String ORDER = " order by creditor_id, opened_on, id";

    public CaseId caseId() {
        return new CaseId(id);
    }

    /** The SQL condition for the cases after {@code after}, starting with " and"; nothing for the first batch. */
    static String after(CaseCursor after) {
        return after == null ? "" : " and (creditor_id, opened_on, id) > (:afterCreditor, :afterOpened, :afterId)";
    }

    static Map<String, Object> parameters(CaseCursor after) {
        return after == null ? Map.of() : Map.of("afterCreditor", after.creditorId, "afterOpened", after.openedOn,
                "afterId", after.id);
    }

    /** Up to {@code limit} cases of the range meeting {@code condition} (SQL), read on from {@code after}. */
    static List<CaseCursor> page(JdbcClient jdbc, String condition, CreditorRange range, CaseCursor after, int limit) {
        return jdbc.sql("select " + COLUMNS + " from collection_case where " + condition
                        + range.condition("creditor_id") + after(after) + ORDER + " limit :limit")
                .params(range.parameters()).params(parameters(after)).param("limit", limit)
                .query(CaseCursor::map)
                .list();
    }

    static CaseCursor map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CaseCursor(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getObject(3, UUID.class));
    }
}
