package de.kulant.dunning.internal;

import de.kulant.dunning.RunView.PlannedStep;
import de.kulant.dunning.RunView.Status;
import de.kulant.dunning.RunView;
import de.kulant.platform.Actor;
import de.kulant.platform.CreditorId;
import de.kulant.platform.ListOrder;
import de.kulant.platform.SortColumns;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** {@code dunning_run} and the plan of dry runs ({@code dunning_plan}). */
@Repository
public class RunStore {

    private static final TypeReference<TreeMap<String, Integer>> COUNTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;

    RunStore(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    public void insert(UUID id, CreditorId creditor, LocalDate asOf, boolean dryRun, boolean history, Instant now,
                       String actor, String instance) {
        jdbc.sql("""
                        insert into dunning_run (id, creditor_id, as_of, dry_run, history, status, processed, evaluated,
                            handed_over, notices, skipped, started_at, heartbeat_at, started_by, instance_id)
                        values (:id, :creditor, :asOf, :dryRun, :history, 'RUNNING', 0, 0, 0, '{}', '{}', :now, :now,
                            :actor, :instance)""")
                .param("id", id).param("creditor", creditor == null ? null : creditor.value()).param("asOf", asOf)
                .param("dryRun", dryRun).param("history", history).param("now", Timestamp.from(now))
                .param("actor", actor).param("instance", instance)
                .update();
    }

    public void started(UUID id, UUID snapshot, int total) {
        jdbc.sql("update dunning_run set snapshot_id = :snapshot, total = :total where id = :id")
                .param("snapshot", snapshot).param("total", total).param("id", id).update();
    }

    /** What an instance needs to work on a chunk of a run: the run as it was started, while it is RUNNING. */
    public record Parameters(UUID id, CreditorId scope, LocalDate asOf, boolean dryRun, boolean history, Actor actor,
                             UUID snapshot) {
    }

    public Optional<Parameters> running(UUID id) {
        return jdbc.sql("select * from dunning_run where id = :id and status = 'RUNNING'").param("id", id)
                .query((rs, n) -> {
                    UUID creditor = rs.getObject("creditor_id", UUID.class);
                    return new Parameters(id, creditor == null ? null : new CreditorId(creditor),
                            rs.getObject("as_of", LocalDate.class), rs.getBoolean("dry_run"), rs.getBoolean("history"),
                            Actor.fromLabel(rs.getString("started_by")), rs.getObject("snapshot_id", UUID.class));
                })
                .optional();
    }

    public boolean exists(UUID id) {
        return jdbc.sql("select count(*) from dunning_run where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    public Optional<UUID> snapshotOf(UUID id) {
        return jdbc.sql("select snapshot_id from dunning_run where id = :id and snapshot_id is not null").param("id", id)
                .query(UUID.class).optional();
    }

    /** A run still marked RUNNING, the instance that started it and its snapshot (null before it has one). */
    public record Running(UUID id, String instance, UUID snapshot) {
    }

    public List<Running> running() {
        return jdbc.sql("select id, instance_id, snapshot_id from dunning_run where status = 'RUNNING'")
                .query((rs, n) -> new Running(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class)))
                .list();
    }

    /** What the run did so far, the sum of its committed chunks. */
    public void progress(UUID id, RunCounts counts, Instant now) {
        jdbc.sql("""
                        update dunning_run set processed = :processed, evaluated = :evaluated, handed_over = :handedOver,
                            notices = :notices, skipped = :skipped, heartbeat_at = :now where id = :id""")
                .param("processed", counts.processed()).param("evaluated", counts.evaluated())
                .param("handedOver", counts.handedOver())
                .param("notices", json.writeValueAsString(counts.notices()))
                .param("skipped", json.writeValueAsString(counts.skipped()))
                .param("now", Timestamp.from(now)).param("id", id)
                .update();
    }

    /** Ends a RUNNING run; false when it had ended already (another instance finished or failed it). */
    public boolean finish(UUID id, Status status, String error, Instant now) {
        return jdbc.sql("update dunning_run set status = :status, error = :error, finished_at = :now, heartbeat_at = :now "
                        + "where id = :id and status = 'RUNNING'")
                .param("status", status.name()).param("error", error == null ? null
                        : error.substring(0, Math.min(error.length(), 2000)))
                .param("now", Timestamp.from(now)).param("id", id)
                .update() == 1;
    }

    /** The newest date of a completed real run of the same scope (a creditor, or all creditors). */
    public Optional<LocalDate> newestCompleted(CreditorId creditor) {
        return jdbc.sql("select max(as_of) from dunning_run where status = 'COMPLETED' and dry_run = false and "
                        + (creditor == null ? "creditor_id is null" : "creditor_id = :creditor"))
                .params(creditor == null ? Map.of() : Map.of("creditor", creditor.value()))
                .query(LocalDate.class).optional();
    }

    public Optional<RunView> find(UUID id, CreditorId creditor) {
        return jdbc.sql("select * from dunning_run where id = :id"
                        + (creditor == null ? "" : " and creditor_id = :creditor"))
                .params(creditor == null ? Map.of("id", id) : Map.of("id", id, "creditor", creditor.value()))
                .query((rs, n) -> view(rs, List.of()))
                .optional()
                .map(run -> run.dryRun() ? withPlan(run) : run);
    }

    /**
     * The run list's columns: started (newest first), as-of date, claims evaluated and handed over. Runs are one a day
     * per creditor at most, so the orders other than the start need no index of their own.
     */
    public static final SortColumns LIST_ORDER = new SortColumns("id",
            new SortColumns.Column("startedAt", "started_at", SortColumns.KeyType.TIMESTAMP, true),
            new SortColumns.Column("asOf", "as_of", SortColumns.KeyType.DATE, true),
            new SortColumns.Column("evaluated", "evaluated", SortColumns.KeyType.INTEGER, true),
            new SortColumns.Column("handedOver", "handed_over", SortColumns.KeyType.INTEGER, true));

    /** Up to {@code size} runs in the order after the position {@code cursor} gave out; for a creditor its own. */
    public SortColumns.Keyed<RunView> page(CreditorId creditor, ListOrder order, String cursor, int size) {
        Map<String, Object> params = new HashMap<>();
        String from = " from dunning_run";
        if (creditor != null) {
            from += " where creditor_id = :creditor";
            params.put("creditor", creditor.value());
        }
        return LIST_ORDER.page(jdbc, "select *", from, params, order, cursor, size, (rs, n) -> view(rs, List.of()));
    }

    /** How many runs there are; for a creditor its own. */
    public long count(CreditorId creditor) {
        return creditor == null ? jdbc.sql("select count(*) from dunning_run").query(Long.class).single()
                : jdbc.sql("select count(*) from dunning_run where creditor_id = :creditor")
                .param("creditor", creditor.value()).query(Long.class).single();
    }

    public void plan(UUID run, List<PlannedRow> rows) {
        template.batchUpdate("""
                insert into dunning_plan (run_id, claim_id, creditor_id, invoice_number, action, level, fee, segment)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", rows, 1000, (PreparedStatement ps, PlannedRow row) -> {
            ps.setObject(1, run);
            ps.setObject(2, row.claimId());
            ps.setObject(3, row.creditorId());
            ps.setString(4, row.step().invoiceNumber());
            ps.setString(5, row.step().action());
            if (row.step().level() == null) {
                ps.setNull(6, java.sql.Types.INTEGER);
            } else {
                ps.setInt(6, row.step().level());
            }
            ps.setBigDecimal(7, row.step().fee() == null ? null : new java.math.BigDecimal(row.step().fee()));
            ps.setString(8, row.step().segment());
        });
    }

    /** One planned step of a dry run, with the ids it is stored under. */
    public record PlannedRow(UUID claimId, UUID creditorId, PlannedStep step) {
    }

    private RunView withPlan(RunView run) {
        List<PlannedStep> plan = jdbc.sql("""
                        select claim_id, invoice_number, action, level, fee, segment from dunning_plan
                        where run_id = :run order by invoice_number, claim_id""")
                .param("run", run.id())
                .query((rs, n) -> new PlannedStep(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        (Integer) rs.getObject(4), rs.getBigDecimal(5) == null ? null : rs.getBigDecimal(5).toPlainString(),
                        rs.getString(6)))
                .list();
        return new RunView(run.id(), run.creditorId(), run.asOf(), run.dryRun(), run.status(), run.total(),
                run.processed(), run.evaluated(), run.notices(), run.handedOver(), run.skipped(), run.startedAt(),
                run.finishedAt(), run.startedBy(), run.error(), plan);
    }

    private RunView view(ResultSet rs, List<PlannedStep> plan) throws SQLException {
        UUID creditor = rs.getObject("creditor_id", UUID.class);
        Timestamp finished = rs.getTimestamp("finished_at");
        return new RunView(rs.getObject("id", UUID.class), creditor == null ? null : new CreditorId(creditor),
                rs.getObject("as_of", LocalDate.class), rs.getBoolean("dry_run"), Status.valueOf(rs.getString("status")),
                (Integer) rs.getObject("total"), rs.getInt("processed"), rs.getInt("evaluated"),
                new HashMap<>(json.readValue(rs.getString("notices"), COUNTS)), rs.getInt("handed_over"),
                new HashMap<>(json.readValue(rs.getString("skipped"), COUNTS)),
                rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(),
                rs.getString("started_by"), rs.getString("error"), plan);
    }
}
