package de.kulant.collection;

import de.kulant.claims.ClaimView;
import de.kulant.claims.CollectionCharges;
import de.kulant.collection.internal.ActivityStore;
import de.kulant.collection.internal.CaseStore;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.collection.internal.PlanStore;
import de.kulant.collection.internal.SettlementStore;
import de.kulant.collection.internal.SettlementStore.SettlementRow;
import de.kulant.correspondence.CaseLetter;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.ConflictException;
import de.kulant.platform.CreditorId;
import de.kulant.platform.CreditorRange;
import de.kulant.platform.CreditorReference;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.Ids;
import de.kulant.platform.InputCheck;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settlement offers: a reduced total that ends the case. Within the creditor's rules (discount, case age) it is made
 * to the debtor at once; beyond them it waits for the creditor's decision, and the debtor hears of it only when
 * approved. Paid by its day, the rest is let go (SETTLEMENT_DISCOUNT) and the case closes as SETTLED; not paid, the
 * offer expires and the case resumes.
 */
@Service
public class Settlements {

    private static final int LONGEST_VALIDITY_DAYS = 60;

    private final CaseStore cases;
    private final SettlementStore settlements;
    private final PlanStore plans;
    private final CaseWaiting waiting;
    private final ActivityStore activities;
    private final CaseFacts facts;
    private final Agreements agreements;
    private final FirstLetters letters;
    private final CollectionCharges charges;
    private final CaseClosing closing;
    private final CasePriorities priorities;
    private final CollectionProperties properties;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Settlements(CaseStore cases, SettlementStore settlements, PlanStore plans, CaseWaiting waiting,
                ActivityStore activities, CaseFacts facts, Agreements agreements, FirstLetters letters,
                CollectionCharges charges, CaseClosing closing, CasePriorities priorities,
                CollectionProperties properties, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.settlements = settlements;
        this.plans = plans;
        this.waiting = waiting;
        this.activities = activities;
        this.facts = facts;
        this.agreements = agreements;
        this.letters = letters;
        this.charges = charges;
        this.closing = closing;
        this.priorities = priorities;
        this.properties = properties;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Offers to settle an open case ({@code creditor} null: staff) for {@code amountText} if paid by the day given. */
    @Transactional
    public SettlementRow offer(CreditorId creditor, CaseId id, String amountText, String validUntilText, Actor actor) {
        return offer(creditor, id, amountText, validUntilText, actor, null);
    }

    /** The same, with the amount typed in a form in {@code typedIn}'s language; null: API form. */
    @Transactional
    public SettlementRow offer(CreditorId creditor, CaseId id, String amountText, String validUntilText, Actor actor,
                               java.util.Locale typedIn) {
        LocalDate today = BusinessDates.today(clock);
        InputCheck check = typedIn == null ? new InputCheck() : InputCheck.typedBy(typedIn);
        Money amount = check.amount("amount", amountText, Money.eur("10000000.00"));
        LocalDate until = check.date("validUntil", validUntilText, true);
        if (until != null && until.isBefore(today)) {
            check.violation("validUntil", "past", "must not be in the past");
        } else if (until != null && until.isAfter(today.plusDays(LONGEST_VALIDITY_DAYS))) {
            check.violation("validUntil", "tooLate", "must lie within " + LONGEST_VALIDITY_DAYS + " days",
                    LONGEST_VALIDITY_DAYS);
        }
        check.throwIfInvalid();
        CaseRow row = cases.lock(creditor, id).orElseThrow(() -> new NotFoundException("case"));
        if (row.status() == CaseStatus.CLOSED) {
            throw ConflictException.coded("caseClosed", "The case is closed already.");
        }
        if (row.status() == CaseStatus.DISPUTED) {
            throw ConflictException.coded("caseDisputed", "The claim is disputed: settle the dispute before an offer.");
        }
        if (plans.lockRunning(id).isPresent()) {
            throw ConflictException.coded("planRunning", "An instalment plan is running on this case already.");
        }
        if (settlements.lockRunning(id).isPresent()) {
            throw ConflictException.coded("offerRunning", "A settlement offer is running on this case already.");
        }
        List<ClaimView> claims = facts.claims(row, today);
        List<ClaimView> open = claims.stream().filter(c -> !c.status().isClosed()).toList();
        Money balance = open.stream().map(c -> c.balance().outstanding()).reduce(Money.zeroEur(), Money::plus);
        if (!amount.isLessThan(balance)) {
            throw new InvalidInputException(List.of(FieldViolation.coded("amount", "notBelowBalance",
                    "must be less than the open balance of " + balance.toPlainString(), balance)));
        }
        BigDecimal discount = balance.minus(amount).amount().multiply(BigDecimal.valueOf(100))
                .divide(balance.amount(), 2, RoundingMode.HALF_UP);
        AgreementRules rules = agreements.rulesFor(row);
        List<String> beyond = new ArrayList<>();
        if (discount.compareTo(BigDecimal.valueOf(rules.maxDiscountPercent())) > 0) {
            beyond.add("maxDiscountPercent");
        }
        if (ChronoUnit.DAYS.between(row.openedOn(), today) < rules.discountFromDays()) {
            beyond.add("discountFromDays");
        }
        String reference = CreditorReference.ofReference(open.get(0).paymentReference().value().substring(4) + "R00")
                .value();
        SettlementRow offer = new SettlementRow(Ids.next(), id, row.creditorId(), beyond.isEmpty() ? "APPROVED"
                : "PENDING_CREDITOR", balance, amount, discount, until, reference, claims.stream()
                .map(c -> c.balance().paid()).reduce(Money.zeroEur(), Money::plus), beyond.isEmpty() ? null
                : String.join(",", beyond), clock.instant(), actor.label(), beyond.isEmpty() ? clock.instant() : null,
                beyond.isEmpty() ? actor.label() : null, null);
        settlements.insert(offer);
        audit.record(new AuditEntry(row.creditorId(), "case", id.toString(), "settlement.offered", actor, null,
                Map.of("settlement", offer.id().toString(), "amount", amount.toPlainString(), "openBalance",
                        balance.toPlainString(), "validUntil", until.toString(), "status", offer.status())));
        if (beyond.isEmpty()) {
            make(row, offer, actor);
        } else {
            activities.add(row.creditorId(), ActivityStore.entry(id, clock.instant(), "SETTLEMENT", actor.label(),
                    "Vergleich über " + amount.toPlainString() + " EUR statt " + balance.toPlainString() + " EUR ("
                            + discount.toPlainString() + " % Nachlass) geht über die Regeln der Gläubigerin hinaus und "
                            + "wartet auf ihre Entscheidung"));
            priorities.refresh(id);
            events.publishEvent(new SettlementApprovalRequested(id, row.creditorId(), offer.id(), amount, balance,
                    until));
        }
        return offer;
    }

    /** The creditor's decision on an offer waiting for it; the debtor hears of it only when approved. */
    @Transactional
    public SettlementRow decide(CreditorId creditor, UUID offerId, boolean approve, Actor actor) {
        SettlementRow offer = settlements.lock(creditor, offerId).orElseThrow(() -> new NotFoundException("approval"));
        if (!offer.status().equals("PENDING_CREDITOR")) {
            throw ConflictException.coded("alreadyDecided", "The offer is " + offer.status() + " already.");
        }
        settlements.decide(offerId, approve ? "APPROVED" : "DECLINED", clock.instant(), actor.label());
        CaseRow row = cases.find(null, offer.caseId()).orElseThrow();
        audit.record(new AuditEntry(row.creditorId(), "case", row.id().toString(),
                approve ? "settlement.approved" : "settlement.declined", actor, null,
                Map.of("settlement", offerId.toString())));
        if (approve) {
            make(row, offer, actor);
        } else {
            activities.add(row.creditorId(), ActivityStore.entry(row.id(), clock.instant(), "SETTLEMENT_DECLINED",
                    actor.label(), "Die Gläubigerin hat den Vergleich über " + offer.amount().toPlainString()
                            + " EUR abgelehnt"));
            priorities.refresh(row.id());
        }
        return settlements.lock(null, offerId).orElseThrow();
    }

    /** The case's offers, newest first; {@code creditor} null: staff. */
    @Transactional(readOnly = true)
    public List<SettlementRow> ofCase(CreditorId creditor, CaseId id) {
        cases.find(creditor, id).orElseThrow(() -> new NotFoundException("case"));
        return settlements.ofCase(id);
    }

    /** The offer goes to the debtor: the case waits until its day. */
    private void make(CaseRow row, SettlementRow offer, Actor actor) {
        if (row.status() == CaseStatus.OPEN) {
            cases.setStatus(row.id(), CaseStatus.AGREEMENT);
        }
        letters.queueOffer(row, BusinessDates.today(clock), new CaseLetter.Offer(offer.openBalance(), offer.amount(),
                offer.validUntil(), offer.reference()), actor);
        activities.add(row.creditorId(), ActivityStore.entry(row.id(), clock.instant(), "SETTLEMENT", actor.label(),
                "Vergleichsangebot: " + offer.amount().toPlainString() + " EUR statt " + offer.openBalance()
                        .toPlainString() + " EUR, zahlbar bis " + offer.validUntil()));
        priorities.refresh(row.id());
    }

    /** After money on the case: an offer made and paid by its day settles the case. */
    @Transactional
    public void afterMoney(CaseId id, LocalDate bookingDate) {
        settlements.lockRunning(id).filter(o -> !o.status().equals("PENDING_CREDITOR")).ifPresent(offer -> {
            LocalDate today = BusinessDates.today(clock);
            CaseRow row = cases.find(null, id).orElseThrow();
            List<ClaimView> claims = facts.claims(row, today);
            Money since = claims.stream().map(c -> c.balance().paid()).reduce(Money.zeroEur(), Money::plus)
                    .minus(offer.paidBefore());
            Money tolerance = Money.eurCents(properties.rateToleranceCents());
            if (bookingDate.isAfter(offer.validUntil()) || since.plus(tolerance).isLessThan(offer.amount())) {
                return;
            }
            settlements.setStatus(offer.id(), "SETTLED", bookingDate);
            Map<de.kulant.claims.ClaimId, Money> discounted = charges.settle(offer.id(), row.creditorId(), claims
                    .stream().filter(c -> !c.status().isClosed()).map(ClaimView::id).toList(), bookingDate,
                    "Vergleich: " + offer.amount().toPlainString() + " EUR bis " + offer.validUntil() + " bezahlt",
                    Actor.system());
            Money rest = discounted.values().stream().reduce(Money.zeroEur(), Money::plus);
            activities.add(row.creditorId(), ActivityStore.entry(id, clock.instant(), "SETTLED", "payments",
                    "Vergleich erfüllt: " + since.toPlainString() + " EUR gezahlt, Rest von " + rest.toPlainString()
                            + " EUR erlassen"));
            closing.closeSettled(id, "Vergleich über " + offer.amount().toPlainString() + " EUR erfüllt",
                    Actor.system());
        });
    }

    /** Offers whose day passed: unpaid ones expire and the case resumes; waiting ones count as declined. */
    int expireDue(LocalDate today, CreditorRange range, int limit) {
        List<SettlementRow> expired = settlements.lockExpired(today, range, limit);
        Map<CaseId, CaseRow> rows = cases.findAll(expired.stream().map(SettlementRow::caseId).toList());
        for (SettlementRow offer : expired) {
            settlements.setStatus(offer.id(), "EXPIRED", offer.validUntil());
            CaseRow row = rows.get(offer.caseId());
            waiting.resume(row);
            activities.add(row.creditorId(), ActivityStore.entry(row.id(), clock.instant(), "SETTLEMENT_EXPIRED",
                    Actor.system().label(), offer.status().equals("PENDING_CREDITOR")
                            ? "Die Gläubigerin hat über den Vergleich bis " + offer.validUntil() + " nicht entschieden; "
                            + "er gilt als abgelehnt" : "Vergleichsangebot bis " + offer.validUntil()
                            + " nicht angenommen; es bleibt beim vollen Betrag"));
        }
        priorities.refreshAll(rows.keySet());
        return expired.size();
    }
}
