package de.kulant.claims;

import de.kulant.claims.internal.CandidateStore;
import de.kulant.claims.internal.Claim;
import de.kulant.claims.internal.ClaimStore;
import de.kulant.claims.internal.Ledger;
import de.kulant.claims.internal.OpenBuckets;
import de.kulant.claims.internal.OverpaymentStore;
import de.kulant.law.Allocation;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.ConflictException;
import de.kulant.platform.CreditorId;
import de.kulant.platform.InputCheck;
import de.kulant.platform.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking payments back and paying credit balances back. What a payment paid is read from the ledger by its source,
 * so claims never trusts another module's copy of its own bookings.
 */
@Service
public class PaymentReversals {

    private final ClaimStore claims;
    private final Ledger ledger;
    private final OverpaymentStore overpayments;
    private final CandidateStore candidates;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PaymentReversals(ClaimStore claims, Ledger ledger, OverpaymentStore overpayments, CandidateStore candidates,
                     AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.claims = claims;
        this.ledger = ledger;
        this.overpayments = overpayments;
        this.candidates = candidates;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Reverses payments the bank returned, claim by claim as the ledger booked them; a claim they had paid is open
     * again. A credit balance such a payment left that was refunded already was paid out of money that came back: it
     * is returned, to be recovered by a person.
     */
    @Transactional
    public List<RefundToRecover> returnPayments(List<ReturnedPayment> returns, Actor actor) {
        List<PaymentsReturned.Returned> taken = new ArrayList<>();
        List<RefundToRecover> toRecover = reverse(returns, "payment.returned", actor, taken);
        if (!taken.isEmpty()) {
            events.publishEvent(new PaymentsReturned(taken));
        }
        return toRecover;
    }

    /**
     * Undoes a person's or the matcher's booking of bank payments so that they can be booked anew; not once a credit
     * balance they left has been paid back.
     */
    @Transactional
    public void undoPayments(List<ReturnedPayment> undone, Actor actor) {
        if (overpayments.refundedFrom(undone.stream().map(r -> r.payment().value()).toList())) {
            throw ConflictException.coded("creditRefunded", "The payment left a credit balance that has been paid back already; its "
                    + "booking can no longer be undone.");
        }
        reverse(undone, "payment.unassigned", actor, new ArrayList<>());
    }

    private List<RefundToRecover> reverse(List<ReturnedPayment> returns, String action, Actor actor,
                                          List<PaymentsReturned.Returned> taken) {
        Map<PaymentId, Map<ClaimId, OpenBuckets>> paid = new HashMap<>();
        returns.stream().collect(Collectors.groupingBy(ReturnedPayment::creditor,
                        Collectors.mapping(ReturnedPayment::payment, Collectors.toList())))
                .forEach((creditor, payments) -> paid.putAll(claims.paidBy(creditor, payments)));
        Set<ClaimId> ids = new HashSet<>();
        paid.values().forEach(byClaim -> ids.addAll(byClaim.keySet()));
        Map<ClaimId, Claim> loaded = claims.loadAllForUpdate(ids);
        LocalDate today = BusinessDates.today(clock);
        Set<Claim> changed = Collections.newSetFromMap(new IdentityHashMap<>());
        List<AuditEntry> entries = new ArrayList<>();
        for (ReturnedPayment returned : returns) {
            for (var share : paid.getOrDefault(returned.payment(), Map.of()).entrySet()) {
                Claim claim = loaded.get(share.getKey());
                OpenBuckets buckets = share.getValue();
                if (claim == null || !buckets.total().isPositive()) {
                    continue;
                }
                var before = claim.facts();
                Allocation allocation = new Allocation(buckets.costs(), buckets.fees(), buckets.interest(),
                        buckets.principal());
                claim.returnPayment(allocation, returned.date(), returned.reason(), today, returned.payment());
                changed.add(claim);
                taken.add(new PaymentsReturned.Returned(before.id(), before.creditorId(), returned.date(),
                        allocation.total(), returned.reason(), claim.facts().status()));
                entries.add(new AuditEntry(before.creditorId(), "claim", before.id().toString(), action, actor,
                        Map.of("status", before.status().name(), "outstanding", before.open().total().toPlainString()),
                        Map.of("amount", allocation.total().toPlainString(), "date", returned.date().toString(),
                                "reason", returned.reason(), "status", claim.facts().status().name(),
                                "outstanding", claim.facts().open().total().toPlainString())));
            }
        }
        ledger.write(changed, Ledger.OnConflict.FAIL, clock.instant(), actor.label());
        List<RefundToRecover> toRecover = new ArrayList<>();
        for (ReturnedPayment returned : returns) {
            for (UUID id : overpayments.returned(List.of(returned.payment().value()), returned.date())) {
                RefundToRecover item = candidates.toRecover(null, id, 1).get(0);
                toRecover.add(item);
                entries.add(new AuditEntry(item.creditorId(), "claim", item.claimId().toString(),
                        "refund.paidFromReturnedMoney", actor, Map.of("creditBalance", "REFUNDED"),
                        Map.of("toRecover", item.amount().toPlainString(), "payment", returned.payment().toString(),
                                "returnedOn", returned.date().toString())));
            }
        }
        audit.recordAll(entries);
        return toRecover;
    }

    /**
     * Credit balances paid back to the debtors (a refund transfer): they leave the refund list. All or nothing:
     * if one of them is no longer open, nothing changes.
     */
    @Transactional
    public void refundCreditBalances(List<CreditBalance> balances, String reference, Actor actor) {
        List<UUID> refunded = overpayments.refund(balances.stream().map(CreditBalance::id).toList());
        if (refunded.size() != balances.size()) {
            throw ConflictException.coded("creditChanged", "A credit balance was refunded or taken back meanwhile; nothing was changed.");
        }
        audit.recordAll(balances.stream().map(b -> new AuditEntry(b.creditorId(), "claim", b.claimId().toString(),
                "creditBalance.refunded", actor, Map.of("creditBalance", b.amount().toPlainString()),
                Map.of("refunded", b.amount().toPlainString(), "reference", reference))).toList());
    }

    /** A refund to recover is settled (the money came back, or it is written off), with a note. */
    @Transactional
    public void resolveRefundToRecover(CreditorId scope, UUID id, String note, Actor actor) {
        InputCheck check = new InputCheck();
        String why = check.required("note", note, 500);
        check.throwIfInvalid();
        RefundToRecover item = candidates.toRecover(scope, id, 1).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("refund to recover"));
        if (!overpayments.resolve(scope, id, why, actor.label(), clock.instant())) {
            throw ConflictException.coded("refundResolved", "This refund was resolved meanwhile.");
        }
        audit.record(new AuditEntry(item.creditorId(), "claim", item.claimId().toString(), "refund.recovered", actor,
                Map.of("toRecover", item.amount().toPlainString()), Map.of("note", why)));
    }
}
