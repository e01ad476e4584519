package de.kulant.collection;

import de.kulant.claims.ClaimView;
import de.kulant.collection.internal.CaseStore;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.collection.internal.DisputeStore;
import de.kulant.collection.internal.PromiseStore;
import de.kulant.collection.internal.PromiseStore.PromiseRow;
import de.kulant.collection.internal.QueueStore;
import de.kulant.collection.internal.StrategyStore;
import de.kulant.legal.CurrentLaw;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.money.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Component;

/** Computes and stores a case's priority from its claims, promises, disputes and flags. */
@Component
public class CasePriorities {

    private static final int LIMITATION_NEAR_DAYS = 90;

    private final CaseStore cases;
    private final QueueStore queues;
    private final PromiseStore promises;
    private final DisputeStore disputes;
    private final CaseFacts facts;
    private final StrategyStore strategies;
    private final CurrentLaw law;
    private final Clock clock;

    CasePriorities(CaseStore cases, QueueStore queues, PromiseStore promises, DisputeStore disputes, CaseFacts facts,
                   StrategyStore strategies, CurrentLaw law, Clock clock) {
        this.strategies = strategies;
        this.cases = cases;
        this.queues = queues;
        this.promises = promises;
        this.disputes = disputes;
        this.facts = facts;
        this.law = law;
        this.clock = clock;
    }

    public Priority refresh(CaseId id) {
        CaseRow row = cases.find(null, id).orElseThrow();
        LocalDate today = BusinessDates.today(clock);
        List<ClaimView> claims = facts.claims(row, today);
        Money outstanding = claims.stream().filter(c -> !c.status().isClosed()).map(c -> c.balance().outstanding())
                .reduce(Money.zeroEur(), Money::plus);
        List<PromiseRow> all = promises.ofCase(id);
        PromiseRow latest = all.isEmpty() ? null : all.get(0);
        boolean running = latest != null && latest.status().equals("OPEN");
        // limitation without the restarts a promise brings (§212): the earliest end, so "near" errs on the safe side
        boolean limitationNear = claims.stream().filter(c -> !c.status().isClosed())
                .map(c -> law.limitation().endOf(c.dueDate(), List.of()).endsOn())
                .anyMatch(end -> end != null && !end.isAfter(today.plusDays(LIMITATION_NEAR_DAYS)));
        Priority priority = Priority.of(new Priority.Facts(outstanding, ChronoUnit.DAYS.between(row.openedOn(), today),
                running && latest.dueOn().equals(today), running, latest != null && latest.status().equals("BROKEN"),
                limitationNear, row.hardship(), disputes.anyOpen(id), strategies.taskDue(id)));
        queues.setPriority(id, priority.score(), priority.stored());
        return priority;
    }
}
