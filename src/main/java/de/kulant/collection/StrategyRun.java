package de.kulant.collection;

import de.kulant.collection.internal.ActivityStore;
import de.kulant.collection.internal.CaseCursor;
import de.kulant.collection.internal.CaseStore;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.collection.internal.StrategyStore;
import de.kulant.platform.Actor;
import de.kulant.platform.CreditorId;
import de.kulant.platform.CreditorRange;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works each open case's strategy as of a day: the latest step whose day has come and that was not done runs once (a
 * reminder letter or e-mail, a call task or a review for the case worker); steps overtaken by it are skipped, so a run
 * missed for a few days never sends two letters at once. A dry run only says what would happen.
 */
@Component
public class StrategyRun {

    /** A step the run did, or would do in a dry run. */
    public record Planned(UUID caseId, String reference, int step, String action) {
    }

    static final int BATCH = 200;

    private final CaseStore cases;
    private final StrategyStore store;
    private final Strategies strategies;
    private final FirstLetters letters;
    private final ActivityStore activities;
    private final CasePriorities priorities;
    private final TransactionTemplate transactions;
    private final Clock clock;

    StrategyRun(CaseStore cases, StrategyStore store, Strategies strategies, FirstLetters letters,
                ActivityStore activities, CasePriorities priorities, TransactionTemplate transactions, Clock clock) {
        this.cases = cases;
        this.store = store;
        this.strategies = strategies;
        this.letters = letters;
        this.activities = activities;
        this.priorities = priorities;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What the strategies would do as of {@code asOf} over all cases, changing nothing. */
    List<Planned> dryRun(LocalDate asOf) {
        List<Planned> planned = new ArrayList<>();
        Map<CreditorId, Strategies.Setup> setups = new HashMap<>();
        CaseCursor after = null;
        while (true) {
            CaseCursor from = after;
            List<CaseCursor> batch = transactions.execute(status ->
                    batch(asOf, CreditorRange.ALL, from, null, setups, planned));
            if (batch == null || batch.size() < BATCH) {
                return planned;
            }
            after = batch.get(batch.size() - 1);
        }
    }

    /**
     * Works up to {@value #BATCH} workable cases of the range after {@code after} in the caller's transaction, adding
     * each step it does to {@code planned}; returns the cases it looked at, fewer than {@value #BATCH} on the last
     * batch. {@code runId} null: a dry run, which records and sends nothing.
     */
    List<CaseCursor> batch(LocalDate asOf, CreditorRange range, CaseCursor after, UUID runId,
                           Map<CreditorId, Strategies.Setup> setups, List<Planned> planned) {
        List<CaseCursor> cases = store.workable(range, after, BATCH);
        for (CaseCursor c : cases) {
            step(c.caseId(), asOf, runId, setups, planned);
        }
        return cases;
    }

    private void step(CaseId id, LocalDate asOf, UUID runId, Map<CreditorId, Strategies.Setup> setups,
                      List<Planned> planned) {
        CaseRow row = cases.find(null, id).orElseThrow();
        Strategy strategy = Strategies.forArm(setups.computeIfAbsent(row.creditorId(), strategies::of), store.arm(id));
        long days = ChronoUnit.DAYS.between(row.openedOn(), asOf);
        Set<Integer> done = store.stepsDone(id);
        int latest = -1;
        // step 0 is the first letter, sent when the case opened
        for (int i = 1; i < strategy.steps().size(); i++) {
            if (strategy.steps().get(i).day() <= days && !done.contains(i)) {
                latest = i;
            }
        }
        if (latest < 0) {
            return;
        }
        String action = strategy.steps().get(latest).action();
        planned.add(new Planned(id.value(), row.reference().value(), latest, action));
        if (runId == null) {
            return;
        }
        for (int i = 1; i < latest; i++) {
            if (!done.contains(i)) {
                store.recordStep(id, row.creditorId(), i, strategy.steps().get(i).action(), "SKIPPED", asOf,
                        runId);
            }
        }
        if (!store.recordStep(id, row.creditorId(), latest, action, "DONE", asOf, runId)) {
            return;
        }
        Actor actor = Actor.system();
        switch (action) {
            case "LETTER" -> letters.queueReminder(row, asOf, false, actor);
            case "EMAIL" -> letters.queueReminder(row, asOf, true, actor);
            default -> {
                store.setTask(id, action, asOf);
                activities.add(row.creditorId(), ActivityStore.entry(id, clock.instant(), "TASK", actor.label(),
                        action.equals("CALL_TASK") ? "Anruf fällig (Strategie, Tag " + strategy.steps().get(latest).day()
                                + ")" : "Fall prüfen (Strategie, Tag " + strategy.steps().get(latest).day() + ")"));
            }
        }
        priorities.refresh(id);
    }
}
