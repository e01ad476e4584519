package de.kulant.claims;

import de.kulant.claims.internal.Claim;
import de.kulant.claims.internal.ClaimFacts;
import de.kulant.claims.internal.ClaimStore;
import de.kulant.claims.internal.CollectedMoneyStore;
import de.kulant.claims.internal.Ledger;
import de.kulant.claims.internal.NoticeSettlement;
import de.kulant.claims.internal.OverpaymentStore;
import de.kulant.claims.internal.PaymentBooking;
import de.kulant.creditors.Creditor;
import de.kulant.creditors.Creditors;
import de.kulant.creditors.ResidualWaiver;
import de.kulant.law.Allocation;
import de.kulant.law.ClaimAllocation;
import de.kulant.legal.CurrentLaw;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.CreditorId;
import de.kulant.platform.Ids;
import de.kulant.platform.InputCheck;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.money.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments and credit notes on claims, booked through the {@link Ledger} in one transaction with the audit trail.
 * Amounts and dates arrive typed; text is parsed at the web edge.
 */
@Service
public class ClaimAccounting {

    /** The largest amount a payment or credit note may have. */
    public static final Money MAXIMUM = Money.eur("10000000.00");

    private final ClaimStore claims;
    private final Ledger ledger;
    private final OverpaymentStore overpayments;
    private final CollectedMoneyStore collected;
    private final Creditors creditors;
    private final AuditTrail audit;
    private final CurrentLaw law;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClaimAccounting(ClaimStore claims, Ledger ledger, OverpaymentStore overpayments, CollectedMoneyStore collected,
                    Creditors creditors, AuditTrail audit, CurrentLaw law, ApplicationEventPublisher events,
                    Clock clock) {
        this.claims = claims;
        this.ledger = ledger;
        this.overpayments = overpayments;
        this.collected = collected;
        this.creditors = creditors;
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

    /** A payment the shop reports: allocated costs → fees → interest → principal; recorded as a payment of its own. */
    @Transactional
    public PaymentResult recordPayment(CreditorId creditor, ClaimId id, Money amount, LocalDate bookingDate,
                                       String reference, Actor actor) {
        InputCheck check = new InputCheck();
        String ref = check.optional("reference", reference, 140);
        check.throwIfInvalid();
        Claim claim = claims.loadForUpdate(creditor, id).orElseThrow(() -> new NotFoundException("claim"));
        ClaimFacts before = claim.facts();
        LocalDate today = BusinessDates.today(clock);
        PaymentId payment = new PaymentId(Ids.next());
        ResidualWaiver rule = waiverRule(creditor);
        List<NoticeSettlement.Waived> waived = new ArrayList<>();
        // a refused booking date (future, before the latest booking) throws below and rolls any waiver back
        List<Claim> settling = NoticeSettlement.waiveGrowth(before.status().isClosed() ? List.of() : List.of(claim),
                amount, bookingDate, today, rule, law.interest(), payment, waived);
        ClaimAllocation result = claim.recordPayment(amount, bookingDate, ref, today, law.interest(), payment);
        NoticeSettlement.waiveShortfall(settling, bookingDate, today, rule, payment, waived);
        Instant now = clock.instant();
        ledger.write(claim, now, actor.label());
        if (result.remainder().isPositive()) {
            overpayments.insert(creditor, before.debtorId(), id, result.remainder(), bookingDate, ref, now);
        }
        Allocation a = result.allocation();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("payment", payment.toString());
        after.put("amount", amount.toPlainString());
        after.put("bookingDate", bookingDate.toString());
        after.put("reference", ref);
        after.put("costs", a.costs().toPlainString());
        after.put("fees", a.fees().toPlainString());
        after.put("interest", a.interest().toPlainString());
        after.put("principal", a.principal().toPlainString());
        after.put("overpayment", result.remainder().toPlainString());
        after.put("status", claim.facts().status().name());
        List<AuditEntry> entries = new ArrayList<>();
        entries.add(new AuditEntry(creditor, "claim", id.toString(), "payment.recorded", actor,
                Map.of("status", before.status().name(), "outstanding", before.open().total().toPlainString()), after));
        auditWaivers(waived, actor, entries);
        audit.recordAll(entries);
        events.publishEvent(new PaymentAllocated(id, creditor, bookingDate, a.costs(), a.fees(), a.interest(),
                a.principal(), result.remainder(), claim.facts().status()));
        return new PaymentResult(payment, a, result.remainder(), claim.facts().status());
    }

    /**
     * Books payments from a bank statement in one go: the claims of the batch are locked and loaded together,
     * allocated one payment after the other, and written through the ledger together. A claim that is not the
     * payment's creditor's is not touched.
     */
    @Transactional
    public List<BookedPayment> bookPayments(List<IncomingPayment> payments, Actor actor) {
        Map<ClaimId, Claim> loaded = claims.loadAllForUpdate(payments.stream()
                .flatMap(p -> Stream.concat(p.claims().stream(), p.others().stream()))
                .collect(Collectors.toSet()));
        PaymentBooking booking = new PaymentBooking(BusinessDates.today(clock), law.interest(), actor);
        Map<CreditorId, ResidualWaiver> rules = new HashMap<>();
        List<BookedPayment> results = new ArrayList<>(payments.size());
        for (IncomingPayment payment : payments) {
            results.add(booking.book(payment, loaded, rules.computeIfAbsent(payment.creditor(), this::waiverRule)));
        }
        Instant now = clock.instant();
        ledger.write(booking.changed(), Ledger.OnConflict.FAIL, now, actor.label());
        overpayments.insertAll(booking.credits(), now);
        collected.recordClientMoney(payments.stream().filter(IncomingPayment::clientMoney)
                .map(p -> new CollectedMoneyStore.ClientPayment(p.paymentId(), p.creditor())).distinct().toList(), now);
        List<AuditEntry> entries = new ArrayList<>(booking.entries());
        auditWaivers(booking.waived(), actor, entries);
        audit.recordAll(entries);
        // one event for the batch: a listener reads what concerns it in one go, and the registry stores one row
        if (!booking.allocated().isEmpty()) {
            events.publishEvent(new PaymentsAllocated(booking.allocated()));
        }
        return results;
    }

    /** A credit note lowers the principal; one for the whole open principal cancels the claim. */
    @Transactional
    public ClaimStatus creditNote(CreditorId creditor, ClaimId id, Money amount, LocalDate date, String reason,
                                  Actor actor) {
        InputCheck check = new InputCheck();
        String why = check.required("reason", reason, 500);
        check.throwIfInvalid();
        Claim claim = claims.loadForUpdate(creditor, id).orElseThrow(() -> new NotFoundException("claim"));
        ClaimFacts before = claim.facts();
        claim.creditNote(amount, date, why, BusinessDates.today(clock), law.interest(), Ids.next());
        ledger.write(claim, clock.instant(), actor.label());
        audit.record(new AuditEntry(creditor, "claim", id.toString(), "credit-note.posted", actor,
                Map.of("status", before.status().name(), "principal", before.open().principal().toPlainString()),
                Map.of("amount", amount.toPlainString(), "date", date.toString(), "reason", why,
                        "status", claim.facts().status().name(),
                        "principal", claim.facts().open().principal().toPlainString())));
        return claim.facts().status();
    }

    /** Writes a claim off with its reason: everything still open is booked out and the claim is WRITTEN_OFF. */
    @Transactional
    public ClaimStatus writeOff(CreditorId creditor, ClaimId id, LocalDate date, String reason, Actor actor) {
        InputCheck check = new InputCheck();
        String why = check.required("reason", reason, 500);
        check.throwIfInvalid();
        Claim claim = claims.loadForUpdate(creditor, id).orElseThrow(() -> new NotFoundException("claim"));
        ClaimFacts before = claim.facts();
        claim.writeOff(date, why, BusinessDates.today(clock), law.interest(), Ids.next());
        ledger.write(claim, clock.instant(), actor.label());
        audit.record(new AuditEntry(creditor, "claim", id.toString(), "claim.written-off", actor,
                Map.of("status", before.status().name(), "outstanding", before.open().total().toPlainString()),
                Map.of("date", date.toString(), "reason", why, "status", claim.facts().status().name())));
        return claim.facts().status();
    }
}
