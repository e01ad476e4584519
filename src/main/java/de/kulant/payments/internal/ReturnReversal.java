package de.kulant.payments.internal;

import de.kulant.claims.RefundToRecover;
import de.kulant.payments.PaymentStatus;
import de.kulant.payments.Reason;
import de.kulant.platform.Actor;
import de.kulant.platform.ConflictException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Import step "reverse returns": a return takes back the booked credit it returns, found by end-to-end id, else
 * mandate, else payer IBAN and amount (the latest booked on or before the return); one that cannot be found waits
 * for a person. The claims module reverses what the credit paid, as its ledger recorded it.
 */
@Component
class ReturnReversal {

    /** The chunk's returns decided, and warnings for the statement (refunds paid from money that came back). */
    record Reversed(List<PaymentStore.PaymentRow> payments, List<Reason> warnings) {
    }

    private final PaymentStore store;
    private final Returns returns;

    ReturnReversal(PaymentStore store, Returns returns) {
        this.store = store;
        this.returns = returns;
    }

    Reversed reverse(String iban, List<PaymentStore.PaymentRow> pendingReturns, Actor actor) {
        if (pendingReturns.isEmpty()) {
            return new Reversed(List.of(), List.of());
        }
        List<PaymentStore.Original> candidates = store.returnable(iban,
                present(pendingReturns, PaymentStore.PaymentRow::endToEndId),
                present(pendingReturns, PaymentStore.PaymentRow::mandateId),
                present(pendingReturns, PaymentStore.PaymentRow::payerIban));
        Map<UUID, PaymentStore.Original> taken = new LinkedHashMap<>();
        List<PaymentStore.PaymentRow> result = new ArrayList<>();
        List<PaymentStore.PaymentRow> found = new ArrayList<>();
        for (PaymentStore.PaymentRow row : pendingReturns) {
            PaymentStore.Original original = originalOf(row, candidates, taken.keySet());
            if (original == null || original.creditor() == null) {
                result.add(row.with(PaymentStatus.UNMATCHED, null, null, Reason.of("returnUnknown").encode()));
                continue;
            }
            taken.put(original.id(), original);
            found.add(row);
        }
        List<Returns.TakeBack> takeBacks = new ArrayList<>();
        Iterator<PaymentStore.Original> originals = taken.values().iterator();
        for (PaymentStore.PaymentRow row : found) {
            PaymentStore.Original original = originals.next();
            takeBacks.add(new Returns.TakeBack(original.id(), original.creditor(), row.bookingDate(),
                    row.returnReason()));
            result.add(row.returning(original.id(), original.creditor()));
        }
        Returns.TakenBack booked = returns.takeBack(takeBacks, actor);
        if (!booked.done()) {
            throw ConflictException.coded("returnedPaymentChanged", "A payment this statement returns was changed meanwhile; import the"
                    + " statement again.");
        }
        List<Reason> warnings = new ArrayList<>();
        for (RefundToRecover refund : booked.toRecover()) {
            warnings.add(Reason.of("refundReturned", refund.invoiceNumber(), refund.debtorName(),
                    refund.amount().toPlainString()));
        }
        return new Reversed(result, warnings);
    }

    /** The booked credit a return takes back, in order of certainty; never one another return took already. */
    private static PaymentStore.Original originalOf(PaymentStore.PaymentRow row, List<PaymentStore.Original> candidates,
                                                    Set<UUID> taken) {
        List<PaymentStore.Original> open = candidates.stream()
                .filter(o -> !taken.contains(o.id()) && !o.bookingDate().isAfter(row.bookingDate())).toList();
        String endToEnd = BankIds.firstOf(row.endToEndId());
        String mandate = BankIds.firstOf(row.mandateId());
        return open.stream().filter(o -> endToEnd != null && endToEnd.equals(o.endToEndId())).findFirst()
                .or(() -> open.stream().filter(o -> mandate != null && mandate.equals(o.mandateId())).findFirst())
                .or(() -> open.stream().filter(o -> row.payerIban() != null && row.payerIban().equals(o.payerIban())
                        && o.amount().compareTo(row.amount()) == 0).findFirst())
                .orElse(null);
    }

    private static List<String> present(List<PaymentStore.PaymentRow> rows,
                                        Function<PaymentStore.PaymentRow, String> value) {
        return rows.stream().map(value).map(BankIds::firstOf).filter(v -> v != null).distinct().toList();
    }
}
