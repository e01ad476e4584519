package de.kulant.collection;

import de.kulant.claims.ClaimQueries;
import de.kulant.claims.DebtorId;
import de.kulant.claims.DebtorView;
import de.kulant.collection.internal.CaseStore;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.collection.internal.StrategyStore;
import de.kulant.collection.internal.StrategyStore.ArmCase;
import de.kulant.collection.internal.StrategyStore.StrategyRow;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.CreditorId;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.money.Money;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

    /**
     * The champion and the challenger (null when none) with the share of new cases it gets, and the segments whose
     * cases follow a strategy of their own.
     */
    public record Setup(Strategy champion, Strategy challenger, int challengerPercent, List<StrategySegment> segments) {
    }

    /** The arm of a case that follows a segment's strategy: {@code SEGMENT:} and the segment's name. */
    static final String SEGMENT = "SEGMENT:";

    /** How one arm did: cases, paid cases with the recovery rate and its 95 % interval, days to payment, steps used. */
    public record ArmFigures(String arm, int cases, int paid, double recoveryRate, double rateLow, double rateHigh,
                             Double meanDaysToPayment, Double daysMargin, double stepsPerCase) {
    }

    private static final int MAX_CHALLENGER_PERCENT = 50;

    private final StrategyStore store;
    private final CaseStore cases;
    private final ClaimQueries claims;
    private final JsonMapper json;
    private final AuditTrail audit;
    private final Clock clock;

    Strategies(StrategyStore store, CaseStore cases, ClaimQueries claims, JsonMapper json, AuditTrail audit,
               Clock clock) {
        this.cases = cases;
        this.claims = claims;
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
            setups.put(creditor, row == null ? new Setup(Strategy.standard(), null, 0, List.of())
                    : new Setup(parse(row.champion()), row.challenger() == null ? null : parse(row.challenger()),
                    row.challengerPercent(), segments(row.segments())));
        }
        return setups;
    }

    /** Replaces the creditor's strategies; every wrong step is named, and nothing is stored then. */
    @Transactional
    public Setup change(CreditorId creditor, List<Strategy.Step> champion, List<Strategy.Step> challenger,
                        Integer challengerPercent, List<StrategySegment.Input> segments, Actor actor) {
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
        List<StrategySegment> groups = StrategySegment.of(segments, violations);
        Strategy.throwIfAny(violations);
        Setup before = of(creditor);
        store.save(creditor, new StrategyRow(json.writeValueAsString(first.steps()),
                second == null ? null : json.writeValueAsString(second.steps()), second == null ? 0 : percent,
                groups.isEmpty() ? null : json.writeValueAsString(groups.stream().map(StrategySegment::input).toList()),
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

    /**
     * The arm each new case follows: the first segment of its creditor it belongs to, else champion or challenger.
     * Debtors and values are read only when a creditor of the chunk has segments.
     */
    Map<CaseId, String> armsOf(List<CaseRow> fresh) {
        Map<CreditorId, Setup> setups = ofAll(fresh.stream().map(CaseRow::creditorId).distinct().toList());
        List<CaseRow> segmented = fresh.stream().filter(r -> !setups.get(r.creditorId()).segments().isEmpty()).toList();
        Map<DebtorId, DebtorView> debtors = new HashMap<>();
        Map<CaseId, List<CaseStore.Member>> members = new HashMap<>();
        if (!segmented.isEmpty()) {
            Map<DebtorId, CreditorId> owners = new HashMap<>();
            segmented.forEach(r -> owners.put(r.debtorId(), r.creditorId()));
            debtors.putAll(claims.debtors(owners));
            members.putAll(cases.membersOf(segmented.stream().map(CaseRow::id).toList()));
        }
        Map<CaseId, String> arms = new LinkedHashMap<>();
        for (CaseRow row : fresh) {
            Setup setup = setups.get(row.creditorId());
            DebtorView debtor = debtors.get(row.debtorId());
            Money value = members.getOrDefault(row.id(), List.of()).stream().map(CaseStore.Member::value)
                    .reduce(Money.zeroEur(), Money::plus);
            String arm = armOf(row.id(), setup);
            for (StrategySegment segment : setup.segments()) {
                if (debtor != null && segment.matches(debtor.kind(), debtor.customerTag(), value)) {
                    arm = SEGMENT + segment.name();
                    break;
                }
            }
            arms.put(row.id(), arm);
        }
        return arms;
    }

    /**
     * The strategy a case of {@code arm} follows: its segment's, the challenger, or the champion (also when the
     * segment or the challenger was removed since).
     */
    static Strategy forArm(Setup setup, String arm) {
        if (arm != null && arm.startsWith(SEGMENT)) {
            String name = arm.substring(SEGMENT.length());
            return setup.segments().stream().filter(s -> s.name().equals(name)).findFirst()
                    .map(StrategySegment::strategy).orElse(setup.champion());
        }
        return "CHALLENGER".equals(arm) && setup.challenger() != null ? setup.challenger() : setup.champion();
    }

    @Transactional(readOnly = true)
    public List<ArmFigures> figures(CreditorId creditor) {
        List<ArmCase> all = store.armCases(creditor);
        List<ArmFigures> figures = new ArrayList<>();
        List<String> arms = new ArrayList<>(List.of("CHAMPION", "CHALLENGER"));
        all.stream().map(ArmCase::arm).filter(a -> a.startsWith(SEGMENT)).distinct().sorted().forEach(arms::add);
        for (String arm : arms) {
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

    private List<StrategySegment> segments(String stored) {
        if (stored == null) {
            return List.of();
        }
        List<FieldViolation> unexpected = new ArrayList<>();
        List<StrategySegment> parsed = StrategySegment.of(json.readValue(stored,
                new TypeReference<List<StrategySegment.Input>>() { }), unexpected);
        if (!unexpected.isEmpty()) {
            throw new IllegalStateException("stored strategy segments no longer valid: " + unexpected);
        }
        return parsed;
    }

    private Strategy parse(String steps) {
        return new Strategy(json.readValue(steps, new TypeReference<List<Strategy.Step>>() { }));
    }
}
