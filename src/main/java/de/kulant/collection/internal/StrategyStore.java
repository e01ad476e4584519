package de.kulant.collection.internal;

import de.kulant.collection.CaseId;
import de.kulant.platform.BulkInsert;
import de.kulant.platform.CreditorId;
import de.kulant.platform.CreditorRange;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code collection_strategy} and {@code case_step}, and a case's arm and task. */
@Repository
public class StrategyStore {

    /** A creditor's strategies as stored (steps as JSON). */
    public record StrategyRow(String champion, String challenger, int challengerPercent, String segments,
                              Instant updatedAt, String updatedBy) {
    }

    /** What one arm's cases came to, for the champion/challenger figures. */
    public record ArmCase(String arm, String status, String closeReason, LocalDate openedOn, LocalDate closedOn,
                          int letters, int emails, int tasks) {
    }

    private final JdbcClient jdbc;
    private final BulkInsert bulk;

    StrategyStore(JdbcClient jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    public Optional<StrategyRow> find(CreditorId creditor) {
        return Optional.ofNullable(findAll(List.of(creditor)).get(creditor));
    }

    /** The strategies of those of these creditors that set their own, in one query. */
    public Map<CreditorId, StrategyRow> findAll(Collection<CreditorId> creditors) {
        Map<CreditorId, StrategyRow> found = new HashMap<>();
        if (creditors.isEmpty()) {
            return found;
        }
        jdbc.sql("select creditor_id, champion, challenger, challenger_percent, segments, updated_at, updated_by "
                        + "from collection_strategy where creditor_id = any(:creditors)")
                .param("creditors", creditors.stream().map(CreditorId::value).distinct().toArray(UUID[]::new))
                .query(rs -> {
                    found.put(new CreditorId(rs.getObject(1, UUID.class)), new StrategyRow(rs.getString(2),
                            rs.getString(3), rs.getInt(4), rs.getString(5), rs.getTimestamp(6).toInstant(),
                            rs.getString(7)));
                });
        return found;
    }

    public void save(CreditorId creditor, StrategyRow row) {
        int updated = jdbc.sql("update collection_strategy set champion = :champion, challenger = :challenger, "
                        + "challenger_percent = :percent, segments = :segments, updated_at = :at, updated_by = :by "
                        + "where creditor_id = :creditor")
                .param("champion", row.champion()).param("challenger", row.challenger())
                .param("segments", row.segments())
                .param("percent", row.challengerPercent()).param("at", Timestamp.from(row.updatedAt()))
                .param("by", row.updatedBy()).param("creditor", creditor.value())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into collection_strategy (creditor_id, champion, challenger, challenger_percent, segments, "
                            + "updated_at, updated_by) values (:creditor, :champion, :challenger, :percent, :segments, :at, "
                            + ":by)")
                    .param("champion", row.champion()).param("challenger", row.challenger())
                    .param("segments", row.segments())
                    .param("percent", row.challengerPercent()).param("at", Timestamp.from(row.updatedAt()))
                    .param("by", row.updatedBy()).param("creditor", creditor.value())
                    .update();
        }
    }

    public String arm(CaseId id) {
        return jdbc.sql("select strategy_arm from collection_case where id = :id").param("id", id.value())
                .query(String.class).single();
    }

    public void setTask(CaseId id, String task, LocalDate due) {
        jdbc.sql("update collection_case set task = :task, task_due = :due where id = :id")
                .param("task", task).param("due", due).param("id", id.value()).update();
    }

    /** Of these cases, those where a call or review the strategy asked for waits for the case worker. */
    public Set<CaseId> tasksDue(Collection<CaseId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select id from collection_case where id = any(:ids) and task is not null")
                .param("ids", ids.stream().map(CaseId::value).distinct().toArray(UUID[]::new))
                .query((rs, n) -> new CaseId(rs.getObject(1, UUID.class)))
                .list());
    }

    /** The first step of new cases, done when they opened, in one bulk insert. */
    public void recordFirstSteps(Map<CaseId, CreditorId> opened, String action, LocalDate on) {
        bulk.insert("case_step", List.of("case_id", "step_index", "creditor_id", "action", "outcome", "done_on"),
                opened.entrySet().stream().map(e -> new Object[] {e.getKey().value(), 0, e.getValue().value(), action,
                        "DONE", on}).toList());
    }

    /** The indexes of the steps done (or skipped) on the case. */
    public Set<Integer> stepsDone(CaseId id) {
        return new HashSet<>(jdbc.sql("select step_index from case_step where case_id = :case")
                .param("case", id.value()).query(Integer.class).list());
    }

    /** Records a step once; false when it was recorded already (a repeated or parallel run). */
    public boolean recordStep(CaseId id, CreditorId creditor, int index, String action, String outcome, LocalDate on,
                              UUID runId) {
        return jdbc.sql("insert into case_step (case_id, step_index, creditor_id, action, outcome, done_on, run_id) "
                        + "values (:case, :index, :creditor, :action, :outcome, :on, :run) on conflict do nothing")
                .param("run", runId).param("case", id.value()).param("index", index).param("creditor", creditor.value())
                .param("action", action).param("outcome", outcome).param("on", on)
                .update() == 1;
    }

    /** A step a collection run did: the case, its reference, the step's number and action. */
    public record RunStep(UUID caseId, String reference, int step, String action) {
    }

    /** The steps the collection run did (not those it skipped), in case order. */
    public List<RunStep> stepsOfRun(UUID runId) {
        return jdbc.sql("select s.case_id, c.reference, s.step_index, s.action from case_step s "
                        + "join collection_case c on c.id = s.case_id where s.run_id = :run and s.outcome = 'DONE' "
                        + "order by s.case_id, s.step_index")
                .param("run", runId)
                .query((rs, n) -> new RunStep(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), rs.getString(4)))
                .list();
    }

    /** Cases of the range the strategy works on: open (not waiting for an agreement or a dispute), after {@code after}. */
    public List<CaseCursor> workable(CreditorRange range, CaseCursor after, int limit) {
        return CaseCursor.page(jdbc, "status = 'OPEN'", range, after, limit);
    }

    /** Every case of the creditor with what its strategy did, for the figures per arm. */
    public List<ArmCase> armCases(CreditorId creditor) {
        return jdbc.sql("""
                        select c.strategy_arm, c.status, c.close_reason, c.opened_on, c.closed_on,
                            (select count(*) from case_step s where s.case_id = c.id and s.outcome = 'DONE'
                                and s.action = 'LETTER'),
                            (select count(*) from case_step s where s.case_id = c.id and s.outcome = 'DONE'
                                and s.action = 'EMAIL'),
                            (select count(*) from case_step s where s.case_id = c.id and s.outcome = 'DONE'
                                and s.action in ('CALL_TASK', 'REVIEW'))
                        from collection_case c where c.creditor_id = :creditor""")
                .param("creditor", creditor.value())
                .query((rs, n) -> new ArmCase(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getInt(6), rs.getInt(7),
                        rs.getInt(8)))
                .list();
    }
}
