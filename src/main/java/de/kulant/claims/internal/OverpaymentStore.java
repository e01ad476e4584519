package de.kulant.claims.internal;

import de.kulant.claims.ClaimId;
import de.kulant.claims.DebtorId;
import de.kulant.platform.CreditorId;
import de.kulant.platform.Ids;
import de.kulant.platform.money.Money;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Money received beyond what a claim owed: a credit balance of the debtor, listed for refund. */
@Repository
public class OverpaymentStore {

    private final JdbcClient jdbc;

    OverpaymentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
