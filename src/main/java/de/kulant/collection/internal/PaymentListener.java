package de.kulant.collection.internal;

import de.kulant.claims.ClaimId;
import de.kulant.claims.PaymentAllocated;
import de.kulant.claims.PaymentsAllocated;
import de.kulant.claims.PaymentsReturned;
import de.kulant.collection.CaseClosing;
import de.kulant.collection.CasePriorities;
import de.kulant.collection.CaseStatus;
import de.kulant.collection.CloseReason;
import de.kulant.collection.PlanTracking;
import de.kulant.collection.Promises;
import de.kulant.collection.Settlements;
import de.kulant.platform.Actor;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts each payment on a claim in collection on its case's timeline, settles a running promise, plan's rates or settlement, and
 * closes the case as paid once its last claim is paid; a payment the bank returned goes on the timeline too, opens the
 * plan's rates it had paid again, reopens a case closed as paid and raises the case in
 * its worker's queue. Payments on claims outside collection are left alone after one look-up.
 */
@Component
class PaymentListener {

    private final CaseStore cases;
    private final ActivityStore activities;
    private final CaseClosing closing;
    private final Promises promises;
    private final PlanTracking plans;
    private final Settlements settlements;
    private final CasePriorities priorities;
    private final Clock clock;

    PaymentListener(CaseStore cases, ActivityStore activities, CaseClosing closing, Promises promises,
                    PlanTracking plans, Settlements settlements, CasePriorities priorities, Clock clock) {
        this.plans = plans;
        this.settlements = settlements;
        this.priorities = priorities;
        this.cases = cases;
        this.activities = activities;
        this.closing = closing;
        this.promises = promises;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(PaymentAllocated payment) {
        onCaseClaim(payment);
    }

    /** A statement's batch: only its payments on claims in collection are looked at further. */
    @ApplicationModuleListener
    void on(PaymentsAllocated batch) {
        Set<ClaimId> inCases = cases.linked(batch.payments().stream()
                .map(PaymentAllocated::claimId).toList());
        batch.payments().stream().filter(p -> inCases.contains(p.claimId())).forEach(this::onCaseClaim);
    }

    private void onCaseClaim(PaymentAllocated payment) {
        cases.ofClaim(payment.creditorId(), payment.claimId()).ifPresent(row -> {
            var total = payment.costs().plus(payment.fees()).plus(payment.interest()).plus(payment.principal())
                    .plus(payment.overpayment());
            activities.add(row.creditorId(), ActivityStore.entry(row.id(), clock.instant(), "PAYMENT", "payments",
                    "Zahlung " + total.toPlainString() + " EUR vom " + payment.bookingDate() + " (Kosten "
                            + payment.costs().toPlainString() + ", Gebühren " + payment.fees().toPlainString()
                            + ", Zinsen " + payment.interest().toPlainString() + ", Hauptforderung "
                            + payment.principal().toPlainString() + "); Forderung jetzt " + payment.statusAfter()));
            promises.afterPayment(row.id(), payment.bookingDate());
            plans.afterMoney(row.id(), payment.bookingDate());
            settlements.afterMoney(row.id(), payment.bookingDate());
            cases.mark(CaseStore.Mark.PAYMENT_RETURNED, List.of(row.id()), null);
            if (payment.statusAfter().isClosed()) {
                closing.closeIfSettled(row.id(), Actor.system());
            }
            priorities.refresh(row.id());
        });
    }

    @ApplicationModuleListener
    void on(PaymentsReturned batch) {
        Set<ClaimId> inCases = cases.linked(batch.returns().stream().map(PaymentsReturned.Returned::claimId).toList());
        for (PaymentsReturned.Returned returned : batch.returns()) {
            if (!inCases.contains(returned.claimId())) {
                continue;
            }
            cases.ofClaim(returned.creditorId(), returned.claimId()).ifPresent(row -> {
                activities.add(row.creditorId(), ActivityStore.entry(row.id(), clock.instant(), "PAYMENT_RETURNED",
                        "payments", "Zahlung über " + returned.amount().toPlainString() + " EUR am " + returned.date()
                                + " von der Bank zurückgegeben (" + returned.reason() + "); Forderung jetzt "
                                + returned.statusAfter()));
                if (row.status() == CaseStatus.CLOSED && CloseReason.PAID.name().equals(row.closeReason())
                        && !returned.statusAfter().isClosed()) {
                    closing.reopenAfterReturn(row, "Zahlung von der Bank zurückgegeben");
                }
                plans.afterMoney(row.id(), returned.date());
                cases.mark(CaseStore.Mark.PAYMENT_RETURNED, List.of(row.id()), returned.date());
                priorities.refresh(row.id());
            });
        }
    }
}
