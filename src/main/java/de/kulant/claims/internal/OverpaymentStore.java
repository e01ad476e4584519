package de.kulant.claims.internal;

import de.kulant.claims.ClaimId;
import de.kulant.claims.DebtorId;
import de.kulant.platform.CreditorId;
import de.kulant.platform.Ids;
import de.kulant.platform.money.Money;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Money received beyond what a claim owed: a credit balance of the debtor, listed for refund. */
@Repository
public class OverpaymentStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    OverpaymentStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public record NewOverpayment(CreditorId creditor, DebtorId debtor, ClaimId claim, Money amount, LocalDate bookingDate,
                                 String reference, UUID paymentId) {
    }

    public void insertAll(List<NewOverpayment> overpayments, Instant now) {
        Timestamp timestamp = Timestamp.from(now);
        template.batchUpdate("""
                insert into overpayment (id, creditor_id, debtor_id, claim_id, amount, booking_date, reference, status,
                    created_at, payment_id)
                values (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)""",
                overpayments, Ledger.BATCH_SIZE, (PreparedStatement ps, NewOverpayment o) -> {
                    ps.setObject(1, Ids.next());
                    ps.setObject(2, o.creditor().value());
                    ps.setObject(3, o.debtor().value());
                    ps.setObject(4, o.claim().value());
                    ps.setBigDecimal(5, o.amount().amount());
                    ps.setObject(6, o.bookingDate());
                    ps.setString(7, o.reference());
                    ps.setTimestamp(8, timestamp);
                    ps.setObject(9, o.paymentId());
                });
    }

    /**
     * The credit balance a returned bank payment had left is gone with it; one that was refunded already was paid
     * out of money that came back and is now to be recovered. Returns the ids of those to recover.
     */
    public List<UUID> returned(Collection<UUID> paymentIds, LocalDate returnedOn) {
        if (paymentIds.isEmpty()) {
            return List.of();
        }
        UUID[] ids = paymentIds.toArray(UUID[]::new);
        jdbc.sql("update overpayment set status = 'RETURNED', returned_on = :on where payment_id = any(:ids) "
                        + "and status = 'OPEN'")
                .param("ids", ids).param("on", returnedOn).update();
        List<UUID> recover = jdbc.sql("select id from overpayment where payment_id = any(:ids) and status = 'REFUNDED' "
                        + "for update")
                .param("ids", ids).query(UUID.class).list();
        if (!recover.isEmpty()) {
            jdbc.sql("update overpayment set status = 'RECOVER', returned_on = :on where id = any(:ids)")
                    .param("ids", recover.toArray(UUID[]::new)).param("on", returnedOn).update();
        }
        return recover;
    }

    /** A refund to recover settled by a person (recovered, or written off), with a note; false if not waiting. */
    public boolean resolve(CreditorId scope, UUID id, String note, String actor, Instant now) {
        return jdbc.sql("update overpayment set status = 'RECOVERED', resolved_at = :now, resolved_by = :actor, "
                        + "resolved_note = :note where id = :id and status = 'RECOVER'"
                        + (scope == null ? "" : " and creditor_id = :creditor"))
                .params(scope == null
                        ? java.util.Map.of("now", Timestamp.from(now), "actor", actor, "note", note, "id", id)
                        : java.util.Map.of("now", Timestamp.from(now), "actor", actor, "note", note, "id", id,
                                "creditor", scope.value()))
                .update() == 1;
    }

    /** Whether any of these bank payments left a credit balance that has been paid back. */
    public boolean refundedFrom(Collection<UUID> paymentIds) {
        return !paymentIds.isEmpty() && jdbc.sql("select count(*) from overpayment where payment_id = any(:ids)"
                        + " and status = 'REFUNDED'")
                .param("ids", paymentIds.toArray(UUID[]::new)).query(Long.class).single() > 0;
    }

    /** Open credit balances paid back; the ids of those that were still open (and are now refunded). */
    public List<UUID> refund(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        UUID[] array = ids.toArray(UUID[]::new);
        List<UUID> open = jdbc.sql("select id from overpayment where id = any(:ids) and status = 'OPEN' for update")
                .param("ids", array).query(UUID.class).list();
        if (!open.isEmpty()) {
            jdbc.sql("update overpayment set status = 'REFUNDED' where id = any(:ids)")
                    .param("ids", open.toArray(UUID[]::new)).update();
        }
        return open;
    }

    public void insert(CreditorId creditor, DebtorId debtor, ClaimId claim, Money amount, LocalDate bookingDate,
                       String reference, Instant now) {
        jdbc.sql("""
                        insert into overpayment (id, creditor_id, debtor_id, claim_id, amount, booking_date, reference,
                            status, created_at)
                        values (:id, :creditor, :debtor, :claim, :amount, :date, :reference, 'OPEN', :now)""")
                .param("id", Ids.next()).param("creditor", creditor.value()).param("debtor", debtor.value())
                .param("claim", claim.value()).param("amount", amount.amount()).param("date", bookingDate)
                .param("reference", reference).param("now", Timestamp.from(now))
                .update();
    }
}
