package de.kulant.collection.internal;

import de.kulant.collection.CaseActivity;
import de.kulant.collection.CaseId;
import de.kulant.platform.CreditorId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code case_activity} table: the timeline of every case, appended to, never changed. */
@Repository
public class ActivityStore {

    private final JdbcClient jdbc;

    ActivityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(CreditorId creditor, CaseActivity activity) {
        jdbc.sql("insert into case_activity (id, case_id, creditor_id, at, kind, actor, outcome, text) "
                        + "values (:id, :case, :creditor, :at, :kind, :actor, :outcome, :text)")
                .param("id", activity.id())
                .param("case", activity.caseId().value())
                .param("creditor", creditor.value())
                .param("at", Timestamp.from(activity.at()))
                .param("kind", activity.kind())
                .param("actor", activity.actor())
                .param("outcome", activity.outcome())
                .param("text", activity.text())
                .update();
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

    public static CaseActivity entry(CaseId id, Instant at, String kind, String actor, String text) {
        return new CaseActivity(de.kulant.platform.Ids.next(), id, at, kind, actor, null, text);
    }
}
