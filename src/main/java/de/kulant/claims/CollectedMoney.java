package de.kulant.claims;

import de.kulant.claims.internal.CollectedMoneyStore;
import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger's answer to "what money did the agency collect for whom": per claim and payment, split by bucket, what
 * the agency received (client money, §13g RDG) and no settlement run has taken yet. The settlement (reporting) runs
 * one after the other and passes its own id; the lines it took stay with it.
 */
@Service
public class CollectedMoney {

    /** What a run took of one payment on one claim; negative where the payment came back after an earlier run. */
    public record CollectedLine(ClaimId claim, PaymentId payment, String invoiceNumber, LocalDate paidOn,
                                Money principal, Money interest, Money fees, Money costs) {

        public Money total() {
            return principal.plus(interest).plus(fees).plus(costs);
        }
    }

    /** A run's lines of one creditor, added up per day the payments were first booked. */
    public record DayTotal(CreditorId creditor, LocalDate paidOn, int lines, Money principal, Money interest,
                           Money fees, Money costs) {
    }

    private final CollectedMoneyStore store;

    CollectedMoney(CollectedMoneyStore store) {
        this.store = store;
    }

    /** Takes for {@code run} everything received through {@code through} not taken before; in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<DayTotal> take(UUID run, LocalDate through) {
        store.collect(run, through);
        return store.totals(run);
    }

    /** The lines {@code run} took for {@code creditor}, by invoice number, one after the other. */
    @Transactional(readOnly = true)
    public void lines(UUID run, CreditorId creditor, Consumer<CollectedLine> each) {
        store.lines(run, creditor, each);
    }

    /** Client money received through {@code through} that no run has taken yet. */
    @Transactional(readOnly = true)
    public Money notYetTaken(LocalDate through) {
        return store.notYetTaken(through);
    }
}
