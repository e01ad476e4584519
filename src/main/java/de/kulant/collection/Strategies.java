package de.kulant.collection;

import de.kulant.collection.internal.StrategyStore;
import de.kulant.collection.internal.StrategyStore.ArmCase;
import de.kulant.collection.internal.StrategyStore.StrategyRow;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.CreditorId;
import de.kulant.platform.FieldViolation;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A creditor's collection strategies: the champion every case follows, and optionally a challenger that a fixed share
 * of new cases follows instead — chosen by the case id, so a case keeps its arm — with the figures that compare them.
 */
@Service
public class Strategies {

    /** The champion and the challenger (null when none) with the share of new cases it gets. */
    public record Setup(Strategy champion, Strategy challenger, int challengerPercent) {
    }

    /** How one arm did: cases, paid cases with the recovery rate and its 95 % interval, days to payment, steps used. */
    public record ArmFigures(String arm, int cases, int paid, double recoveryRate, double rateLow, double rateHigh,
                             Double meanDaysToPayment, Double daysMargin, double stepsPerCase) {
    }

    private static final int MAX_CHALLENGER_PERCENT = 50;

    private final StrategyStore store;
    private final JsonMapper json;
    private final AuditTrail audit;
    private final Clock clock;

    Strategies(StrategyStore store, JsonMapper json, AuditTrail audit, Clock clock) {
        this.store = store;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Setup of(CreditorId creditor) {
        return ofAll(List.of(creditor)).get(creditor);
    }

    /** The strategies of each of these creditors (the standard one where a creditor set none), in one query. */
    @Transactional(readOnly = true)
    public Map<CreditorId, Setup> ofAll(Collection<CreditorId> creditors) {
        Map<CreditorId, StrategyRow> stored = store.findAll(creditors);
        Map<CreditorId, Setup> setups = new HashMap<>();
        for (CreditorId creditor : creditors) {
            StrategyRow row = stored.get(creditor);
            setups.put(creditor, row == null ? new Setup(Strategy.standard(), null, 0) : new Setup(parse(row.champion()),
                    row.challenger() == null ? null : parse(row.challenger()), row.challengerPercent()));
        }
        return setups;
    }

    /** Replaces the creditor's strategies; every wrong step is named, and nothing is stored then. */
    @Transactional
    public Setup change(CreditorId creditor, List<Strategy.Step> champion, List<Strategy.Step> challenger,
                        Integer challengerPercent, Actor actor) {
        List<FieldViolation> violations = new ArrayList<>();
        Strategy first = Strategy.of("champion", champion, violations);
        Strategy second = challenger == null || challenger.isEmpty() ? null
                : Strategy.of("challenger", challenger, violations);
        int percent = challengerPercent == null ? 0 : challengerPercent;
        if (percent < 0 || percent > MAX_CHALLENGER_PERCENT) {
            violations.add(FieldViolation.coded("challengerPercent", "percentRange",
                    "must lie between 0 and " + MAX_CHALLENGER_PERCENT, MAX_CHALLENGER_PERCENT));
        } else if (percent > 0 && second == null) {
            violations.add(FieldViolation.coded("challenger", "required", "is required when challengerPercent is set"));
        }
        Strategy.throwIfAny(violations);
        Setup before = of(creditor);
        store.save(creditor, new StrategyRow(json.writeValueAsString(first.steps()),
                second == null ? null : json.writeValueAsString(second.steps()), second == null ? 0 : percent,
                clock.instant(), actor.label()));
        Setup after = of(creditor);
        audit.record(new AuditEntry(creditor, "creditor", creditor.toString(), "collection-strategy.changed", actor,
                before, after));
        return after;
    }

    /** The arm a new case follows: the same case always gets the same arm. */
    static String armOf(CaseId id, Setup setup) {
        return setup.challenger() != null && Math.floorMod(id.value().hashCode(), 100) < setup.challengerPercent()
                ? "CHALLENGER" : "CHAMPION";
    }

    /** The strategy a case of {@code arm} follows (the champion when the challenger was removed since). */
    static Strategy forArm(Setup setup, String arm) {
        return "CHALLENGER".equals(arm) && setup.challenger() != null ? setup.challenger() : setup.champion();
    }

    @Transactional(readOnly = true)
    public List<ArmFigures> figures(CreditorId creditor) {
        List<ArmCase> all = store.armCases(creditor);
        List<ArmFigures> figures = new ArrayList<>();
        for (String arm : List.of("CHAMPION", "CHALLENGER")) {
            List<ArmCase> cases = all.stream().filter(c -> c.arm().equals(arm)).toList();
            List<Long> days = cases.stream().filter(c -> "PAID".equals(c.closeReason()) && c.closedOn() != null)
                    .map(c -> ChronoUnit.DAYS.between(c.openedOn(), c.closedOn())).toList();
            int n = cases.size();
            int paid = days.size();
            double[] interval = wilson(paid, n);
            Double mean = days.isEmpty() ? null : days.stream().mapToLong(Long::longValue).average().orElse(0);
            Double margin = null;
            if (days.size() > 1) {
                double sd = Math.sqrt(days.stream().mapToDouble(d -> Math.pow(d - mean, 2)).sum() / (days.size() - 1));
                margin = 1.96 * sd / Math.sqrt(days.size());
            }
            double steps = n == 0 ? 0 : cases.stream().mapToInt(c -> c.letters() + c.emails() + c.tasks()).sum() / (double) n;
            figures.add(new ArmFigures(arm, n, paid, n == 0 ? 0 : paid / (double) n, interval[0], interval[1], mean,
                    margin, steps));
        }
        return figures;
    }

    /** The Wilson score interval of a rate at 95 %: honest also for few cases and rates near 0 or 1. */
    static double[] wilson(int successes, int n) {
        if (n == 0) {
            return new double[] {0, 0};
        }
        double z = 1.96;
        double p = successes / (double) n;
        double denominator = 1 + z * z / n;
        double centre = (p + z * z / (2.0 * n)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denominator;
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    private Strategy parse(String steps) {
        return new Strategy(json.readValue(steps, new TypeReference<List<Strategy.Step>>() { }));
    }
}
