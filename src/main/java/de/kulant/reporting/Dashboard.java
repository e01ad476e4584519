package de.kulant.reporting;

import de.kulant.claims.ClaimFigures;
import de.kulant.claims.ClaimStatus;
import de.kulant.claims.StandingFigure;
import de.kulant.correspondence.Correspondence;
import de.kulant.dunning.DunningRuns;
import de.kulant.dunning.RunView;
import de.kulant.payments.ManualMatching;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.CreditorId;
import de.kulant.platform.PageRequest;
import de.kulant.platform.money.Money;
import de.kulant.reporting.DashboardView.Activity;
import de.kulant.reporting.DashboardView.AgingBucket;
import de.kulant.reporting.DashboardView.Cash;
import de.kulant.reporting.DashboardView.MonthFigure;
import de.kulant.reporting.DashboardView.StageFigure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the dashboard from the claim figures and a handful of indexed counts of the other modules. */
@Service
public class Dashboard {

    /** Aging buckets by days past due: not yet due, 1–30, 31–60, 61–90, more than 90. */
    private static final int[] BUCKET_ENDS = {30, 60, 90};
    private static final int RUNS_LOOKED_AT = 20;

    private final ClaimFigures figures;
    private final DunningRuns runs;
    private final Correspondence correspondence;
    private final ManualMatching matching;
    private final Clock clock;

    Dashboard(ClaimFigures figures, DunningRuns runs, Correspondence correspondence, ManualMatching matching,
              Clock clock) {
        this.figures = figures;
        this.runs = runs;
        this.correspondence = correspondence;
        this.matching = matching;
        this.clock = clock;
    }

    /** One read-only transaction: every figure from the same moment, and a page view may read it from the standby. */
    @Transactional(readOnly = true)
    public DashboardView show(CreditorId creditor) {
        return show(creditor, figures.standing(creditor));
    }

    /** The same from figures read already (the shop's dashboard reads them once for everything it shows). */
    DashboardView show(CreditorId creditor, List<StandingFigure> standing) {
        LocalDate today = BusinessDates.today(clock);
        List<StandingFigure> open = standing.stream().filter(f -> !f.status().isClosed()).toList();
        Money outstanding = sum(open);
        long openClaims = open.stream().mapToLong(StandingFigure::claims).sum();
        Money paid = standing.stream().filter(f -> f.status() != ClaimStatus.CANCELLED).map(StandingFigure::paid)
                .reduce(Money.zeroEur(), Money::plus);
        BigDecimal recovery = paid.plus(outstanding).isZero() ? null
                : paid.amount().multiply(BigDecimal.valueOf(100))
                        .divide(paid.plus(outstanding).amount(), 1, RoundingMode.HALF_UP);
        return new DashboardView(today, creditor, outstanding, openClaims, aging(open, today), stages(open),
                cash(creditor, today), recovery, activity(creditor, today));
    }

    private static List<AgingBucket> aging(List<StandingFigure> open, LocalDate today) {
        List<AgingBucket> buckets = new ArrayList<>();
        buckets.add(bucket("notDue", open, today, null));
        int from = 1;
        for (int end : BUCKET_ENDS) {
            buckets.add(bucket("days" + from + "to" + end, open, today.minusDays(end), today.minusDays(from - 1)));
            from = end + 1;
        }
        buckets.add(bucket("over" + BUCKET_ENDS[BUCKET_ENDS.length - 1], open, null,
                today.minusDays(BUCKET_ENDS[BUCKET_ENDS.length - 1])));
        return buckets;
    }

    private static AgingBucket bucket(String key, List<StandingFigure> open, LocalDate dueFrom, LocalDate dueBefore) {
        List<StandingFigure> in = open.stream()
                .filter(f -> (dueFrom == null || !f.dueDate().isBefore(dueFrom))
                        && (dueBefore == null || f.dueDate().isBefore(dueBefore)))
                .toList();
        return new AgingBucket(key, dueFrom, dueBefore, in.stream().mapToLong(StandingFigure::claims).sum(), sum(in));
    }

    private static List<StageFigure> stages(List<StandingFigure> open) {
        Map<String, List<StandingFigure>> byStage = new TreeMap<>();
        for (StandingFigure f : open) {
            String stage = f.status() == ClaimStatus.DUNNING ? "1-DUNNING-" + f.dunningLevel()
                    : f.status() == ClaimStatus.OPEN ? "0-OPEN" : f.status() == ClaimStatus.COLLECTION ? "2-COLLECTION"
                    : "3-" + f.status();
            byStage.computeIfAbsent(stage, k -> new ArrayList<>()).add(f);
        }
        List<StageFigure> stages = new ArrayList<>();
        byStage.forEach((stage, in) -> {
            StandingFigure first = in.get(0);
            stages.add(new StageFigure(first.status(), first.status() == ClaimStatus.DUNNING ? first.dunningLevel() : null,
                    in.stream().mapToLong(StandingFigure::claims).sum(), sum(in)));
        });
        return stages;
    }

    private Cash cash(CreditorId creditor, LocalDate today) {
        YearMonth thisMonth = YearMonth.from(today);
        YearMonth first = thisMonth.minusMonths(11);
        Map<YearMonth, Money> byMonth = new TreeMap<>();
        for (int i = 0; i < 12; i++) {
            byMonth.put(first.plusMonths(i), Money.zeroEur());
        }
        figures.received(creditor, first.atDay(1)).forEach((day, amount) -> {
            YearMonth month = YearMonth.from(day);
            if (!month.isAfter(thisMonth)) {
                byMonth.merge(month, amount, Money::plus);
            }
        });
        List<MonthFigure> months = byMonth.entrySet().stream().map(e -> new MonthFigure(e.getKey(), e.getValue())).toList();
        return new Cash(byMonth.get(thisMonth), byMonth.get(thisMonth.minusMonths(1)), months);
    }

    private Activity activity(CreditorId creditor, LocalDate today) {
        List<RunView> recent = runs.recent(creditor, RUNS_LOOKED_AT);
        int noticesToday = recent.stream()
                .filter(run -> !run.dryRun() && run.startedAt() != null
                        && BusinessDates.dayOf(run.startedAt()).equals(today))
                .mapToInt(RunView::noticeTotal).sum();
        RunView last = recent.stream().filter(run -> !run.dryRun()).findFirst().orElse(null);
        Correspondence.DayFigures day = correspondence.dayFigures(creditor, today);
        long waiting = matching.unmatched(creditor, ManualMatching.listOrder().defaultOrder(), null, null, PageRequest.of(0, 1)).total();
        return new Activity(noticesToday, day.lettersSent(), day.emailsSent(), waiting, day.failed(), last);
    }

    private static Money sum(List<StandingFigure> figures) {
        return figures.stream().map(StandingFigure::outstanding).reduce(Money.zeroEur(), Money::plus);
    }
}
