package de.kulant.reporting.internal;

import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import de.kulant.reporting.PayoutRun;
import de.kulant.reporting.PayoutStatement;
import de.kulant.reporting.StatementAmounts;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Settlement runs and their statements; statements are inserted once and never updated. */
@Repository
public class PayoutStore {

    private static final String STATEMENT = "s.id, s.run_id, s.creditor_id, s.number, s.period, s.period_end, s.lines, "
            + "s.principal, s.interest, s.fees, s.costs, s.commission_base, s.commission_percent, s.commission, "
            + "s.vat_percent, s.vat, s.carried_in, s.payout, s.carried_out, s.payee_name, s.payee_iban, s.payee_bic, "
            + "s.end_to_end_id, s.issued_at, s.commission_waived_until";
    private static final String RUN = "id, number, period, period_end, statements, payouts, payout_total, message_id, "
            + "created_at, created_by";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    PayoutStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Runs one after the other: the second waits here until the first committed, then sees what it took. */
    public void lock() {
        jdbc.sql("select id from settlement_lock where id = 1 for update").query(Integer.class).single();
    }

    public Optional<PayoutRun> latestRun() {
        return jdbc.sql("select " + RUN + " from settlement_run order by number desc limit 1")
                .query(PayoutStore::run).optional();
    }

    /** What each creditor owed after its latest statement (negative), to be set off in its next one. */
    public Map<CreditorId, Money> carried(Collection<CreditorId> creditors) {
        Map<CreditorId, Money> carried = new HashMap<>();
        if (creditors.isEmpty()) {
            return carried;
        }
        jdbc.sql("""
                        select s.creditor_id, s.carried_out from settlement_statement s
                        join unnest(:ids) as wanted(id) on wanted.id = s.creditor_id
                        where s.carried_out <> 0 and s.number = (select max(t.number) from settlement_statement t
                            where t.creditor_id = s.creditor_id)""")
                .param("ids", creditors.stream().map(CreditorId::value).toArray(UUID[]::new))
                .query((rs, n) -> carried.put(new CreditorId(rs.getObject(1, UUID.class)),
                        Money.eur(rs.getBigDecimal(2))))
                .list();
        return carried;
    }

    public void insertRun(PayoutRun run, String payoutDocument) {
        jdbc.sql("insert into settlement_run (" + RUN + ", payout_document) values (:id, :number, :period, :periodEnd, "
                        + ":statements, :payouts, :total, :messageId, :createdAt, :createdBy, :document)")
                .param("id", run.id()).param("number", run.number()).param("period", run.period().toString())
                .param("periodEnd", run.periodEnd()).param("statements", run.statements())
                .param("payouts", run.payouts()).param("total", run.payoutTotal().amount())
                .param("messageId", run.messageId()).param("createdAt", Timestamp.from(run.createdAt()))
                .param("createdBy", run.createdBy()).param("document", payoutDocument)
                .update();
    }

    public void insertStatements(List<PayoutStatement> statements) {
        template.batchUpdate("insert into settlement_statement (" + STATEMENT.replace("s.", "") + ") values "
                        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                statements, 1000, (PreparedStatement ps, PayoutStatement s) -> {
                    StatementAmounts a = s.amounts();
                    ps.setObject(1, s.id());
                    ps.setObject(2, s.run());
                    ps.setObject(3, s.creditor().value());
                    ps.setString(4, s.number());
                    ps.setString(5, s.period().toString());
                    ps.setObject(6, s.periodEnd());
                    ps.setInt(7, s.lines());
                    ps.setBigDecimal(8, a.principal().amount());
                    ps.setBigDecimal(9, a.interest().amount());
                    ps.setBigDecimal(10, a.fees().amount());
                    ps.setBigDecimal(11, a.costs().amount());
                    ps.setBigDecimal(12, a.commissionBase().amount());
                    ps.setBigDecimal(13, a.commissionPercent());
                    ps.setBigDecimal(14, a.commission().amount());
                    ps.setBigDecimal(15, a.vatPercent());
                    ps.setBigDecimal(16, a.vat().amount());
                    ps.setBigDecimal(17, a.carriedIn().amount());
                    ps.setBigDecimal(18, a.payout().amount());
                    ps.setBigDecimal(19, a.carriedOut().amount());
                    ps.setString(20, s.payeeName());
                    ps.setString(21, s.payeeIban());
                    ps.setString(22, s.payeeBic());
                    ps.setString(23, s.endToEndId());
                    ps.setTimestamp(24, Timestamp.from(s.issuedAt()));
                    ps.setObject(25, s.commissionWaivedUntil(), java.sql.Types.DATE);
                });
    }

    /** A page of statements, newest first, after the statement numbered {@code after}; scope null is every shop's. */
    public List<PayoutStatement> statements(CreditorId scope, String after, int size) {
        var sql = jdbc.sql("select " + STATEMENT + " from settlement_statement s where "
                        + (scope == null ? "1 = 1" : "s.creditor_id = :scope")
                        + (after == null ? "" : " and s.number < :after") + " order by s.number desc limit :size")
                .param("size", size);
        if (scope != null) {
            sql = sql.param("scope", scope.value());
        }
        if (after != null) {
            sql = sql.param("after", after);
        }
        return sql.query(PayoutStore::statement).list();
    }

    public Optional<PayoutStatement> statement(CreditorId scope, UUID id) {
        return jdbc.sql("select " + STATEMENT + " from settlement_statement s where s.id = :id")
                .param("id", id).query(PayoutStore::statement).optional()
                .filter(s -> scope == null || s.creditor().equals(scope));
    }

    /** A shop's statements issued from {@code from} (inclusive) to {@code until} (exclusive), oldest first. */
    public List<PayoutStatement> issued(CreditorId creditor, Instant from, Instant until) {
        return jdbc.sql("select " + STATEMENT + " from settlement_statement s where s.creditor_id = :creditor"
                        + " and s.issued_at >= :from and s.issued_at < :until order by s.number")
                .param("creditor", creditor.value()).param("from", Timestamp.from(from))
                .param("until", Timestamp.from(until)).query(PayoutStore::statement).list();
    }

    public List<PayoutStatement> ofRun(UUID run) {
        return jdbc.sql("select " + STATEMENT + " from settlement_statement s where s.run_id = :run order by s.number")
                .param("run", run).query(PayoutStore::statement).list();
    }

    public List<PayoutRun> runs(int size) {
        return jdbc.sql("select " + RUN + " from settlement_run order by number desc limit :size")
                .param("size", size).query(PayoutStore::run).list();
    }

    public Optional<PayoutRun> run(UUID id) {
        return jdbc.sql("select " + RUN + " from settlement_run where id = :id").param("id", id)
                .query(PayoutStore::run).optional();
    }

    public Optional<String> payoutDocument(UUID run) {
        return jdbc.sql("select payout_document from settlement_run where id = :id and payout_document is not null")
                .param("id", run).query(String.class).optional();
    }

    private static PayoutRun run(ResultSet rs, int n) throws SQLException {
        return new PayoutRun(rs.getObject(1, UUID.class), rs.getInt(2), YearMonth.parse(rs.getString(3)),
                rs.getObject(4, LocalDate.class), rs.getInt(5), rs.getInt(6), Money.eur(rs.getBigDecimal(7)),
                rs.getString(8), rs.getTimestamp(9).toInstant(), rs.getString(10));
    }

    private static PayoutStatement statement(ResultSet rs, int n) throws SQLException {
        StatementAmounts amounts = new StatementAmounts(money(rs, 8), money(rs, 9), money(rs, 10), money(rs, 11),
                money(rs, 12), rs.getBigDecimal(13), money(rs, 14), rs.getBigDecimal(15), money(rs, 16),
                money(rs, 17), money(rs, 18), money(rs, 19));
        return new PayoutStatement(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                new CreditorId(rs.getObject(3, UUID.class)), rs.getString(4), YearMonth.parse(rs.getString(5)),
                rs.getObject(6, LocalDate.class), rs.getInt(7), amounts, rs.getString(20), rs.getString(21),
                rs.getString(22), rs.getString(23), Instant.ofEpochMilli(rs.getTimestamp(24).getTime()),
                rs.getObject(25, LocalDate.class));
    }

    private static Money money(ResultSet rs, int column) throws SQLException {
        return Money.eur(rs.getBigDecimal(column));
    }
}
