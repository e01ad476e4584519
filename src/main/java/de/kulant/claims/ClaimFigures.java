package de.kulant.claims;

import de.kulant.claims.internal.FigureStore;
import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claim counts and sums kept up to date by every write of a claim (decision 016), for dashboards and list totals:
 * reading them costs the same for ten claims as for ten million. A {@code creditor} of null means all creditors.
 */
@Service
public class ClaimFigures {

    private final FigureStore store;
    private final TransactionTemplate transactions;
    private final TransactionTemplate readOnly;

    ClaimFigures(FigureStore store, PlatformTransactionManager transactionManager) {
        this.store = store;
        this.transactions = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    /** Claims per status, dunning level and due date. */
    public List<StandingFigure> standing(CreditorId creditor) {
        return readOnly.execute(status -> store.standing(creditor));
    }

    /** Money received on claims per booking day, from a day on (returned payments taken off on their day). */
    public Map<LocalDate, Money> received(CreditorId creditor, LocalDate from) {
        return readOnly.execute(status -> store.received(creditor, from));
    }

    /** Adds the changes written since the last fold into the figures; they stay exact either way, this keeps reads short. */
    @Scheduled(fixedDelayString = "${kulant.claims.figures-fold-interval:PT10S}", initialDelayString = "PT10S")
    public void fold() {
        Integer folded;
        do {
            folded = transactions.execute(status -> {
                int n = store.fold();
                if (n < 0) {
                    status.setRollbackOnly();
                }
                return n;
            });
        } while (folded != null && folded >= 50_000);
    }

    /** Computes a creditor's figures (all, with null) anew from its claims and ledger: after loading data by hand. */
    public void rebuild(CreditorId creditor) {
        transactions.executeWithoutResult(status -> store.rebuild(creditor));
    }
}
