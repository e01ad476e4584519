package de.kulant.collection;

import de.kulant.collection.internal.ActivityStore;
import de.kulant.collection.internal.CaseStore;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.collection.internal.PromiseStore;
import de.kulant.collection.internal.PromiseStore.PromiseRow;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.ConflictException;
import de.kulant.platform.CreditorId;
import de.kulant.platform.CreditorRange;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.Ids;
import de.kulant.platform.InputCheck;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.money.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Promises to pay: while one runs the case waits (AGREEMENT); payments from the promise on that cover it by its day
 * keep it, and the day after its day an unkept promise is broken, the case resumes and rises in the queue.
 */
@Service
public class Promises {

    private static final Money MAXIMUM = Money.eur("10000000.00");

    private final CaseStore cases;
    private final PromiseStore promises;
    private final CaseWaiting waiting;
    private final ActivityStore activities;
    private final CaseFacts facts;
    private final CasePriorities priorities;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Promises(CaseStore cases, PromiseStore promises, CaseWaiting waiting, ActivityStore activities, CaseFacts facts,
             CasePriorities priorities, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.promises = promises;
        this.waiting = waiting;
        this.activities = activities;
        this.facts = facts;
        this.priorities = priorities;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public PromiseRow make(CreditorId creditor, CaseId id, String amountText, String dueOnText, Actor actor) {
        return make(creditor, id, amountText, dueOnText, actor, null);
    }

    /** A promise typed in a form in {@code typedIn}'s language (German amounts like {@code 1.234,56}); null: API form. */
    @Transactional
    public PromiseRow make(CreditorId creditor, CaseId id, String amountText, String dueOnText, Actor actor,
                           java.util.Locale typedIn) {
        InputCheck check = typedIn == null ? new InputCheck() : InputCheck.typedBy(typedIn);
        Money amount = check.amount("amount", amountText, MAXIMUM);
        LocalDate dueOn = check.date("dueOn", dueOnText, true);
        LocalDate today = BusinessDates.today(clock);
        if (dueOn != null && dueOn.isBefore(today)) {
            check.violation("dueOn", "past", "must not be in the past");
        }
        check.throwIfInvalid();
        CaseRow row = cases.find(creditor, id).orElseThrow(() -> new NotFoundException("case"));
        if (row.status() == CaseStatus.CLOSED) {
            throw ConflictException.coded("caseClosed", "The case is closed already.");
        }
        if (promises.lockOpen(id).isPresent()) {
            throw ConflictException.coded("promiseOpen", "A promise to pay is running on this case already.");
        }
        List<de.kulant.claims.ClaimView> claims = facts.claims(row, today);
        Money outstanding = claims.stream().map(c -> c.balance().outstanding()).reduce(Money.zeroEur(), Money::plus);
        if (amount.isGreaterThan(outstanding)) {
            throw new InvalidInputException(List.of(FieldViolation.coded("amount", "exceedsOutstanding",
                    "exceeds the open balance of " + outstanding.toPlainString(), outstanding)));
        }
        Money paid = claims.stream().map(c -> c.balance().paid()).reduce(Money.zeroEur(), Money::plus);
        PromiseRow promise = new PromiseRow(Ids.next(), id, row.creditorId(), amount, dueOn, paid,
                "OPEN", clock.instant(), actor.label(), null);
        promises.insert(promise);
        if (row.status() == CaseStatus.OPEN) {
            cases.setStatus(id, CaseStatus.AGREEMENT);
        }
        activities.add(row.creditorId(), ActivityStore.entry(id, clock.instant(), "PROMISE", actor.label(),
                "Zahlungsversprechen: " + amount.toPlainString() + " EUR bis " + dueOn));
        priorities.refresh(id);
        audit.record(new AuditEntry(row.creditorId(), "case", id.toString(), "promise.made", actor, null,
                Map.of("promise", promise.id().toString(), "amount", amount.toPlainString(), "dueOn", dueOn.toString())));
        return promise;
    }

    /** After a payment on the case: the running promise is kept once what came in since it covers it by its day. */
    @Transactional
    public void afterPayment(CaseId id, LocalDate bookingDate) {
        promises.lockOpen(id).ifPresent(promise -> {
            CaseRow row = cases.find(null, id).orElseThrow();
            Money since = facts.paid(row, BusinessDates.today(clock)).minus(promise.paidBefore());
            if (!bookingDate.isAfter(promise.dueOn()) && !since.isLessThan(promise.amount())) {
                promises.resolve(promise.id(), "KEPT", bookingDate);
                waiting.resume(row);
                activities.add(row.creditorId(), ActivityStore.entry(id, clock.instant(), "PROMISE_KEPT", "payments",
                        "Zahlungsversprechen über " + promise.amount().toPlainString() + " EUR eingehalten"));
            }
            priorities.refresh(id);
        });
    }

    /** How many promises a run on {@code today} would break. */
    int overdue(LocalDate today) {
        return promises.lockOverdue(today, CreditorRange.ALL, Integer.MAX_VALUE).size();
    }

    /** Breaks the promises whose day passed before {@code today} unkept; returns how many. */
    int breakOverdue(LocalDate today, CreditorRange range, int limit) {
        List<PromiseRow> overdue = promises.lockOverdue(today, range, limit);
        for (PromiseRow promise : overdue) {
            promises.resolve(promise.id(), "BROKEN", today);
            CaseRow row = cases.find(null, promise.caseId()).orElseThrow();
            waiting.resume(row);
            activities.add(row.creditorId(), ActivityStore.entry(row.id(), clock.instant(), "PROMISE_BROKEN",
                    Actor.system().label(), "Zahlungsversprechen über " + promise.amount().toPlainString()
                            + " EUR bis " + promise.dueOn() + " nicht eingehalten"));
            priorities.refresh(row.id());
            events.publishEvent(new PromiseBroken(row.id(), row.creditorId(), promise.amount(), promise.dueOn()));
        }
        return overdue.size();
    }

}
