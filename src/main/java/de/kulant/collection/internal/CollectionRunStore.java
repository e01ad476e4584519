package de.kulant.collection.internal;

import de.kulant.platform.CreditorRange;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code collection_run} and {@code collection_run_range}: the collection runs and their creditor ranges. */
@Repository
public class CollectionRunStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    CollectionRunStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A run as stored; {@code counts} is what its chunks did, summed when it completed (JSON). */
    public record RunRow(UUID id, LocalDate asOf, String status, Instant startedAt, String startedBy,
                         Instant finishedAt, String counts, String error) {
    }

    private static final String COLUMNS = "id, as_of, status, started_at, started_by, finished_at, counts, error";

    public void insert(UUID id, LocalDate asOf, Instant at, String by, String instance) {
        jdbc.sql("insert into collection_run (id, as_of, status, started_at, started_by, instance) "
                        + "values (:id, :asOf, 'RUNNING', :at, :by, :instance)")
                .param("id", id).param("asOf", asOf).param("at", Timestamp.from(at)).param("by", by)
                .param("instance", instance).update();
    }

    public void insertRanges(UUID runId, List<CreditorRange> ranges) {
        List<Integer> numbers = java.util.stream.IntStream.rangeClosed(1, ranges.size()).boxed().toList();
        template.batchUpdate("insert into collection_run_range (run_id, number, creditor_from, creditor_to) "
                + "values (?, ?, ?, ?)", numbers, 1000, (PreparedStatement ps, Integer number) -> {
                    ps.setObject(1, runId);
                    ps.setInt(2, number);
                    ps.setObject(3, ranges.get(number - 1).from());
                    ps.setObject(4, ranges.get(number - 1).to());
                });
    }

    /** The creditors that have cases, in the database's uuid order (the order the ranges are cut in). */
    public List<UUID> creditorsWithCases() {
        return jdbc.sql("select distinct creditor_id from collection_case order by creditor_id")
                .query(UUID.class).list();
    }

    public CreditorRange range(UUID runId, int number) {
        return jdbc.sql("select creditor_from, creditor_to from collection_run_range where run_id = :run and number = :number")
                .param("run", runId).param("number", number)
                .query((rs, n) -> new CreditorRange(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .single();
    }

    public Optional<RunRow> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from collection_run where id = :id").param("id", id)
                .query(CollectionRunStore::map).optional();
    }

    public List<RunRow> running() {
        return jdbc.sql("select " + COLUMNS + " from collection_run where status = 'RUNNING' order by started_at")
                .query(CollectionRunStore::map).list();
    }

    /** Whether a run as of this day was started already (running or completed). */
    public boolean startedFor(LocalDate asOf) {
        return jdbc.sql("select count(*) from collection_run where as_of = :asOf and status in ('RUNNING', 'COMPLETED')")
                .param("asOf", asOf).query(Long.class).single() > 0;
    }

    /** Ends a running run; false when it had ended already (another instance was first). */
    public boolean finish(UUID id, String status, String counts, String error, Instant at) {
        return jdbc.sql("update collection_run set status = :status, counts = :counts, error = :error, "
                        + "finished_at = :at where id = :id and status = 'RUNNING'")
                .param("status", status).param("counts", counts)
                .param("error", error == null ? null : error.substring(0, Math.min(error.length(), 2000)))
                .param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }

    private static RunRow map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new RunRow(rs.getObject("id", UUID.class), rs.getObject("as_of", LocalDate.class), rs.getString("status"),
                rs.getTimestamp("started_at").toInstant(), rs.getString("started_by"),
                finished == null ? null : finished.toInstant(), rs.getString("counts"), rs.getString("error"));
    }
}
