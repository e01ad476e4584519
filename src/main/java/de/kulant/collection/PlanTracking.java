package de.kulant.collection;

import de.kulant.claims.ClaimView;
import de.kulant.claims.CollectionCharges;
import de.kulant.collection.internal.ActivityStore;
import de.kulant.collection.internal.CaseStore;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.collection.internal.PlanStore;
import de.kulant.collection.internal.PlanStore.PlanRow;
import de.kulant.platform.Actor;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.CreditorRange;
import de.kulant.platform.money.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follows the rates of running plans: what came in since the agreement pays the rates in order, give or take the
 * tolerance (days late, cents short); a plan fully paid is completed (and interest waived by the creditor's rule let
 * go); a missed rate gets a friendly reminder, a second one ends the plan as DEFAULTED and the case resumes.
 */
@Component
public class PlanTracking {

    private final CaseStore cases;
    private final PlanStore plans;
    private final CaseWaiting waiting;
    private final ActivityStore activities;
    private final CaseFacts facts;
    private final PlanLetters letters;
    private final CaseClosing closing;
    private final CollectionCharges charges;
    private final CasePriorities priorities;
    private final CollectionProperties properties;
    private final Clock clock;

    PlanTracking(CaseStore cases, PlanStore plans, CaseWaiting waiting, ActivityStore activities, CaseFacts facts,
                 PlanLetters letters, CaseClosing closing, CollectionCharges charges, CasePriorities priorities,
                 CollectionProperties properties, Clock clock) {
        this.cases = cases;
        this.plans = plans;
        this.waiting = waiting;
        this.activities = activities;
        this.facts = facts;
        this.letters = letters;
        this.closing = closing;
        this.charges = charges;
        this.priorities = priorities;
        this.properties = properties;
        this.clock = clock;
    }

    Money tolerance() {
        return Money.eurCents(properties.rateToleranceCents());
    }

    /** After a payment on the case, or one the bank returned: the rates paid now, the plan complete when all are. */
    @Transactional
    public void afterMoney(CaseId id, LocalDate on) {
        plans.lockRunning(id).filter(p -> p.status().equals("ACTIVE")).ifPresent(plan -> {
            CaseRow row = cases.find(null, id).orElseThrow();
            LocalDate today = BusinessDates.today(clock);
            List<ClaimView> claims = facts.claims(row, today);
            Money paid = claims.stream().map(c -> c.balance().paid()).reduce(Money.zeroEur(), Money::plus);
            int unpaid = plans.settle(plan.id(), paid.minus(plan.paidBefore()), tolerance(), on);
            if (unpaid == 0) {
                complete(row, plan, claims, today);
            }
        });
    }

    private void complete(CaseRow row, PlanRow plan, List<ClaimView> claims, LocalDate today) {
        plans.setStatus(plan.id(), "COMPLETED", today);
        String text = "Ratenplan vollständig bezahlt";
        if (plan.interestWaived()) {
            Map<de.kulant.claims.ClaimId, Money> waived = charges.waiveInterest(row.id().value(), row.creditorId(),
                    claims.stream().filter(c -> !c.status().isClosed()).map(ClaimView::id).toList(), today,
                    "Zinsverzicht der Gläubigerin bei eingehaltenem Ratenplan", Actor.system());
            Money sum = waived.values().stream().reduce(Money.zeroEur(), Money::plus);
            if (sum.isPositive()) {
                text += "; Verzugszinsen von " + sum.toPlainString() + " EUR erlassen (Verzicht der Gläubigerin)";
            }
            closing.closeIfSettled(row.id(), Actor.system());
        }
        activities.add(row.creditorId(), ActivityStore.entry(row.id(), clock.instant(), "PLAN_COMPLETED", "payments",
                text));
        waiting.resume(cases.find(null, row.id()).orElseThrow());
        priorities.refresh(row.id());
    }

    /**
     * Plans with rates missed as of {@code asOf} beyond the tolerance: a reminder, or at the second miss the end; a
     * batch of them with a fixed number of statements.
     */
    /** One batch of the day's missed rates: how many plans it took and the last one, where the next batch starts. */
    record MissedBatch(int plans, PlanStore.PlanCursor last) {
    }

    /** The range's plans after {@code after}, so a run's batches read the range's running plans once in all. */
    MissedBatch missedAfter(LocalDate asOf, CreditorRange range, PlanStore.PlanCursor after, int limit) {
        LocalDate cutoff = asOf.minusDays(properties.rateToleranceDays());
        List<PlanStore.Missed> missed = plans.missed(cutoff, tolerance(), range, after, limit);
        plans.markMissed(missed.stream().map(PlanStore.Missed::planId).toList(), cutoff, tolerance(), asOf);
        Map<CaseId, CaseRow> rows = cases.findAll(missed.stream().map(PlanStore.Missed::caseId).toList());
        Map<UUID, PlanRow> planRows = plans.findAll(missed.stream().map(PlanStore.Missed::planId).toList());
        List<UUID> defaulted = new ArrayList<>();
        List<CaseRow> resumed = new ArrayList<>();
        Map<CaseId, PlanRow> reminded = new LinkedHashMap<>();
        List<ActivityStore.Logged> logged = new ArrayList<>();
        for (PlanStore.Missed m : missed) {
            CaseRow row = rows.get(m.caseId());
            PlanRow plan = planRows.get(m.planId());
            if (m.missesBefore() + m.newlyMissed() >= 2) {
                defaulted.add(plan.id());
                resumed.add(row);
                logged.add(new ActivityStore.Logged(row.creditorId(), ActivityStore.entry(row.id(), clock.instant(),
                        "PLAN_DEFAULTED", Actor.system().label(), "Ratenplan beendet: eine zweite Rate (fällig am "
                                + m.firstMissedDueOn() + ") ist nicht eingegangen; der ganze Rest ist fällig, der Fall "
                                + "läuft weiter")));
            } else {
                reminded.put(row.id(), plan);
                logged.add(new ActivityStore.Logged(row.creditorId(), ActivityStore.entry(row.id(), clock.instant(),
                        "PLAN_RATE_MISSED", Actor.system().label(), "Rate über " + m.missedAmount().toPlainString()
                                + " EUR, fällig am " + m.firstMissedDueOn() + ", nicht eingegangen: Erinnerung zum "
                                + "Versand vorgemerkt")));
            }
        }
        plans.setStatusAll(defaulted, "DEFAULTED", asOf);
        waiting.resumeAll(resumed);
        activities.addAll(logged);
        letters.remindAll(reminded, asOf, Actor.system());
        priorities.refreshAll(rows.keySet());
        PlanStore.Missed last = missed.isEmpty() ? null : missed.get(missed.size() - 1);
        return new MissedBatch(missed.size(), last == null ? after
                : new PlanStore.PlanCursor(last.creditorId().value(), last.planId()));
    }

    /** Plans the creditor did not decide on before their first rate fell due: they count as declined. */
    int expireUndecided(LocalDate today, CreditorRange range, int limit) {
        List<PlanRow> undecided = plans.lockUndecided(today, range, limit);
        for (PlanRow plan : undecided) {
            plans.setStatus(plan.id(), "EXPIRED", today);
            activities.add(plan.creditorId(), ActivityStore.entry(plan.caseId(), clock.instant(), "PLAN_EXPIRED",
                    Actor.system().label(), "Die Gläubigerin hat über den Ratenplan nicht vor der ersten Rate ("
                            + plan.firstDueOn() + ") entschieden; er gilt als abgelehnt"));
        }
        priorities.refreshAll(undecided.stream().map(PlanRow::caseId).toList());
        return undecided.size();
    }

}
