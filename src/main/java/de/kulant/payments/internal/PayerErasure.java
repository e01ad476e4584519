package de.kulant.payments.internal;

import de.kulant.claims.DebtorAnonymised;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a debtor is anonymised, the payer's name, IBAN and remittance text of the payments booked on their claims go
 * too; amounts, dates and allocations stay in the books.
 */
@Component
class PayerErasure {

    private final JdbcClient jdbc;

    PayerErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(DebtorAnonymised event) {
        jdbc.sql("""
                        update payment set payer_name = 'anonymisiert', payer_iban = null, remittance = null,
                            end_to_end_id = null, mandate_id = null
                        where id in (select payment_id from payment_allocation where debtor_id = :debtor)""")
                .param("debtor", event.debtorId().value()).update();
    }
}
