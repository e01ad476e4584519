package de.kulant.claims.internal;

import de.kulant.claims.ClaimId;
import de.kulant.claims.CollectedMoney.CollectedLine;
import de.kulant.claims.CollectedMoney.DayTotal;
import de.kulant.claims.PaymentId;
import de.kulant.platform.BulkInsert;
import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Client money in the ledger: the payments the agency received, and what each settlement run took of them. A run
 * takes per claim and payment what the ledger says was paid through its day, less what earlier runs took, in one
 * statement; so a return or a payment booked late lands in the next run by itself, and nothing twice.
 */
@Repository
public class CollectedMoneyStore {

    /** Per claim and payment, what the ledger says was paid through the day less what earlier runs took. */
    private static final String CHANGES = """
            select n.creditor_id, n.claim_id, n.payment_id, n.paid_on,
                n.principal - coalesce(s.principal, 0) as principal, n.interest - coalesce(s.interest, 0) as interest,
                n.fees - coalesce(s.fees, 0) as fees, n.costs - coalesce(s.costs, 0) as costs
            from (select p.creditor_id, p.claim_id, p.source_id as payment_id, min(p.booking_date) as paid_on,
                    -sum(case when p.bucket = 'PRINCIPAL' then p.amount else 0 end) as principal,
                    -sum(case when p.bucket = 'INTEREST' then p.amount else 0 end) as interest,
                    -sum(case when p.bucket = 'FEES' then p.amount else 0 end) as fees,
                    -sum(case when p.bucket = 'COSTS' then p.amount else 0 end) as costs
                  from ledger_posting p
                  where p.kind in ('PAYMENT', 'PAYMENT_RETURNED') and p.booking_date <= :through
                    and p.source_id in (select m.payment_id from client_money_payment m)
                  group by p.creditor_id, p.claim_id, p.source_id) n
            left join (select claim_id, payment_id, sum(principal) as principal, sum(interest) as interest,
                    sum(fees) as fees, sum(costs) as costs
                  from collected_line group by claim_id, payment_id) s
              on s.claim_id = n.claim_id and s.payment_id = n.payment_id
            where n.principal <> coalesce(s.principal, 0) or n.interest <> coalesce(s.interest, 0)
               or n.fees <> coalesce(s.fees, 0) or n.costs <> coalesce(s.costs, 0)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final BulkInsert bulk;

    CollectedMoneyStore(JdbcClient jdbc, JdbcTemplate template, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.template = template;
        this.bulk = bulk;
    }

    /** Notes the payments that came to the agency, so that the settlement finds their postings. */
    public void recordClientMoney(List<ClientPayment> payments, Instant now) {
        Timestamp at = Timestamp.from(now);
        template.batchUpdate("insert into client_money_payment (payment_id, creditor_id, created_at) values (?, ?, ?)",
                payments, Ledger.BATCH_SIZE, (PreparedStatement ps, ClientPayment p) -> {
                    ps.setObject(1, p.payment().value());
                    ps.setObject(2, p.creditor().value());
                    ps.setTimestamp(3, at);
                });
    }

    public record ClientPayment(PaymentId payment, CreditorId creditor) {
    }

    public int collect(UUID run, LocalDate through) {
        if (bulk.onPostgres()) {
            // a million groups: sorted in memory rather than hashed with spills; the one-off plan is not worth compiling
            jdbc.sql("set local work_mem = '128MB'").update();
            jdbc.sql("set local enable_hashagg = off").update();
            jdbc.sql("set local jit = off").update();
        }
        return jdbc.sql("insert into collected_line (run_id, creditor_id, claim_id, payment_id, paid_on, principal, "
                        + "interest, fees, costs) select :run, t.creditor_id, t.claim_id, t.payment_id, t.paid_on, "
                        + "t.principal, t.interest, t.fees, t.costs from (" + CHANGES + ") t")
                .param("run", run).param("through", through).update();
    }

    public List<DayTotal> totals(UUID run) {
        return jdbc.sql("""
                        select creditor_id, paid_on, count(*), sum(principal), sum(interest), sum(fees), sum(costs)
                        from collected_line where run_id = :run group by creditor_id, paid_on""")
                .param("run", run)
                .query((rs, n) -> new DayTotal(new CreditorId(rs.getObject(1, UUID.class)),
                        rs.getObject(2, LocalDate.class), rs.getInt(3), Money.eur(rs.getBigDecimal(4)),
                        Money.eur(rs.getBigDecimal(5)), Money.eur(rs.getBigDecimal(6)), Money.eur(rs.getBigDecimal(7))))
                .list();
    }

    public void lines(UUID run, CreditorId creditor, Consumer<CollectedLine> each) {
        template.query("""
                        select l.claim_id, l.payment_id, c.invoice_number, l.paid_on, l.principal, l.interest, l.fees,
                            l.costs
                        from collected_line l join claim c on c.id = l.claim_id
                        where l.run_id = ? and l.creditor_id = ?
                        order by c.invoice_number, l.paid_on, l.payment_id""",
                rs -> {
                    each.accept(line(rs));
                }, run, creditor.value());
    }

    private static CollectedLine line(ResultSet rs) throws SQLException {
        return new CollectedLine(new ClaimId(rs.getObject(1, UUID.class)), new PaymentId(rs.getObject(2, UUID.class)),
                rs.getString(3), rs.getObject(4, LocalDate.class), Money.eur(rs.getBigDecimal(5)),
                Money.eur(rs.getBigDecimal(6)), Money.eur(rs.getBigDecimal(7)), Money.eur(rs.getBigDecimal(8)));
    }

    /** What the agency received through the day that no run has taken yet (client money not yet stated). */
    public Money notYetTaken(LocalDate through) {
        return jdbc.sql("select coalesce(sum(principal + interest + fees + costs), 0) from (" + CHANGES + ") t")
                .param("through", through).query(java.math.BigDecimal.class)
                .optional().map(Money::eur).orElse(Money.zeroEur());
    }
}
