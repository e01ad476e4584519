package de.kulant.reporting.web;

import de.kulant.platform.Caller;
import de.kulant.reporting.DashboardView;
import de.kulant.reporting.ShopOverview;
import de.kulant.reporting.ShopOverviewView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The shop's dashboard figures over the API (api.md, {@code GET /api/v1/reports/overview}). */
@RestController
@Tag(name = "Reports")
class OverviewController {

    private final ShopOverview overview;

    OverviewController(ShopOverview overview) {
        this.overview = overview;
    }

    record Count(long count, String amount) {
    }

    record Bucket(String bucket, LocalDate dueFrom, LocalDate dueBefore, long count, String amount) {
    }

    record Stage(String stage, Integer level, long claims, String amount) {
    }

    record Recovered(String amount, BigDecimal rate, List<Stage> byStage) {
    }

    record Retention(long debtorsRecovered, long orderedAgain, BigDecimal rate) {
    }

    record OverviewJson(LocalDate from, LocalDate to, Count claims, List<Bucket> aging, String collectedThisMonth,
                        Recovered recovered, BigDecimal dsoDays, BigDecimal daysToPay,
                        Map<String, BigDecimal> cureRateByLevel, Retention retention) {
    }

    @GetMapping({"/api/v1/reports/overview", "/api/v1/admin/creditors/{creditorId}/reports/overview"})
    @Operation(summary = "The shop's figures for a period (default the last 90 days): open claims and their aging now, "
            + "money received in the period and the stage claims were paid at, days sales outstanding, average days "
            + "late, cure rate per dunning level (of the claims due in the period), and retention")
    OverviewJson overview(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                          Caller caller) {
        LocalDate[] period = overview.period(from, to);
        return json(overview.show(caller.requireCreditor(), period[0], period[1]));
    }

    static OverviewJson json(ShopOverviewView v) {
        DashboardView now = v.now();
        Map<String, BigDecimal> cures = new LinkedHashMap<>();
        v.cures().forEach(c -> cures.put(String.valueOf(c.level()), c.rate()));
        return new OverviewJson(v.from(), v.to(), new Count(now.openClaims(), now.outstanding().toPlainString()),
                now.aging().stream().map(b -> new Bucket(b.key(), b.dueFrom(), b.dueBefore(), b.claims(),
                        b.outstanding().toPlainString())).toList(), now.cash().thisMonth().toPlainString(),
                new Recovered(v.collected().toPlainString(), now.recoveryRate(), v.recovered().stream()
                        .map(s -> new Stage(s.key(), s.level(), s.claims(), s.amount().toPlainString())).toList()),
                v.dsoDays(), v.daysToPay(), cures, new Retention(v.retention().customersRecovered(),
                v.retention().orderedAgain(), v.retention().rate()));
    }
}
