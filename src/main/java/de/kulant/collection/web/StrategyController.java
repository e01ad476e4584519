package de.kulant.collection.web;

import de.kulant.collection.CollectionRun;
import de.kulant.collection.Strategies;
import de.kulant.collection.Strategy;
import de.kulant.collection.StrategySegment;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.Caller;
import de.kulant.platform.ForbiddenException;
import de.kulant.platform.InputCheck;
import de.kulant.platform.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A creditor's collection strategy with champion and challenger, their figures, and the collection run for staff. */
@RestController
@Tag(name = "Collection")
class StrategyController {

    private final Strategies strategies;
    private final CollectionRun run;
    private final Clock clock;

    StrategyController(Strategies strategies, CollectionRun run, Clock clock) {
        this.strategies = strategies;
        this.run = run;
        this.clock = clock;
    }

    record SetupJson(List<Strategy.Step> champion, List<Strategy.Step> challenger, Integer challengerPercent,
                     List<StrategySegment.Input> segments) {
        static SetupJson of(Strategies.Setup s) {
            return new SetupJson(s.champion().steps(), s.challenger() == null ? null : s.challenger().steps(),
                    s.challengerPercent(), s.segments().stream().map(StrategySegment::input).toList());
        }
    }

    record RunRequest(String asOf, Boolean dryRun) {
    }

    @GetMapping({"/api/v1/collection-strategy", "/api/v1/admin/creditors/{creditorId}/collection-strategy"})
    @Operation(summary = "The creditor's collection strategy: steps by day (LETTER, EMAIL, CALL_TASK, REVIEW), and the "
            + "challenger with the share of new cases that follow it")
    SetupJson get(Caller caller) {
        return SetupJson.of(strategies.of(caller.requireCreditor()));
    }

    @PutMapping({"/api/v1/collection-strategy", "/api/v1/admin/creditors/{creditorId}/collection-strategy"})
    @Operation(summary = "Replace the strategy: the first step is the first letter on day 0, days ascending; a "
            + "challenger gets challengerPercent (0–50) of new cases, chosen by case and kept; segments (at most 10: "
            + "name, debtorKind, minAmount, maxAmount, customerTag, steps) give the new cases they match a strategy of "
            + "their own, the first match wins")
    SetupJson put(@RequestBody(required = false) SetupJson request, Caller caller) {
        SetupJson r = request == null ? new SetupJson(null, null, null, null) : request;
        return SetupJson.of(strategies.change(caller.requireCreditor(), r.champion(), r.challenger(),
                r.challengerPercent(), r.segments(), caller.actor()));
    }

    @GetMapping({"/api/v1/collection-strategy/figures", "/api/v1/admin/creditors/{creditorId}/collection-strategy/figures"})
    @Operation(summary = "Champion against challenger: cases, recovery rate with its 95 % interval (Wilson), mean days "
            + "to payment with its margin, and strategy steps used per case")
    List<Strategies.ArmFigures> figures(Caller caller) {
        return strategies.figures(caller.requireCreditor());
    }

    @PostMapping("/api/v1/collection-runs")
    @Operation(summary = "ADMIN: run the collection run as of a day (default today); dryRun says what would happen")
    CollectionRun.RunResult runNow(@RequestBody(required = false) RunRequest request, Caller caller) {
        if (!caller.isAdmin()) {
            throw new ForbiddenException("only an admin starts the collection run");
        }
        InputCheck check = new InputCheck();
        LocalDate asOf = request == null ? null : check.date("asOf", request.asOf(), false);
        check.throwIfInvalid();
        return run.run(asOf == null ? BusinessDates.today(clock) : asOf,
                request != null && Boolean.TRUE.equals(request.dryRun()), caller.actor());
    }

    @GetMapping("/api/v1/collection-runs/{id}")
    @Operation(summary = "ADMIN: a collection run, to follow one answered RUNNING: its status and, once completed, what it did")
    CollectionRun.RunResult runById(@PathVariable UUID id, Caller caller) {
        if (!caller.isAdmin()) {
            throw new ForbiddenException("only an admin follows the collection run");
        }
        return run.find(id).orElseThrow(() -> new NotFoundException("collection run"));
    }
}
