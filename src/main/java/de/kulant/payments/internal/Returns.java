package de.kulant.payments.internal;

import de.kulant.claims.ClaimAccounting;
import de.kulant.claims.ClaimShare;
import de.kulant.claims.ReturnedPayment;
import de.kulant.law.Allocation;
import de.kulant.payments.PaymentView;
import de.kulant.platform.Actor;
import de.kulant.platform.CreditorId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Takes back booked credits the bank returned: marks them, reverses what they paid and reopens the claims. */
@Component
public class Returns {

    private final PaymentStore store;
    private final ClaimAccounting accounting;

    Returns(PaymentStore store, ClaimAccounting accounting) {
        this.store = store;
        this.accounting = accounting;
    }

    /** One booked credit to take back, with the return's booking date and the bank's reason code. */
    public record TakeBack(UUID original, CreditorId creditor, LocalDate date, String returnReason) {
    }

    /** Takes back these credits; false (and nothing changed) when one of them is no longer booked. */
    public boolean takeBack(List<TakeBack> returns, Actor actor) {
        if (returns.isEmpty()) {
            return true;
        }
        List<UUID> ids = returns.stream().map(TakeBack::original).toList();
        Map<UUID, List<PaymentView.Share>> shares = store.allocations(ids);
        List<ReturnedPayment> reversals = new ArrayList<>();
        for (TakeBack r : returns) {
            List<ClaimShare> reversed = shares.getOrDefault(r.original(), List.of()).stream()
                    .filter(s -> !s.reversed())
                    .map(s -> new ClaimShare(s.claimId(), new Allocation(s.costs(), s.fees(), s.interest(),
                            s.principal()), null)).toList();
            reversals.add(new ReturnedPayment(r.original(), r.creditor(), reversed, r.date(),
                    "returned by the bank" + (r.returnReason() == null ? "" : " (" + r.returnReason() + ")")));
        }
        if (store.markReturned(ids) != ids.size()) {
            return false;
        }
        accounting.returnPayments(reversals, actor);
        return true;
    }
}
