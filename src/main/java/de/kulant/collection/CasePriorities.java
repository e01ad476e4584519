package de.kulant.collection;

import de.kulant.claims.ClaimView;
import de.kulant.collection.internal.CaseStore;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.collection.internal.DeferralStore;
import de.kulant.collection.internal.CourtStore;
import de.kulant.collection.internal.DisputeStore;
import de.kulant.collection.internal.LimitationStore;
import de.kulant.collection.internal.PlanStore;
import de.kulant.collection.internal.PromiseStore;
import de.kulant.collection.internal.PromiseStore.PromiseRow;
import de.kulant.collection.internal.QueueStore;
import de.kulant.collection.internal.SettlementStore;
import de.kulant.collection.internal.StrategyStore;
import de.kulant.law.LimitationEvent;
import de.kulant.law.DunningCourt;
import de.kulant.legal.CurrentLaw;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.money.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Computes and stores a case's priority from its claims, promises, disputes and flags. */
@Component
public class CasePriorities {

    private static final int LIMITATION_NEAR_DAYS = 90;
    private static final int COURT_LAPSE_DAYS = 30;

    private final CaseStore cases;
    private final QueueStore queues;
    private final PromiseStore promises;
    private final DisputeStore disputes;
    private final CaseFacts facts;
    private final StrategyStore strategies;
    private final PlanStore plans;
    private final DeferralStore deferrals;
    private final LimitationStore limitation;
    private final SettlementStore settlements;
    private final CourtStore court;
    private final CurrentLaw law;
    private final Clock clock;

    CasePriorities(CaseStore cases, QueueStore queues, PromiseStore promises, DisputeStore disputes, CaseFacts facts,
                   StrategyStore strategies, PlanStore plans, DeferralStore deferrals, LimitationStore limitation,
                   SettlementStore settlements, CourtStore court, CurrentLaw law, Clock clock) {
        this.court = court;
        this.settlements = settlements;
        this.strategies = strategies;
        this.plans = plans;
        this.deferrals = deferrals;
        this.limitation = limitation;
        this.cases = cases;
        this.queues = queues;
        this.promises = promises;
        this.disputes = disputes;
        this.facts = facts;
        this.law = law;
        this.clock = clock;
    }

    public Priority refresh(CaseId id) {
        return refreshAll(List.of(id)).get(id);
    }

    /** Computes and stores the priority of many cases with a fixed number of queries, however many. */
    public Map<CaseId, Priority> refreshAll(Collection<CaseId> ids) {
        Map<CaseId, CaseRow> rows = cases.findAll(ids);
        LocalDate today = BusinessDates.today(clock);
        Map<CaseId, List<ClaimView>> claimsOf = facts.claimsOf(rows.values(), today);
        Map<CaseId, PromiseRow> latestPromise = promises.latestOf(rows.keySet());
        Set<CaseId> disputed = disputes.openAmong(rows.keySet());
        Set<CaseId> tasks = strategies.tasksDue(rows.keySet());
        Map<CaseId, Set<CaseStore.Mark>> marks = cases.marksOf(rows.keySet());
        Map<CaseId, String> planStatus = plans.latestStatusOf(rows.keySet());
        Set<CaseId> paused = deferrals.runningAmong(rows.keySet());
        Set<CaseId> offered = settlements.runningAmong(rows.keySet());
        Map<CaseId, List<LimitationEvent>> events = limitation.eventsOf(rows.keySet());
        Map<CaseId, List<CourtStore.ProcedureRow>> procedures = court.runningOf(rows.keySet());
        Map<CaseId, Priority> computed = new LinkedHashMap<>();
        Map<CaseId, QueueStore.Scored> stored = new LinkedHashMap<>();
        for (CaseRow row : rows.values()) {
            List<ClaimView> claims = claimsOf.getOrDefault(row.id(), List.of());
            Money outstanding = claims.stream().filter(c -> !c.status().isClosed()).map(c -> c.balance().outstanding())
                    .reduce(Money.zeroEur(), Money::plus);
            PromiseRow latest = latestPromise.get(row.id());
            boolean running = latest != null && latest.status().equals("OPEN");
            // limitation with the case's recorded restarts and suspensions (§§205, 212 BGB); a promise restarts nothing
            List<LimitationEvent> caseEvents = events.getOrDefault(row.id(), List.of());
            boolean limitationNear = claims.stream().filter(c -> !c.status().isClosed())
                    .map(c -> CaseLimitations.endOf(law, c, caseEvents).endsOn())
                    .anyMatch(end -> end != null && !end.isAfter(today.plusDays(LIMITATION_NEAR_DAYS)));
            Priority priority = Priority.of(new Priority.Facts(outstanding,
                    ChronoUnit.DAYS.between(row.openedOn(), today), running && latest.dueOn().equals(today), running,
                    latest != null && latest.status().equals("BROKEN"), limitationNear, row.hardship(),
                    disputed.contains(row.id()), tasks.contains(row.id()),
                    marks.getOrDefault(row.id(), Set.of()).contains(CaseStore.Mark.PAYMENT_RETURNED),
                    marks.getOrDefault(row.id(), Set.of()).contains(CaseStore.Mark.MESSAGE_WAITING),
                    "ACTIVE".equals(planStatus.get(row.id())) || "PENDING_CREDITOR".equals(planStatus.get(row.id())),
                    "DEFAULTED".equals(planStatus.get(row.id())), paused.contains(row.id()),
                    offered.contains(row.id()), procedures.getOrDefault(row.id(), List.of()).stream()
                    .anyMatch(p -> courtActionDue(p, today))));
            computed.put(row.id(), priority);
            stored.put(row.id(), new QueueStore.Scored(priority.score(), priority.stored()));
        }
        queues.setPriorities(stored);
        return computed;
    }

    /** A prepared application due for filing, or a served order whose objection period is over or lapses soon. */
    private boolean courtActionDue(CourtStore.ProcedureRow p, LocalDate today) {
        if (p.state().equals("PREPARED")) {
            return !p.fileOn().isAfter(today);
        }
        if (!p.state().equals("SERVED")) {
            return false;
        }
        CourtProcedures.CourtDeadlines d = CourtSteps.deadlines(law.deadlines(), DunningCourt.valueOf(p.court()),
                p.servedOn());
        return !today.isBefore(d.enforcementFrom()) || !d.enforcementBy().isAfter(today.plusDays(COURT_LAPSE_DAYS));
    }
}
