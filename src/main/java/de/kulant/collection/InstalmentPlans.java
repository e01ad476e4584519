package de.kulant.collection;

import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimView;
import de.kulant.claims.PauseInterest;
import de.kulant.collection.internal.ActivityStore;
import de.kulant.collection.internal.CaseStore;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.collection.internal.DeferralStore;
import de.kulant.collection.internal.LimitationStore;
import de.kulant.collection.internal.PlanStore;
import de.kulant.collection.internal.PlanStore.PlanRow;
import de.kulant.collection.internal.PlanStore.RateRow;
import de.kulant.collection.internal.PromiseStore;
import de.kulant.law.LimitationEvent;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.ConflictException;
import de.kulant.platform.CreditorId;
import de.kulant.platform.CreditorReference;
import de.kulant.platform.Ids;
import de.kulant.platform.InputCheck;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.money.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Instalment plans agreed on a case: the quote's figures are what is stored and booked, so what the debtor was told is
 * what they pay. Within the creditor's rules a plan runs at once (agreement fee posted, limitation restarted by the
 * acknowledgement, §212 Abs. 1 Nr. 1 BGB, plan letter sent); beyond them it waits for the creditor's approval.
 */
@Service
public class InstalmentPlans {

    /** The terms as typed; {@code directDebit} set: the rates are debited under a SEPA mandate. */
    public record Request(Integer instalments, String interval, String firstDueOn, String downPayment,
                          DirectDebit directDebit) {
    }

    /** A SEPA direct-debit mandate as typed; the account holder is the debtor unless named. */
    public record DirectDebit(String iban, String mandateReference, String signedOn, String accountHolder) {
    }

    /** A plan with its rates and, while it waits, the rules it goes beyond. */
    public record PlanView(PlanRow plan, List<RateRow> rates) {

        /** ACTIVE, PENDING_CREDITOR, DECLINED, COMPLETED, DEFAULTED or EXPIRED. */
        public String status() {
            return plan.status();
        }

        public Money amount() {
            return plan.amount();
        }

        public LocalDate firstDueOn() {
            return plan.firstDueOn();
        }

        public int instalments() {
            return plan.instalments();
        }
    }

    // SEPA's character set for a mandate reference, not starting with "/" and without "//"
    private static final Pattern MANDATE_REFERENCE = Pattern.compile("(?!/)(?!.*//)[A-Za-z0-9+?/:().,' -]{1,35}");

    private final CaseStore cases;
    private final PlanStore plans;
    private final PromiseStore promises;
    private final DeferralStore deferrals;
    private final ActivityStore activities;
    private final LimitationStore limitation;
    private final PlanQuotes quotes;
    private final CaseFacts facts;
    private final CaseCharging charging;
    private final PlanLetters letters;
    private final CasePriorities priorities;
    private final PauseInterest pauseInterest;
    private final AuditTrail audit;
    private final Clock clock;

    InstalmentPlans(CaseStore cases, PlanStore plans, PromiseStore promises, DeferralStore deferrals,
                    ActivityStore activities, LimitationStore limitation, PlanQuotes quotes, CaseFacts facts,
                    CaseCharging charging, PlanLetters letters, CasePriorities priorities, PauseInterest pauseInterest,
                    AuditTrail audit, Clock clock) {
        this.pauseInterest = pauseInterest;
        this.cases = cases;
        this.plans = plans;
        this.promises = promises;
        this.deferrals = deferrals;
        this.activities = activities;
        this.limitation = limitation;
        this.quotes = quotes;
        this.facts = facts;
        this.charging = charging;
        this.letters = letters;
        this.priorities = priorities;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Agrees a plan on an open case ({@code creditor} null: staff). Every wrong field is named and nothing is stored; a
     * plan already running is refused.
     */
    @Transactional
    public PlanView agree(CreditorId creditor, CaseId id, Request request, Actor actor) {
        return agree(creditor, id, request, actor, null);
    }

    /** The same, with amounts typed in a form in {@code typedIn}'s language; null: API form. */
    @Transactional
    public PlanView agree(CreditorId creditor, CaseId id, Request request, Actor actor, java.util.Locale typedIn) {
        return agree(creditor, id, request, actor, typedIn, true);
    }

    private PlanView agree(CreditorId creditor, CaseId id, Request request, Actor actor, java.util.Locale typedIn,
                           boolean agreementFee) {
        Request r = request == null ? new Request(null, null, null, null, null) : request;
        LocalDate today = BusinessDates.today(clock);
        PlanStore.Mandate mandate = mandate(r.directDebit(), today);
        PlanQuotes.Quote quote = quotes.quote(creditor, id, new PlanQuotes.Request(r.instalments(), r.interval(),
                r.firstDueOn(), r.downPayment()), typedIn, agreementFee);
        CaseRow row = cases.lock(creditor, id).orElseThrow(() -> new NotFoundException("case"));
        if (plans.lockRunning(id).isPresent()) {
            throw ConflictException.coded("planRunning", "An instalment plan is running on this case already.");
        }
        if (row.status() == CaseStatus.DISPUTED) {
            throw ConflictException.coded("caseDisputed", "The claim is disputed: settle the dispute before a plan.");
        }
        if (quote.beyondRules().isEmpty() && waivePauseInterest(row, today, actor)) {
            // the plan is made on what is owed without the pause's interest
            quote = quotes.quote(creditor, id, new PlanQuotes.Request(r.instalments(), r.interval(), r.firstDueOn(),
                    r.downPayment()), typedIn, agreementFee);
        }
        boolean within = quote.beyondRules().isEmpty();
        Money fee = quote.agreementFee() == null ? Money.zeroEur() : quote.agreementFee().total();
        List<ClaimView> claims = facts.claims(row, today);
        if (mandate != null && mandate.holder() == null) {
            mandate = new PlanStore.Mandate(mandate.iban(), mandate.reference(), mandate.signedOn(),
                    claims.get(0).debtor().name());
        }
        PlanRow plan = new PlanRow(Ids.next(), id, row.creditorId(), within ? "ACTIVE" : "PENDING_CREDITOR",
                quote.openBalance(), fee, quote.schedule().amount(), quote.schedule().downPayment().isZero() ? null
                : quote.schedule().downPayment(), r.instalments(), quote.schedule().rates().size() > 1
                ? interval(r.interval()) : "MONTHLY", quote.schedule().rates().stream()
                .filter(rate -> rate.number() == 1).findFirst().orElseThrow().dueOn(), quote.interestWaived(),
                paid(claims), Money.zeroEur(), 0, within ? today : null, null, mandate, clock.instant(), actor.label());
        List<RateRow> rates = rates(plan, quote.schedule(), claims);
        plans.insert(plan, rates);
        audit.record(new AuditEntry(row.creditorId(), "case", id.toString(), within ? "plan.agreed" : "plan.requested",
                actor, null, Map.of("plan", plan.id().toString(), "amount", plan.amount().toPlainString(), "fee",
                        fee.toPlainString(), "instalments", plan.instalments(), "beyondRules", quote.beyondRules())));
        if (within) {
            start(row, plan, quote, claims, today, actor);
        } else {
            activities.add(row.creditorId(), ActivityStore.entry(id, clock.instant(), "PLAN", actor.label(),
                    "Ratenplan über " + plan.amount().toPlainString() + " EUR in " + plan.instalments() + " Raten "
                            + "geht über die Regeln der Gläubigerin hinaus (" + String.join(", ", quote.beyondRules())
                            + ") und wartet auf ihre Zustimmung"));
        }
        return new PlanView(plans.find(null, id, plan.id()).orElseThrow(), plans.rates(plan.id()));
    }

    /**
     * The debtor pays the whole open amount by one SEPA direct debit, collected on {@code collectionDate} with the next
     * pain.008 file: a plan of one rate without an agreement fee, as paying in full settles nothing new.
     */
    @Transactional
    public PlanView debitInFull(CaseId id, DirectDebit debit, LocalDate collectionDate, Actor actor) {
        return agree(null, id, new Request(1, "MONTHLY", collectionDate.toString(), null, debit), actor, null, false);
    }

    /**
     * The creditor's decision on a plan beyond its rules: approved, it runs as if agreed today (fee, §212 BGB, letter);
     * declined, the case goes on. A plan whose first rate is already due cannot be approved any more.
     */
    @Transactional
    public PlanView decide(CreditorId creditor, UUID planId, boolean approve, Actor actor) {
        PlanRow plan = plans.lock(creditor, planId).orElseThrow(() -> new NotFoundException("approval"));
        if (!plan.status().equals("PENDING_CREDITOR")) {
            throw ConflictException.coded("alreadyDecided", "The plan is " + plan.status() + " already.");
        }
        LocalDate today = BusinessDates.today(clock);
        CaseRow row = cases.lock(null, plan.caseId()).orElseThrow();
        audit.record(new AuditEntry(row.creditorId(), "case", row.id().toString(),
                approve ? "plan.approved" : "plan.declined", actor, null, Map.of("plan", planId.toString())));
        if (!approve) {
            plans.setStatus(planId, "DECLINED", today);
            activities.add(row.creditorId(), ActivityStore.entry(row.id(), clock.instant(), "PLAN_DECLINED",
                    actor.label(), "Die Gläubigerin hat den Ratenplan über " + plan.amount().toPlainString()
                            + " EUR abgelehnt"));
            priorities.refresh(row.id());
        } else {
            if (plan.firstDueOn().isBefore(today)) {
                throw ConflictException.coded("planOutdated", "The plan's first rate was due on " + plan.firstDueOn()
                        + "; agree a new plan with the debtor.");
            }
            waivePauseInterest(row, today, actor);
            PlanQuotes.Quote quote = quotes.quote(null, row.id(), new PlanQuotes.Request(plan.instalments(),
                    plan.interval(), plan.firstDueOn().toString(), plan.downPayment() == null ? null
                    : plan.downPayment().toPlainString()));
            plans.agree(planId, today);
            start(row, plans.lock(null, planId).orElseThrow(), quote, facts.claims(row, today), today, actor);
        }
        return new PlanView(plans.lock(null, planId).orElseThrow(), plans.rates(planId));
    }

    /** A plan replaces a running pause: the pause's days so far bear no interest. True when one was running. */
    private boolean waivePauseInterest(CaseRow row, LocalDate today, Actor actor) {
        var pause = deferrals.lockRunning(row.id());
        if (pause.isEmpty() || !pause.get().from().isBefore(today)) {
            return false;
        }
        pauseInterest.pauseEnded(row.id().value(), row.creditorId(), cases.members(row.id()).stream()
                .map(CaseStore.Member::claim).toList(), pause.get().from(), today.minusDays(1), actor);
        return true;
    }

    /** The case's plans, newest first; {@code creditor} null: staff. */
    @Transactional(readOnly = true)
    public List<PlanView> ofCase(CreditorId creditor, CaseId id) {
        cases.find(creditor, id).orElseThrow(() -> new NotFoundException("case"));
        return plans.ofCase(id).stream().map(p -> new PlanView(p, plans.rates(p.id()))).toList();
    }

    /** Runs the plan: what the debtor agreed to is booked and written to them. */
    private void start(CaseRow row, PlanRow plan, PlanQuotes.Quote quote, List<ClaimView> claims, LocalDate today,
                       Actor actor) {
        promises.lockOpen(row.id()).ifPresent(p -> promises.resolve(p.id(), "REPLACED", today));
        deferrals.lockRunning(row.id()).ifPresent(d -> {
            deferrals.end(d.id(), "REPLACED", today);
            limitation.endDeferral(row.id(), d.from(), today);
        });
        // the costs stay as the debtor was told: the first demand no longer raises them (§13a Abs. 3 RDG)
        Map<CaseId, Object> firstDemandEnds = new HashMap<>();
        firstDemandEnds.put(row.id(), null);
        cases.setEach("first_demand_until", "date", firstDemandEnds);
        if (quote.agreementFee() != null) {
            List<ClaimId> open = claims.stream().filter(c -> !c.status().isClosed()).map(ClaimView::id).toList();
            charging.chargeAgreement(row, quote.agreementFee(), open, today, actor);
        }
        limitation.add(row.id(), row.creditorId(), new LimitationEvent.Restart(today,
                "Ratenvereinbarung (Anerkenntnis, § 212 Abs. 1 Nr. 1 BGB)"), clock.instant());
        if (row.status() == CaseStatus.OPEN) {
            cases.setStatus(row.id(), CaseStatus.AGREEMENT);
        }
        activities.add(row.creditorId(), ActivityStore.entry(row.id(), clock.instant(), "PLAN", actor.label(),
                plan.instalments() == 1 ? "Zahlung des ganzen Betrags vereinbart: " + plan.amount().toPlainString()
                        + " EUR am " + plan.firstDueOn() + (plan.mandate() == null ? " per Überweisung"
                        : " per Lastschrift (Mandat " + plan.mandate().reference() + ")")
                        : "Ratenplan vereinbart: " + plan.amount().toPlainString() + " EUR in " + plan.instalments()
                        + " Raten ab "
                        + plan.firstDueOn() + (plan.mandate() == null ? " per Überweisung" : " per Lastschrift")
                        + (plan.agreementFee().isPositive() ? ", darin Einigungsgebühr "
                        + plan.agreementFee().toPlainString() + " EUR" : "")));
        letters.confirm(row, plan, quote, today, actor);
        priorities.refresh(row.id());
    }

    /** Each rate with its own RF reference: the claim it pays first, "R" and its number. */
    private static List<RateRow> rates(PlanRow plan, InstalmentSchedule schedule, List<ClaimView> claims) {
        List<ClaimView> open = claims.stream().filter(c -> !c.status().isClosed()).toList();
        List<RateRow> rows = new ArrayList<>();
        Money dueTotal = Money.zeroEur();
        for (InstalmentSchedule.Rate rate : schedule.rates()) {
            // the rate names the claim its first cent goes to, claims taken in the order they joined the case
            Money before = dueTotal;
            Money covered = Money.zeroEur();
            ClaimView named = open.get(open.size() - 1);
            for (ClaimView c : open) {
                covered = covered.plus(c.balance().outstanding());
                if (covered.isGreaterThan(before)) {
                    named = c;
                    break;
                }
            }
            dueTotal = dueTotal.plus(rate.amount());
            String body = named.paymentReference().value().substring(4) + "R" + String.format("%02d", rate.number());
            rows.add(new RateRow(plan.id(), rate.number(), rate.dueOn(), rate.amount(), dueTotal,
                    CreditorReference.ofReference(body).value(), "OPEN", null, null));
        }
        return rows;
    }

    private static PlanStore.Mandate mandate(DirectDebit debit, LocalDate today) {
        if (debit == null) {
            return null;
        }
        InputCheck check = new InputCheck().nested("directDebit");
        String iban = check.iban("iban", debit.iban());
        String reference = check.required("mandateReference", debit.mandateReference(), 35);
        if (reference != null && !MANDATE_REFERENCE.matcher(reference).matches()) {
            check.violation("mandateReference", "sepaCharacters", "may hold only letters, digits and + ? / : ( ) . , ' "
                    + "- and space, and must not start with / or hold //");
        }
        LocalDate signed = check.date("signedOn", debit.signedOn(), true);
        if (signed != null && signed.isAfter(today)) {
            check.violation("signedOn", "future", "must not be in the future");
        }
        String holder = check.optional("accountHolder", debit.accountHolder(), 70);
        check.throwIfInvalid();
        return new PlanStore.Mandate(iban, reference, signed, holder);
    }

    private static String interval(String typed) {
        return typed == null || typed.isBlank() ? "MONTHLY" : typed.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private static Money paid(List<ClaimView> claims) {
        return claims.stream().map(c -> c.balance().paid()).reduce(Money.zeroEur(), Money::plus);
    }
}
