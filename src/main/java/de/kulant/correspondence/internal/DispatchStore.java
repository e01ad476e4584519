package de.kulant.correspondence.internal;

import de.kulant.correspondence.DispatchView.Channel;
import de.kulant.correspondence.DispatchView.Status;
import de.kulant.correspondence.DispatchView;
import de.kulant.platform.CreditorId;
import de.kulant.platform.Ids;
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
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code dispatch} and {@code delivery_event}. Every status change is a conditional update, so two workers never
 * send the same dispatch, and (combined letter, channel) is unique, so nothing is sent twice.
 */
@Repository
public class DispatchStore {

    private static final String COLUMNS = "id, creditor_id, debtor_id, combined_id, run_id, channel, status, attempts, "
            + "next_attempt_at, recipient, issued_on, document_id, error, claim_token";

    private static final String INSERT = """
            insert into dispatch (id, creditor_id, debtor_id, combined_id, run_id, channel, status, attempts,
                next_attempt_at, recipient, issued_on, note, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?, ?, ?, ?)
            on conflict do nothing""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    DispatchStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A dispatch as the worker needs it; {@code claimToken} names the claim of the worker that holds it. */
    public record Row(UUID id, CreditorId creditorId, UUID debtorId, UUID combinedId, UUID runId, Channel channel,
                      Status status,
                      int attempts, String recipient, LocalDate issuedOn, UUID documentId, UUID claimToken) {
    }

    /** A letter or e-mail to queue. */
    public record NewDispatch(CreditorId creditorId, UUID debtorId, UUID combinedId, UUID runId, Channel channel,
                              String recipient, LocalDate issuedOn, String note, Instant sendAt) {

        /** {@code sendAt} null: as soon as the dispatcher comes by. */
        public NewDispatch(CreditorId creditorId, UUID debtorId, UUID combinedId, UUID runId, Channel channel,
                           String recipient, LocalDate issuedOn, String note) {
            this(creditorId, debtorId, combinedId, runId, channel, recipient, issuedOn, note, null);
        }
    }

    /** Queues the dispatches in one batch; one that exists for its letter and channel is left as it is. */
    public void createAll(List<NewDispatch> dispatches, Instant now) {
        Timestamp timestamp = Timestamp.from(now);
        template.batchUpdate(INSERT, dispatches, 500, (PreparedStatement ps, NewDispatch d) -> {
            ps.setObject(1, Ids.next());
            ps.setObject(2, d.creditorId().value());
            ps.setObject(3, d.debtorId());
            ps.setObject(4, d.combinedId());
            ps.setObject(5, d.runId());
            ps.setString(6, d.channel().name());
            ps.setTimestamp(7, d.sendAt() == null || d.sendAt().isBefore(now) ? timestamp : Timestamp.from(d.sendAt()));
            ps.setString(8, d.recipient());
            ps.setObject(9, d.issuedOn());
            ps.setString(10, d.note());
            ps.setTimestamp(11, timestamp);
            ps.setTimestamp(12, timestamp);
        });
    }

    /** Queues one dispatch unless one exists for the letter and channel; true when queued. */
    public boolean create(NewDispatch d, Instant now) {
        Timestamp timestamp = Timestamp.from(now);
        return template.update(INSERT, Ids.next(), d.creditorId().value(), d.debtorId(), d.combinedId(), d.runId(),
                d.channel().name(), timestamp, d.recipient(), d.issuedOn(), d.note(), timestamp, timestamp) == 1;
    }

    /** Dispatches whose attempt is due; each is claimed (SENDING) by exactly one caller, the instance named. */
    public List<Row> claimDue(Instant now, Instant lockedUntil, int limit, String instance) {
        List<UUID> candidates = jdbc.sql("select id from dispatch where status = 'PENDING' and next_attempt_at <= :now "
                        + "order by next_attempt_at, id limit :limit")
                .param("now", Timestamp.from(now)).param("limit", limit)
                .query(UUID.class).list();
        if (candidates.isEmpty()) {
            return List.of();
        }
        // those another dispatcher took meanwhile are no longer PENDING; the token finds the ones this one took
        UUID token = Ids.next();
        jdbc.sql("""
                        update dispatch set status = 'SENDING', locked_until = :until, updated_at = :now, claim_token = :token,
                            claimed_by = :instance, sending_started_at = null
                        where id = any(:ids) and status = 'PENDING'""")
                .param("until", Timestamp.from(lockedUntil)).param("now", Timestamp.from(now)).param("token", token)
                .param("instance", instance).param("ids", candidates.toArray(UUID[]::new))
                .update();
        return jdbc.sql("select " + COLUMNS + " from dispatch where claim_token = :token order by next_attempt_at, id")
                .param("token", token).query((rs, n) -> row(rs)).list();
    }

    /**
     * Marks that the worker begins to send the dispatch (an e-mail may leave from now on); false when the claim is no
     * longer the worker's (its instance was taken for gone and another took the dispatch over), so it must not send.
     */
    public boolean begin(Row row, Instant now) {
        return jdbc.sql("""
                        update dispatch set sending_started_at = :now
                        where id = :id and claim_token = :token and status = 'SENDING'""")
                .param("now", Timestamp.from(now)).param("id", row.id()).param("token", row.claimToken())
                .update() == 1;
    }

    /**
     * SENDING dispatches of instances that are gone: what had not begun, and letters (which only go into the print
     * file, and whose PDF is found again by its letter), are queued again; an e-mail that had begun may have left and
     * waits as UNCERTAIN for a person. Returns how many were queued again.
     */
    public int releaseOfGone(List<String> goneInstances, Instant now) {
        if (goneInstances.isEmpty()) {
            return 0;
        }
        List<Row> orphaned = jdbc.sql("select " + COLUMNS + " from dispatch where status = 'SENDING' "
                        + "and claimed_by in (:gone) and (channel = 'LETTER' or sending_started_at is null)")
                .param("gone", goneInstances).query((rs, n) -> row(rs)).list();
        int released = 0;
        for (Row row : orphaned) {
            if (jdbc.sql("""
                            update dispatch set status = 'PENDING', claim_token = null, claimed_by = null, locked_until = null,
                                sending_started_at = null, updated_at = :now
                            where id = :id and claim_token = :token and status = 'SENDING'""")
                    .param("now", Timestamp.from(now)).param("id", row.id()).param("token", row.claimToken())
                    .update() == 1) {
                log(row.id(), row.creditorId(), now, "RELEASED", "the instance sending it stopped before it left; "
                        + "queued again");
                released++;
            }
        }
        return released;
    }

    /** The instances other than {@code current} that hold SENDING dispatches. */
    public List<String> holdersOtherThan(String current) {
        return jdbc.sql("select distinct claimed_by from dispatch where status = 'SENDING' and claimed_by <> :current")
                .param("current", current).query(String.class).list();
    }

    /**
     * SENDING dispatches whose worker stopped (past their time, or an e-mail begun by an instance that is gone): whether
     * they left is unknown, so they wait for a person.
     */
    public int markInterrupted(Instant now, List<String> goneInstances) {
        List<Row> stuck = jdbc.sql("select " + COLUMNS + " from dispatch where status = 'SENDING' and (locked_until < :now "
                        + "or sending_started_at is not null and claimed_by in (:gone))")
                .param("now", Timestamp.from(now)).param("gone", goneInstances.isEmpty() ? List.of("-") : goneInstances)
                .query((rs, n) -> row(rs)).list();
        for (Row row : stuck) {
            if (finish(row.id(), Status.SENDING, Status.UNCERTAIN, null, "interrupted while sending", now)) {
                log(row.id(), row.creditorId(), now, "UNCERTAIN", "interrupted while sending; check and retry or mark");
            }
        }
        return stuck.size();
    }

    public boolean finish(UUID id, Status from, Status to, UUID document, String error, Instant now) {
        return jdbc.sql("""
                        update dispatch set status = :to, document_id = coalesce(:document, document_id), error = :error,
                            locked_until = null, updated_at = :now
                        where id = :id and status = :from""")
                .param("to", to.name()).param("document", document).param("error", error)
                .param("now", Timestamp.from(now)).param("id", id).param("from", from.name())
                .update() == 1;
    }

    /** Done: the e-mail left, or the letter went into the print file of {@code day}; only under the worker's claim. */
    public boolean sent(Row row, UUID document, LocalDate day, Instant now) {
        return jdbc.sql("""
                        update dispatch set status = 'SENT', document_id = :document, sent_on = :day, error = null,
                            locked_until = null, updated_at = :now
                        where id = :id and status = 'SENDING' and claim_token = :token""")
                .param("document", document).param("day", day).param("now", Timestamp.from(now)).param("id", row.id())
                .param("token", row.claimToken())
                .update() == 1;
    }

    /** The Message-ID a sent e-mail carries, to find it again when its bounce arrives. */
    public void messageId(UUID id, String messageId) {
        jdbc.sql("update dispatch set message_id = :messageId where id = :id")
                .param("messageId", messageId).param("id", id).update();
    }

    /** The e-mail dispatch sent with this Message-ID. */
    public Optional<Row> byMessageId(String messageId) {
        return jdbc.sql("select " + COLUMNS + " from dispatch where message_id = :messageId and channel = 'EMAIL'")
                .param("messageId", messageId).query((rs, n) -> row(rs)).optional();
    }

    /** After a failed attempt: wait and try again, or give up after the last wait; only under the worker's claim. */
    public void retryLater(Row row, int attempts, Instant next, String error, Instant now) {
        jdbc.sql("""
                        update dispatch set status = :status, attempts = :attempts, next_attempt_at = :next, error = :error,
                            locked_until = null, updated_at = :now
                        where id = :id and status = 'SENDING' and claim_token = :token""")
                .param("status", next == null ? Status.FAILED.name() : Status.PENDING.name()).param("attempts", attempts)
                .param("next", Timestamp.from(next == null ? now : next)).param("error", error)
                .param("now", Timestamp.from(now)).param("id", row.id()).param("token", row.claimToken())
                .update();
    }

    /** The worker ends its claim with {@code to} (cancelled, failed, bounced); false when the claim is no longer its. */
    public boolean finish(Row row, Status to, String error, Instant now) {
        return jdbc.sql("""
                        update dispatch set status = :to, error = :error, locked_until = null, updated_at = :now
                        where id = :id and status = 'SENDING' and claim_token = :token""")
                .param("to", to.name()).param("error", error).param("now", Timestamp.from(now)).param("id", row.id())
                .param("token", row.claimToken())
                .update() == 1;
    }

    /** Sends a failed, bounced or uncertain dispatch again at once. */
    public boolean retryNow(CreditorId creditor, UUID id, Instant now) {
        return jdbc.sql("""
                        update dispatch set status = 'PENDING', next_attempt_at = :now, error = null, updated_at = :now
                        where id = :id and status in ('FAILED', 'UNCERTAIN')"""
                        + (creditor == null ? "" : " and creditor_id = :creditor"))
                .params(params(creditor, Map.of("now", Timestamp.from(now), "id", id)))
                .update() == 1;
    }

    public boolean bounce(CreditorId creditor, UUID id, String detail, Instant now) {
        return jdbc.sql("""
                        update dispatch set status = 'BOUNCED', error = :detail, updated_at = :now
                        where id = :id and channel = 'EMAIL' and status in ('SENT', 'SENDING', 'PENDING', 'UNCERTAIN')"""
                        + (creditor == null ? "" : " and creditor_id = :creditor"))
                .params(params(creditor, Map.of("now", Timestamp.from(now), "id", id, "detail", detail)))
                .update() == 1;
    }

    public void log(UUID dispatch, CreditorId creditor, Instant at, String event, String detail) {
        jdbc.sql("""
                        insert into delivery_event (id, dispatch_id, creditor_id, occurred_at, event, detail)
                        values (:id, :dispatch, :creditor, :at, :event, :detail)""")
                .param("id", Ids.next()).param("dispatch", dispatch).param("creditor", creditor.value())
                .param("at", Timestamp.from(at)).param("event", event)
                .param("detail", detail == null ? null : detail.substring(0, Math.min(detail.length(), 2000)))
                .update();
    }

    public Optional<Row> row(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from dispatch where id = :id").param("id", id)
                .query((rs, n) -> row(rs)).optional();
    }

    public Optional<DispatchView> find(CreditorId creditor, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from dispatch where id = :id"
                        + (creditor == null ? "" : " and creditor_id = :creditor"))
                .params(params(creditor, Map.of("id", id)))
                .query((rs, n) -> view(rs)).optional()
                .map(view -> new DispatchView(view.id(), view.creditorId(), view.combinedId(), view.channel(),
                        view.status(), view.attempts(), view.nextAttemptAt(), view.recipient(), view.issuedOn(),
                        view.documentId(), view.error(), log(view.id())));
    }

    /** A page of the dispatch list, and where the next one starts (null after the last). */
    /** The dispatch list's columns: issued (the moment the dispatch was created, newest first) and attempts. */
    public static final SortColumns LIST_ORDER = new SortColumns("id",
            new SortColumns.Column("issuedOn", "created_at", SortColumns.KeyType.TIMESTAMP, true),
            new SortColumns.Column("attempts", "attempts", SortColumns.KeyType.INTEGER, true));

    /** Up to {@code size} dispatches in the order, after the position {@code cursor} gave out. */
    public SortColumns.Keyed<DispatchView> page(CreditorId creditor, Status status, ListOrder order, String cursor,
                                                int size) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder();
        if (creditor != null) {
            where.append(" where creditor_id = :creditor");
            params.put("creditor", creditor.value());
        }
        if (status != null) {
            where.append(where.isEmpty() ? " where" : " and").append(" status = :status");
            params.put("status", status.name());
        }
        return LIST_ORDER.page(jdbc, "select " + COLUMNS, " from dispatch" + where, params, order, cursor,
                size, (rs, n) -> view(rs));
    }

    /** Dispatches of a dunning run that need a person: FAILED or UNCERTAIN. */
    public List<DispatchView> problemsOfRun(UUID run, int limit) {
        return jdbc.sql("select " + COLUMNS + " from dispatch where run_id = :run and status in ('FAILED', 'UNCERTAIN') "
                        + "order by created_at, id limit :limit")
                .param("run", run).param("limit", limit)
                .query((rs, n) -> view(rs)).list();
    }

    /** Letters and e-mails sent on a day, by channel; read on the index by day, channel and status. */
    public Map<String, Integer> sentOn(CreditorId creditor, java.time.LocalDate day) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.sql("select channel, count(*) from dispatch where sent_on = :day and status = 'SENT'"
                        + (creditor == null ? "" : " and creditor_id = :creditor") + " group by channel")
                .params(params(creditor, Map.of("day", day)))
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        return counts;
    }

    /** Dispatches that failed, bounced or may not have gone out: they wait for a person. */
    public int failed(CreditorId creditor) {
        return jdbc.sql("select count(*) from dispatch where status in ('FAILED', 'BOUNCED', 'UNCERTAIN')"
                        + (creditor == null ? "" : " and creditor_id = :creditor"))
                .params(params(creditor, Map.of())).query(Integer.class).single();
    }

    public Map<Status, Integer> counts(CreditorId creditor) {
        Map<Status, Integer> counts = new HashMap<>();
        jdbc.sql("select status, count(*) from dispatch" + (creditor == null ? "" : " where creditor_id = :creditor")
                        + " group by status")
                .params(params(creditor, Map.of()))
                .query(rs -> {
                    counts.put(Status.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return counts;
    }

    private List<DispatchView.Event> log(UUID dispatch) {
        return jdbc.sql("""
                        select created_at as occurred_at, 'CREATED' as event, note as detail, 0 as sequence
                        from dispatch where id = :id
                        union all
                        select occurred_at, event, detail, 1 from delivery_event where dispatch_id = :id
                        order by occurred_at, sequence""")
                .param("id", dispatch)
                .query((rs, n) -> new DispatchView.Event(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3)))
                .list();
    }

    private static Map<String, Object> params(CreditorId creditor, Map<String, Object> base) {
        Map<String, Object> params = new HashMap<>(base);
        if (creditor != null) {
            params.put("creditor", creditor.value());
        }
        return params;
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), new CreditorId(rs.getObject("creditor_id", UUID.class)),
                rs.getObject("debtor_id", UUID.class), rs.getObject("combined_id", UUID.class),
                rs.getObject("run_id", UUID.class), Channel.valueOf(rs.getString("channel")), Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
                rs.getString("recipient"), rs.getObject("issued_on", LocalDate.class),
                rs.getObject("document_id", UUID.class), rs.getObject("claim_token", UUID.class));
    }

    private static DispatchView view(ResultSet rs) throws SQLException {
        Row row = row(rs);
        return new DispatchView(row.id(), row.creditorId(), row.combinedId(), row.channel(), row.status(), row.attempts(),
                rs.getTimestamp("next_attempt_at").toInstant(), row.recipient(), row.issuedOn(), row.documentId(),
                rs.getString("error"), List.of());
    }
}
