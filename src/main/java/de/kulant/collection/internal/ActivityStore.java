package de.kulant.collection.internal;

import de.kulant.collection.CaseActivity;
import de.kulant.collection.CaseId;
import de.kulant.platform.BulkInsert;
import de.kulant.platform.CreditorId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code case_activity} table: the timeline of every case, appended to, never changed. */
@Repository
public class ActivityStore {

    /** An entry of a case of {@code creditor}. */
    public record Logged(CreditorId creditor, CaseActivity activity) {
    }

    private final JdbcClient jdbc;
    private final BulkInsert bulk;

    ActivityStore(JdbcClient jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    public void add(CreditorId creditor, CaseActivity activity) {
        addAll(List.of(new Logged(creditor, activity)));
    }

    /** Many entries, of many cases, in one bulk insert. */
    public void addAll(List<Logged> entries) {
        bulk.insert("case_activity", List.of("id", "case_id", "creditor_id", "at", "kind", "actor", "outcome", "text"),
                entries.stream().map(e -> new Object[] {e.activity().id(), e.activity().caseId().value(),
                        e.creditor().value(), e.activity().at(), e.activity().kind(), e.activity().actor(),
                        e.activity().outcome(), e.activity().text()}).toList());
    }

    /** The case's timeline, newest first, at most {@code limit} entries. */
    public List<CaseActivity> newestFirst(CaseId id, int limit) {
        return jdbc.sql("select id, at, kind, actor, outcome, text from case_activity where case_id = :case "
                        + "order by at desc, id desc limit :limit")
                .param("case", id.value())
                .param("limit", limit)
                .query((rs, n) -> new CaseActivity(rs.getObject(1, UUID.class), id, rs.getTimestamp(2).toInstant(),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    /**
     * When the debtors of these cases acted in the portal since {@code since} (any of their cases at the creditor), by
     * case; the only signs of when a debtor reads their mail that Kulant keeps.
     */
    public Map<CaseId, List<Instant>> portalVisits(Collection<CaseId> ids, Instant since) {
        Map<CaseId, List<Instant>> visits = new HashMap<>();
        if (ids.isEmpty()) {
            return visits;
        }
        jdbc.sql("""
                        select c.id, a.at from collection_case c
                        join collection_case o on o.debtor_id = c.debtor_id and o.creditor_id = c.creditor_id
                        join case_activity a on a.case_id = o.id
                        where c.id = any(:ids) and a.kind = 'PORTAL' and a.at >= :since""")
                .param("ids", ids.stream().map(CaseId::value).distinct().toArray(UUID[]::new))
                .param("since", java.sql.Timestamp.from(since))
                .query((rs, n) -> Map.entry(new CaseId(rs.getObject(1, UUID.class)), rs.getTimestamp(2).toInstant()))
                .list()
                .forEach(e -> visits.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return visits;
    }

    /** The latest portal actions of the creditor's debtors since {@code since}, at most {@code limit}. */
    public List<Instant> creditorPortalVisits(CreditorId creditor, Instant since, int limit) {
        return jdbc.sql("select at from case_activity where creditor_id = :creditor and kind = 'PORTAL' "
                        + "and at >= :since order by at desc limit :limit")
                .param("creditor", creditor.value()).param("since", java.sql.Timestamp.from(since))
                .param("limit", limit)
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .list();
    }

    public static CaseActivity entry(CaseId id, Instant at, String kind, String actor, String text) {
        return new CaseActivity(de.kulant.platform.Ids.next(), id, at, kind, actor, null, text);
    }
}
