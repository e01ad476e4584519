package de.kulant.payments.internal;

import de.kulant.claims.PaymentId;
import de.kulant.claims.PaymentReversals;
import de.kulant.claims.RefundToRecover;
import de.kulant.claims.ReturnedPayment;
import de.kulant.platform.Actor;
import de.kulant.platform.CreditorId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Takes back booked credits: those the bank returned (marked returned), and those whose booking a person undoes
 * (waiting again); either way what they paid is reversed and the claims reopen.
 */
@Component
public class Returns {

    private final PaymentStore store;
    private final AllocationStore allocations;
    private final PaymentReversals reversals;

    Returns(PaymentStore store, AllocationStore allocations, PaymentReversals reversals) {
        this.store = store;
        this.allocations = allocations;
        this.reversals = reversals;
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
        List<UUID> originals = returns.stream().map(TakeBack::original).toList();
        if (store.markReturned(originals) != returns.size()) {
            return new TakenBack(false, List.of());
        }
        allocations.markReversed(originals);
        return new TakenBack(true, this.reversals.returnPayments(reversals, actor));
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
        allocations.markReversed(List.of(booking.original()));
        this.reversals.undoPayments(reversals, actor);
        return true;
    }

    private static List<ReturnedPayment> reversals(List<TakeBack> items, String what) {
        return items.stream().map(r -> new ReturnedPayment(new PaymentId(r.original()), r.creditor(), r.date(),
                what + (r.why() == null ? "" : " (" + r.why() + ")"))).toList();
    }
}
