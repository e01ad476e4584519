package de.kulant.reporting;

import de.kulant.claims.ClaimFigures;
import de.kulant.claims.ClaimStatus;
import de.kulant.claims.StandingFigure;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.CreditorId;
import de.kulant.platform.InputCheck;
import de.kulant.platform.money.Money;
import de.kulant.reporting.ShopOverviewView.Cure;
import de.kulant.reporting.ShopOverviewView.RecoveryStage;
import de.kulant.reporting.ShopOverviewView.Retention;
import de.kulant.reporting.internal.PaidClaimStore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shop's dashboard (issue 17, item 4) for a period: today's standing from the figures the claims module keeps,
 * and what happened in the period from the claims that ended paid ({@code paid_claim}) and the orders the shop
 * reported. A handful of indexed queries per view, whatever the number of claims (decision 016).
 */
@Service
public class ShopOverview {

    static final int DEFAULT_DAYS = 90;
    private static final int MAX_DAYS = 3 * 366;
    private static final List<String> STAGES = List.of("beforeDunning", "afterReminder", "afterNotice", "afterFinal");

    private final Dashboard dashboard;
    private final ClaimFigures figures;
    private final PaidClaimStore paid;
    private final Clock clock;

    ShopOverview(Dashboard dashboard, ClaimFigures figures, PaidClaimStore paid, Clock clock) {
        this.dashboard = dashboard;
        this.figures = figures;
        this.paid = paid;
        this.clock = clock;
    }

    /** The period as typed: both empty is the last 90 days; a mistake is refused with the field named. */
    public LocalDate[] period(String fromText, String toText) {
        LocalDate today = BusinessDates.today(clock);
        InputCheck check = new InputCheck();
        LocalDate from = check.date("from", fromText, false);
        LocalDate to = check.date("to", toText, false);
        check.throwIfInvalid();
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusDays(DEFAULT_DAYS - 1) : from;
        if (start.isAfter(end)) {
            check.violation("from", "periodReversed", "must not be after 'to' (" + end + ")", end);
        } else if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            check.violation("from", "periodTooLong", "the period may span at most three years");
        }
        check.throwIfInvalid();
        return new LocalDate[] {start, end};
    }

    /** One read-only transaction: every figure from the same moment, and a page view may read it from the standby. */
    @Transactional(readOnly = true)
    public ShopOverviewView show(CreditorId creditor, LocalDate from, LocalDate to) {
        List<StandingFigure> standing = figures.standing(creditor);
        DashboardView now = dashboard.show(creditor, standing);
        Money collected = figures.received(creditor, from).entrySet().stream()
                .filter(e -> !e.getKey().isAfter(to)).map(Map.Entry::getValue).reduce(Money.zeroEur(), Money::plus);
        long[] retained = paid.retention(creditor, from, to);
        return new ShopOverviewView(now, from, to, collected, recovered(creditor, from, to),
                dso(standing, now, from, to), paid.averageDaysToPay(creditor, from, to),
                cures(creditor, standing, from, to),
                new Retention(retained[0], retained[1], rate(retained[1], retained[0])));
    }

    private List<RecoveryStage> recovered(CreditorId creditor, LocalDate from, LocalDate to) {
        Map<Integer, PaidClaimStore.StageRow> rows = paid.byStage(creditor, from, to).stream()
                .collect(Collectors.toMap(PaidClaimStore.StageRow::level, r -> r));
        List<RecoveryStage> stages = new ArrayList<>();
        for (int level = 0; level < STAGES.size(); level++) {
            stages.add(stage(STAGES.get(level), level, rows.get(level)));
        }
        stages.add(stage("collection", null, rows.get(-1)));
        return stages;
    }

    private static RecoveryStage stage(String key, Integer level, PaidClaimStore.StageRow row) {
        return new RecoveryStage(key, level, row == null ? 0 : row.claims(),
                row == null ? Money.zeroEur() : Money.eur(row.amount()));
    }

    /** Days sales outstanding: what is open now against the amounts that fell due per day in the period. */
    private static BigDecimal dso(List<StandingFigure> standing, DashboardView now, LocalDate from, LocalDate to) {
        BigDecimal due = standing.stream()
                .filter(f -> f.status() != ClaimStatus.CANCELLED && !f.dueDate().isBefore(from)
                        && !f.dueDate().isAfter(to))
                .map(f -> f.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (due.signum() == 0) {
            return null;
        }
        BigDecimal days = BigDecimal.valueOf(ChronoUnit.DAYS.between(from, to) + 1);
        return now.outstanding().amount().multiply(days).divide(due, 1, RoundingMode.HALF_UP);
    }

    private List<Cure> cures(CreditorId creditor, List<StandingFigure> standing, LocalDate from, LocalDate to) {
        List<StandingFigure> cohort = standing.stream()
                .filter(f -> f.status() != ClaimStatus.CANCELLED && !f.dueDate().isBefore(from)
                        && !f.dueDate().isAfter(to)).toList();
        int highest = cohort.stream().mapToInt(StandingFigure::dunningLevel).max().orElse(0);
        Map<Integer, Long> cured = paid.curedByLevel(creditor, from, to).stream()
                .collect(Collectors.toMap(PaidClaimStore.StageRow::level, PaidClaimStore.StageRow::claims));
        List<Cure> cures = new ArrayList<>();
        for (int level = 1; level <= highest; level++) {
            int at = level;
            long reached = cohort.stream().filter(f -> f.dunningLevel() >= at).mapToLong(StandingFigure::claims).sum();
            long paidAt = cured.getOrDefault(level, 0L);
            cures.add(new Cure(level, reached, paidAt, rate(paidAt, reached)));
        }
        return cures;
    }

    private static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1,
                RoundingMode.HALF_UP);
    }
}
