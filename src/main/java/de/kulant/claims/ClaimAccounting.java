package de.kulant.claims;

import de.kulant.claims.internal.Claim;
import de.kulant.claims.internal.ClaimStore;
import de.kulant.claims.internal.OverpaymentStore;
import de.kulant.law.Allocation;
import de.kulant.law.ClaimAllocation;
import de.kulant.legal.CurrentLaw;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.CreditorId;
import de.kulant.platform.InputCheck;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.money.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Payments and credit notes on a claim, booked to its ledger in one transaction with the audit trail. */
@Service
public class ClaimAccounting {

    static final Money MAXIMUM = Money.eur("10000000.00");

    private final ClaimStore claims;
    private final OverpaymentStore overpayments;
    private final AuditTrail audit;
    private final CurrentLaw law;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClaimAccounting(ClaimStore claims, OverpaymentStore overpayments, AuditTrail audit, CurrentLaw law,
                    ApplicationEventPublisher events, Clock clock) {
        this.claims = claims;
        this.overpayments = overpayments;
        this.audit = audit;
        this.law = law;
        this.events = events;
        this.clock = clock;
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
        ClaimAllocation result = claim.recordPayment(amount, bookingDate, ref, BusinessDates.today(clock), law.interest());
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
        events.publishEvent(new PaymentAllocated(id, creditor, bookingDate, a.costs(), a.fees(), a.interest(),
                a.principal(), result.remainder(), claim.facts().status()));
        return new PaymentResult(a, result.remainder(), claim.facts().status());
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
