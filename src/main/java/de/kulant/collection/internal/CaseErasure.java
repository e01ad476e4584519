package de.kulant.collection.internal;

import de.kulant.claims.DebtorAnonymised;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a debtor is anonymised, their cases lose what people wrote and sent: the files from the portal, the texts of
 * the timeline and of disputes, and the bank details of direct-debit mandates. Amounts, dates, kinds of steps and
 * the cost lines stay, as the books need them.
 */
@Component
class CaseErasure {

    private static final String CASES = "select id from collection_case where debtor_id = :debtor";

    private final JdbcClient jdbc;

    CaseErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(DebtorAnonymised event) {
        java.util.UUID debtor = event.debtorId().value();
        jdbc.sql("delete from case_file where case_id in (" + CASES + ")").param("debtor", debtor).update();
        jdbc.sql("update case_activity set text = null where case_id in (" + CASES + ")").param("debtor", debtor)
                .update();
        jdbc.sql("update case_dispute set text = 'anonymisiert', resolution_text = null where case_id in (" + CASES
                + ")").param("debtor", debtor).update();
        jdbc.sql("update case_plan set debit_iban = null, debit_holder = null where case_id in (" + CASES + ")")
                .param("debtor", debtor).update();
        jdbc.sql("update collection_case set close_text = null where debtor_id = :debtor").param("debtor", debtor)
                .update();
    }
}
