package de.kulant.claims;

import de.kulant.claims.internal.CandidateStore;
import de.kulant.claims.internal.Claim;
import de.kulant.claims.internal.ClaimFacts;
import de.kulant.claims.internal.NoticeSettlement;
import de.kulant.claims.internal.ClaimStore;
import de.kulant.claims.internal.OverpaymentStore;
import de.kulant.creditors.Creditor;
import de.kulant.creditors.Creditors;
import de.kulant.creditors.ResidualWaiver;
import de.kulant.law.Allocation;
import de.kulant.law.ClaimAllocation;
import de.kulant.law.DebtorAllocation;
import de.kulant.law.OpenClaim;
import de.kulant.law.PaymentAllocation;
import de.kulant.legal.CurrentLaw;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.ConflictException;
import de.kulant.platform.CreditorId;
import de.kulant.platform.InputCheck;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.money.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Payments and credit notes on a claim, booked to its ledger in one transaction with the audit trail. */
@Service
public class ClaimAccounting {

    static final Money MAXIMUM = Money.eur("10000000.00");

    private final ClaimStore claims;
    private final OverpaymentStore overpayments;
    private final Creditors creditors;
    private final CandidateStore candidates;
    private final AuditTrail audit;
    private final CurrentLaw law;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClaimAccounting(ClaimStore claims, OverpaymentStore overpayments, Creditors creditors, CandidateStore candidates,
                    AuditTrail audit, CurrentLaw law, ApplicationEventPublisher events, Clock clock) {
        this.claims = claims;
        this.overpayments = overpayments;
        this.creditors = creditors;
        this.candidates = candidates;
        this.audit = audit;
        this.law = law;
        this.events = events;
        this.clock = clock;
    }

    private ResidualWaiver waiverRule(CreditorId creditor) {
        return creditors.find(creditor).map(Creditor::residualWaiver).orElseGet(ResidualWaiver::standard);
    }

    private static void auditWaivers(List<NoticeSettlement.Waived> waived, Actor actor, List<AuditEntry> entries) {
        for (NoticeSettlement.Waived w : waived) {
            var facts = w.claim().facts();
            entries.add(new AuditEntry(facts.creditorId(), "claim", facts.id().toString(), "residual.waived", actor, null,
                    Map.of("amount", w.amount().toPlainString(), "bucket", w.bucket().name(), "reason", w.reason(),
                            "status", facts.status().name())));
        }
    }

    /** A payment reported by the shop or found on a statement: allocated costs → fees → interest → principal. */
    @Transactional
    public PaymentResult recordPayment(CreditorId creditor, ClaimId id, String amountText, String bookingDateText,
                                       String reference, Actor actor) {
        InputCheck check = new InputCheck();
        Money amount = check.amount("amount", amountText, MAXIMUM);
        LocalDate bookingDate = check.date("bookingDate", bookingDateText, true);
        String ref = check.optional("reference", reference, 140);
        check.throwIfInvalid();
        Claim claim = claims.loadForUpdate(creditor, id).orElseThrow(() -> new NotFoundException("claim"));
        var before = claim.facts();
        LocalDate today = BusinessDates.today(clock);
        ResidualWaiver rule = waiverRule(creditor);
        List<NoticeSettlement.Waived> waived = new ArrayList<>();
        // a refused booking date (future, before the latest booking) throws below and rolls any waiver back
        List<Claim> settling = NoticeSettlement.waiveGrowth(before.status().isClosed() ? List.of() : List.of(claim),
                amount, bookingDate, today, rule, law.interest(), waived);
        ClaimAllocation result = claim.recordPayment(amount, bookingDate, ref, today, law.interest());
        NoticeSettlement.waiveShortfall(settling, bookingDate, today, rule, waived);
        return booked(creditor, id, claim, before, amount, bookingDate, ref, result, waived, actor);
    }

    private PaymentResult booked(CreditorId creditor, ClaimId id, Claim claim, ClaimFacts before, Money amount,
                                 LocalDate bookingDate, String ref, ClaimAllocation result,
                                 List<NoticeSettlement.Waived> waived, Actor actor) {
        Instant now = clock.instant();
        claims.save(claim, now, actor.label());
        if (result.remainder().isPositive()) {
            overpayments.insert(creditor, before.debtorId(), id, result.remainder(), bookingDate, ref, now);
        }
        Allocation a = result.allocation();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("amount", amount.toPlainString());
        after.put("bookingDate", bookingDate.toString());
        after.put("reference", ref);
        after.put("costs", a.costs().toPlainString());
        after.put("fees", a.fees().toPlainString());
        after.put("interest", a.interest().toPlainString());
        after.put("principal", a.principal().toPlainString());
        after.put("overpayment", result.remainder().toPlainString());
        after.put("status", claim.facts().status().name());
        audit.record(new AuditEntry(creditor, "claim", id.toString(), "payment.recorded", actor,
                Map.of("status", before.status().name(), "outstanding", before.open().total().toPlainString()), after));
        List<AuditEntry> waivers = new ArrayList<>();
        auditWaivers(waived, actor, waivers);
        audit.recordAll(waivers);
        events.publishEvent(new PaymentAllocated(id, creditor, bookingDate, a.costs(), a.fees(), a.interest(),
                a.principal(), result.remainder(), claim.facts().status()));
        return new PaymentResult(a, result.remainder(), claim.facts().status());
    }

    /**
     * Books payments from a bank statement in one go: the claims of the batch are locked and loaded together,
     * allocated one payment after the other (so two payments on one claim see each other), and written back
     * in batches. A claim that is not the payment's creditor's is not touched.
     */
    @Transactional
    public List<BookedPayment> bookPayments(List<IncomingPayment> payments, Actor actor) {
        Map<ClaimId, Claim> loaded = claims.loadAllForUpdate(payments.stream()
                .flatMap(p -> Stream.concat(p.claims().stream(), p.others().stream()))
                .collect(Collectors.toSet()));
        LocalDate today = BusinessDates.today(clock);
        Instant now = clock.instant();
        Map<CreditorId, ResidualWaiver> rules = new HashMap<>();
        List<NoticeSettlement.Waived> waived = new ArrayList<>();
        Set<Claim> changed = Collections.newSetFromMap(new IdentityHashMap<>());
        List<BookedPayment> results = new ArrayList<>(payments.size());
        List<OverpaymentStore.NewOverpayment> credits = new ArrayList<>();
        List<AuditEntry> entries = new ArrayList<>();
        List<PaymentAllocated> allocated = new ArrayList<>();
        for (IncomingPayment payment : payments) {
            List<Claim> own = ownClaims(payment.claims(), payment, loaded);
            List<Claim> open = own.stream().filter(c -> !c.facts().status().isClosed()).toList();
            List<ClaimShare> shares = new ArrayList<>();
            Money left = payment.amount();
            ResidualWaiver rule = rules.computeIfAbsent(payment.creditor(), this::waiverRule);
            List<Claim> settling = NoticeSettlement.waiveGrowth(open, payment.amount(), payment.bookingDate(), today,
                    rule, law.interest(), waived);
            changed.addAll(settling);
            if (payment.statutoryOrder()) {
                left = spread(open, left, payment, today, shares, entries, allocated, actor, changed);
            } else {
                for (Claim claim : open) {
                    if (left.isZero()) {
                        break;
                    }
                    left = book(claim, left, payment, today, shares, entries, allocated, actor).remainder();
                    changed.add(claim);
                }
            }
            NoticeSettlement.waiveShortfall(settling, payment.bookingDate(), today, rule, waived);
            if (left.isPositive()) {
                List<Claim> others = ownClaims(payment.others(), payment, loaded).stream()
                        .filter(c -> !c.facts().status().isClosed() && !own.contains(c)).toList();
                left = spread(others, left, payment, today, shares, entries, allocated, actor, changed);
            }
            ClaimId overpaid = null;
            if (left.isPositive() && !own.isEmpty()) {
                Claim last = open.isEmpty() ? own.get(0) : open.get(open.size() - 1);
                overpaid = last.facts().id();
                credits.add(new OverpaymentStore.NewOverpayment(payment.creditor(), last.facts().debtorId(), overpaid,
                        left, payment.bookingDate(), payment.reference(), payment.paymentId()));
            }
            results.add(new BookedPayment(payment.paymentId(), shares, left, overpaid));
        }
        claims.saveAll(changed, now, actor.label());
        overpayments.insertAll(credits, now);
        auditWaivers(waived, actor, entries);
        audit.recordAll(entries);
        allocated.forEach(events::publishEvent);
        return results;
    }

    private static List<Claim> ownClaims(List<ClaimId> ids, IncomingPayment payment, Map<ClaimId, Claim> loaded) {
        return ids.stream().map(loaded::get)
                .filter(c -> c != null && c.facts().creditorId().equals(payment.creditor())).toList();
    }

    /** Spreads {@code amount} over open claims in the order of §366 Abs. 2 BGB; returns what is left. */
    private Money spread(List<Claim> open, Money amount, IncomingPayment payment, LocalDate today,
                         List<ClaimShare> shares, List<AuditEntry> entries, List<PaymentAllocated> allocated, Actor actor,
                         Set<Claim> changed) {
        if (open.isEmpty()) {
            return amount;
        }
        List<OpenClaim> order = open.stream()
                .map(c -> c.openForAllocation(payment.bookingDate(), today, law.interest())).toList();
        DebtorAllocation spread = PaymentAllocation.acrossClaims(amount, payment.bookingDate(), order, List.of());
        Money left = amount;
        for (Claim claim : open) {
            Allocation part = spread.byClaim().get(claim.facts().id().toString());
            if (part != null && part.total().isPositive()) {
                left = left.minus(book(claim, part.total(), payment, today, shares, entries, allocated, actor)
                        .allocation().total());
                changed.add(claim);
            }
        }
        return left;
    }

    private ClaimAllocation book(Claim claim, Money amount, IncomingPayment payment, LocalDate today,
                                 List<ClaimShare> shares, List<AuditEntry> entries, List<PaymentAllocated> allocated,
                                 Actor actor) {
        var before = claim.facts();
        ClaimAllocation result = claim.recordBankPayment(amount, payment.bookingDate(), payment.reference(), today,
                law.interest());
        Allocation a = result.allocation();
        ClaimStatus status = claim.facts().status();
        shares.add(new ClaimShare(before.id(), a, status));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("amount", a.total().toPlainString());
        after.put("bookingDate", payment.bookingDate().toString());
        after.put("reference", payment.reference());
        after.put("bank", payment.note());
        after.put("costs", a.costs().toPlainString());
        after.put("fees", a.fees().toPlainString());
        after.put("interest", a.interest().toPlainString());
        after.put("principal", a.principal().toPlainString());
        after.put("status", status.name());
        entries.add(new AuditEntry(before.creditorId(), "claim", before.id().toString(), "payment.received", actor,
                Map.of("status", before.status().name(), "outstanding", before.open().total().toPlainString()), after));
        allocated.add(new PaymentAllocated(before.id(), before.creditorId(), payment.bookingDate(), a.costs(), a.fees(),
                a.interest(), a.principal(), result.remainder(), status));
        return result;
    }

    /**
     * Reverses returned payments share by share; a claim they had paid is open again. A credit balance such a payment
     * left that was refunded already was paid out of money that came back: it is returned to be recovered by a person.
     */
    @Transactional
    public List<RefundToRecover> returnPayments(List<ReturnedPayment> returns, Actor actor) {
        return reverse(returns, "payment.returned", actor);
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
            throw new ConflictException("This refund was resolved meanwhile.");
        }
        audit.record(new AuditEntry(item.creditorId(), "claim", item.claimId().toString(), "refund.recovered", actor,
                Map.of("toRecover", item.amount().toPlainString()), Map.of("note", why)));
    }

    /**
     * Undoes a person's or the matcher's booking of bank payments, share by share, so that they can be booked
     * anew; not once a credit balance they left has been paid back.
     */
    @Transactional
    public void undoPayments(List<ReturnedPayment> undone, Actor actor) {
        if (overpayments.refundedFrom(undone.stream().map(ReturnedPayment::paymentId).toList())) {
            throw new ConflictException("The payment left a credit balance that has been paid back already; its "
                    + "booking can no longer be undone.");
        }
        reverse(undone, "payment.unassigned", actor);
    }

    private List<RefundToRecover> reverse(List<ReturnedPayment> returns, String action, Actor actor) {
        Map<ClaimId, Claim> loaded = claims.loadAllForUpdate(returns.stream()
                .flatMap(r -> r.shares().stream().map(ClaimShare::claim)).collect(Collectors.toSet()));
        LocalDate today = BusinessDates.today(clock);
        Set<Claim> changed = Collections.newSetFromMap(new IdentityHashMap<>());
        List<AuditEntry> entries = new ArrayList<>();
        for (ReturnedPayment returned : returns) {
            for (ClaimShare share : returned.shares()) {
                Claim claim = loaded.get(share.claim());
                if (claim == null || !claim.facts().creditorId().equals(returned.creditor())) {
                    continue;
                }
                var before = claim.facts();
                claim.returnPayment(share.allocation(), returned.date(), returned.reason(), today);
                changed.add(claim);
                entries.add(new AuditEntry(before.creditorId(), "claim", before.id().toString(), action, actor,
                        Map.of("status", before.status().name(), "outstanding", before.open().total().toPlainString()),
                        Map.of("amount", share.allocation().total().toPlainString(), "date", returned.date().toString(),
                                "reason", returned.reason(), "status", claim.facts().status().name(),
                                "outstanding", claim.facts().open().total().toPlainString())));
            }
        }
        claims.saveAll(changed, clock.instant(), actor.label());
        List<RefundToRecover> toRecover = new ArrayList<>();
        for (ReturnedPayment returned : returns) {
            List<UUID> recover = overpayments.returned(List.of(returned.paymentId()), returned.date());
            for (UUID id : recover) {
                RefundToRecover item = candidates.toRecover(null, id, 1).get(0);
                toRecover.add(item);
                entries.add(new AuditEntry(item.creditorId(), "claim", item.claimId().toString(),
                        "refund.paidFromReturnedMoney", actor, Map.of("creditBalance", "REFUNDED"),
                        Map.of("toRecover", item.amount().toPlainString(), "payment", returned.paymentId().toString(),
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
            throw new ConflictException("A credit balance was refunded or taken back meanwhile; nothing was changed.");
        }
        audit.recordAll(balances.stream().map(b -> new AuditEntry(b.creditorId(), "claim", b.claimId().toString(),
                "creditBalance.refunded", actor, Map.of("creditBalance", b.amount().toPlainString()),
                Map.of("refunded", b.amount().toPlainString(), "reference", reference))).toList());
    }

    /** A credit note lowers the principal; one for the whole open principal cancels the claim. */
    @Transactional
    public ClaimStatus creditNote(CreditorId creditor, ClaimId id, String amountText, String dateText, String reason,
                                  Actor actor) {
        InputCheck check = new InputCheck();
        Money amount = check.amount("amount", amountText, MAXIMUM);
        LocalDate date = check.date("date", dateText, true);
        String why = check.required("reason", reason, 500);
        check.throwIfInvalid();
        Claim claim = claims.loadForUpdate(creditor, id).orElseThrow(() -> new NotFoundException("claim"));
        var before = claim.facts();
        claim.creditNote(amount, date, why, BusinessDates.today(clock), law.interest());
        claims.save(claim, clock.instant(), actor.label());
        audit.record(new AuditEntry(creditor, "claim", id.toString(), "credit-note.posted", actor,
                Map.of("status", before.status().name(), "principal", before.open().principal().toPlainString()),
                Map.of("amount", amount.toPlainString(), "date", date.toString(), "reason", why,
                        "status", claim.facts().status().name(),
                        "principal", claim.facts().open().principal().toPlainString())));
        return claim.facts().status();
    }
}
