package de.kulant.claims;

import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A creditor's ledger for its bookkeeping: per claim and day what changed what the debtor owes it, one line per
 * interest or fee charged, waiver, credit note or write-off, and one per payment (or its return) with whether the
 * agency received it. The claim itself (the shop booked its invoice) and the collection costs (the agency's) are left
 * out.
 */
@Service
public class LedgerLines {

    /**
     * {@code kind} is the posting kind, {@code bucket} the bucket it changed (for payments {@code PAID}, their share of
     * principal, interest and fees together); {@code amount} is signed, positive where the debtor owes more.
     */
    public record Line(ClaimId claim, String invoiceNumber, String kind, String bucket, Money amount,
                       LocalDate bookingDate, UUID source, boolean clientMoney) {
    }

    private final JdbcTemplate jdbc;

    LedgerLines(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The lines booked from {@code from} to {@code to}, by day and invoice number, one after the other. */
    @Transactional(readOnly = true)
    public void forEach(CreditorId creditor, LocalDate from, LocalDate to, Consumer<Line> each) {
        jdbc.query("""
                        select q.claim_id, q.invoice_number, q.kind, q.bucket, sum(q.amount), q.booking_date, q.source_id,
                            max(q.client)
                        from (select p.claim_id, c.invoice_number, p.kind, p.amount, p.booking_date, p.source_id,
                                case when p.kind in ('PAYMENT', 'PAYMENT_RETURNED') then 'PAID' else p.bucket end
                                    as bucket,
                                case when exists (select 1 from client_money_payment m
                                    where m.payment_id = p.source_id) then 1 else 0 end as client
                              from claim c
                              join ledger_posting p on p.claim_id = c.id
                              where c.creditor_id = ? and p.booking_date between ? and ? and p.kind <> 'CLAIM'
                                and p.bucket <> 'COSTS') q
                        group by q.claim_id, q.invoice_number, q.kind, q.bucket, q.booking_date, q.source_id
                        having sum(q.amount) <> 0
                        order by q.booking_date, q.invoice_number, q.kind, q.bucket""",
                rs -> {
                    UUID source = rs.getObject(7, UUID.class);
                    each.accept(new Line(new ClaimId(rs.getObject(1, UUID.class)), rs.getString(2), rs.getString(3),
                            rs.getString(4), Money.eur(rs.getBigDecimal(5)), rs.getObject(6, LocalDate.class), source,
                            rs.getInt(8) == 1));
                }, creditor.value(), from, to);
    }
}
