package de.kulant.collection.internal;

import de.kulant.collection.CaseId;
import de.kulant.law.LimitationEvent;
import de.kulant.platform.CreditorId;
import de.kulant.platform.Ids;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code case_limitation_event} table: what changed the running of limitation for all claims of a case. */
@Repository
public class LimitationStore {

    private final JdbcClient jdbc;

    LimitationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(CaseId caseId, CreditorId creditor, LimitationEvent event, Instant now) {
        String kind;
        LocalDate until = null;
        String what;
        if (event instanceof LimitationEvent.Restart restart) {
            kind = "RESTART";
            what = restart.what();
        } else if (event instanceof LimitationEvent.Deferral deferral) {
            kind = "DEFERRAL";
            until = deferral.until();
            what = deferral.basis();
        } else if (event instanceof LimitationEvent.CourtDunningApplication court) {
            kind = "COURT";
            until = court.procedureEnded();
            what = court.basis();
        } else {
            kind = "TITLE";
            what = "§197 Abs. 1 Nr. 3 BGB";
        }
        jdbc.sql("insert into case_limitation_event (id, case_id, creditor_id, kind, on_date, until_date, what, created_at) "
                        + "values (:id, :case, :creditor, :kind, :on, :until, :what, :now)")
                .param("id", Ids.next()).param("case", caseId.value()).param("creditor", creditor.value())
                .param("kind", kind).param("on", event.on()).param("until", until).param("what", what)
                .param("now", Timestamp.from(now)).update();
    }

    /** A running pause ends early (the debtor paid, or the pause was cut short): its last day becomes {@code until}. */
    public void endDeferral(CaseId caseId, LocalDate from, LocalDate until) {
        jdbc.sql("update case_limitation_event set until_date = :until where case_id = :case and kind = 'DEFERRAL' "
                        + "and on_date = :from and until_date > :until")
                .param("until", until).param("case", caseId.value()).param("from", from).update();
    }

    /** A court procedure started on {@code filedOn} ended (or stalled) on {@code on}: suspension ends six months later. */
    public void endCourt(CaseId caseId, LocalDate filedOn, LocalDate on) {
        jdbc.sql("update case_limitation_event set until_date = :on where case_id = :case and kind = 'COURT' "
                        + "and on_date = :filed and until_date is null")
                .param("on", on).param("case", caseId.value()).param("filed", filedOn).update();
    }

    /** The events of many cases in one query, each case's in date order. */
    public Map<CaseId, List<LimitationEvent>> eventsOf(Collection<CaseId> ids) {
        Map<CaseId, List<LimitationEvent>> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("select case_id, kind, on_date, until_date, what from case_limitation_event where case_id = any(:ids) "
                        + "order by case_id, on_date, created_at")
                .param("ids", ids.stream().map(CaseId::value).distinct().toArray(UUID[]::new))
                .query(rs -> {
                    LocalDate on = rs.getObject(3, LocalDate.class);
                    LocalDate until = rs.getObject(4, LocalDate.class);
                    LimitationEvent event = switch (rs.getString(2)) {
                        case "RESTART" -> new LimitationEvent.Restart(on, rs.getString(5));
                        case "DEFERRAL" -> new LimitationEvent.Deferral(on, until);
                        case "COURT" -> new LimitationEvent.CourtDunningApplication(on, until);
                        default -> new LimitationEvent.Title(on);
                    };
                    found.computeIfAbsent(new CaseId(rs.getObject(1, UUID.class)), k -> new ArrayList<>()).add(event);
                });
        return found;
    }
}
