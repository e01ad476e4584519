package de.kulant.payments.internal;

import de.kulant.claims.ClaimAccounting;
import de.kulant.claims.ClaimShare;
import de.kulant.claims.RefundToRecover;
import de.kulant.claims.ReturnedPayment;
import de.kulant.law.Allocation;
import de.kulant.payments.PaymentView;
import de.kulant.platform.Actor;
import de.kulant.platform.CreditorId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Takes back booked credits: those the bank returned (marked returned), and those whose booking a person undoes
 * (waiting again); either way what they paid is reversed and the claims reopen.
 */
@Component
public class Returns {

    private final PaymentStore store;
    private final ClaimAccounting accounting;

    Returns(PaymentStore store, ClaimAccounting accounting) {
        this.store = store;
        this.accounting = accounting;
    }

    /** One booked credit to take back, with the day it happens and why (a bank's reason code or a person's note). */
    public record TakeBack(UUID original, CreditorId creditor, LocalDate date, String why) {
    }

    /**
     * What taking back did: {@code done} is false (and nothing changed) when one of them was no longer booked;
     * {@code toRecover} are refunds already paid out of a payment the bank now took back.
     */
    public record TakenBack(boolean done, List<RefundToRecover> toRecover) {
    }

    /** Takes back credits the bank returned. */
    public TakenBack takeBack(List<TakeBack> returns, Actor actor) {
        if (returns.isEmpty()) {
            return new TakenBack(true, List.of());
        }
        List<ReturnedPayment> reversals = reversals(returns, "returned by the bank");
        if (store.markReturned(returns.stream().map(TakeBack::original).toList()) != returns.size()) {
            return new TakenBack(false, List.of());
        }
        return new TakenBack(true, accounting.returnPayments(reversals, actor));
    }

    /**
     * Undoes the booking of a credit: it waits for a person again, for the creditor that owns the account (null
     * for the agency's own account); false when it is no longer booked.
     */
    public boolean undo(TakeBack booking, CreditorId owner, String reason, Actor actor, Instant now) {
        List<ReturnedPayment> reversals = reversals(List.of(booking), "booking undone");
        if (!store.markUnassigned(booking.original(), owner, reason, actor.label(), now)) {
            return false;
        }
        accounting.undoPayments(reversals, actor);
        return true;
    }

    private List<ReturnedPayment> reversals(List<TakeBack> items, String what) {
        Map<UUID, List<PaymentView.Share>> shares = store.allocations(items.stream().map(TakeBack::original).toList());
        List<ReturnedPayment> reversals = new ArrayList<>();
        for (TakeBack r : items) {
            List<ClaimShare> reversed = shares.getOrDefault(r.original(), List.of()).stream()
                    .filter(s -> !s.reversed())
                    .map(s -> new ClaimShare(s.claimId(), new Allocation(s.costs(), s.fees(), s.interest(),
                            s.principal()), null)).toList();
            reversals.add(new ReturnedPayment(r.original(), r.creditor(), reversed, r.date(),
                    what + (r.why() == null ? "" : " (" + r.why() + ")")));
        }
        return reversals;
    }
}
