package de.kulant.dunning.web;

import de.kulant.claims.ClaimAsOf;
import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimQueries;
import de.kulant.claims.ClaimView;
import de.kulant.creditors.Creditor;
import de.kulant.creditors.CreditorChoices;
import de.kulant.creditors.Creditors;
import de.kulant.dunning.DunningRuns;
import de.kulant.dunning.HandoverApprovals;
import de.kulant.dunning.Notices;
import de.kulant.dunning.RunId;
import de.kulant.dunning.RunView;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.Caller;
import de.kulant.platform.ConflictException;
import de.kulant.platform.CreditorId;
import de.kulant.platform.InputCheck;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.ListOrder;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.web.SortLinks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff UI of dunning: runs with preview and confirmation, notices, approvals (the policy editor is {@link PolicyPages}). */
@Controller
class DunningPages {

    private static final int RUNS_PER_PAGE = 50;
    private static final int APPROVALS_PER_PAGE = 100;

    private final DunningRuns runs;
    private final Notices notices;
    private final HandoverApprovals approvals;
    private final ClaimQueries claims;
    private final Creditors creditors;
    private final CreditorChoices choices;
    private final Clock clock;

    DunningPages(DunningRuns runs, Notices notices, HandoverApprovals approvals, ClaimQueries claims,
                 Creditors creditors, CreditorChoices choices, Clock clock) {
        this.choices = choices;
        this.runs = runs;
        this.notices = notices;
        this.approvals = approvals;
        this.claims = claims;
        this.creditors = creditors;
        this.clock = clock;
    }

    @GetMapping("/dunning/runs")
    String runs(@RequestParam(required = false) String after, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String creditorSearch, Model model) {
        ListOrder order = DunningRuns.listOrder().orderOrDefault(sort);
        DunningRuns.RunPage page = runs.page(null, order, after, RUNS_PER_PAGE);
        SortLinks sorting = new SortLinks("/dunning/runs", Map.of(), DunningRuns.listOrder(), order);
        model.addAttribute("sorting", sorting);
        model.addAttribute("runs", page.items());
        model.addAttribute("runTotal", page.total());
        model.addAttribute("exportQuery", sorting.query("/dunning/runs").build().getQuery());
        model.addAttribute("olderLink", page.next() == null ? null
                : sorting.query("/dunning/runs").queryParam("after", page.next()).build().toUriString());
        model.addAttribute("newestLink", after == null ? null : sorting.query("/dunning/runs").build().toUriString());
        CreditorChoices.Choice choice = choices.of(null, creditorSearch);
        model.addAttribute("creditors", choice.options());
        model.addAttribute("creditorChoice", choice);
        model.addAttribute("creditorNames", choices.allNames());
        model.addAttribute("today", BusinessDates.today(clock));
        return "dunning/runs";
    }

    @PostMapping("/dunning/runs")
    String startRun(@RequestParam(required = false) String creditor, @RequestParam(required = false) String asOf,
                    @RequestParam(required = false) Boolean dryRun, @RequestParam(required = false) Boolean confirmed,
                    Caller caller, RedirectAttributes redirect, Model model) {
        InputCheck check = new InputCheck();
        LocalDate date = check.date("asOf", asOf, false);
        try {
            check.throwIfInvalid();
            CreditorId scope = creditor == null || creditor.isBlank() ? null : CreditorId.of(creditor);
            if (scope == null && !caller.isAdmin()) {
                throw new InvalidInputException("creditor", "only admins run dunning for all creditors");
            }
            if (!Boolean.TRUE.equals(dryRun) && !Boolean.TRUE.equals(confirmed)) {
                // a run that writes notices and sends letters is confirmed once more, naming whom and which day
                model.addAttribute("creditor", scope == null ? null : scope.toString());
                model.addAttribute("creditorName", scope == null ? null
                        : creditors.find(scope).map(Creditor::name).orElse(null));
                model.addAttribute("asOf", date == null ? BusinessDates.today(clock) : date);
                return "dunning/confirm-run";
            }
            RunView run = runs.start(scope, date, Boolean.TRUE.equals(dryRun), caller.actor());
            return "redirect:/dunning/runs/" + run.id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.violations());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", e.violationsOr("run"));
        }
        return "redirect:/dunning/runs";
    }

    @GetMapping("/dunning/runs/{id}")
    String run(@PathVariable UUID id, @RequestParam(required = false) String fragment, Model model) {
        RunView run = runs.find(new RunId(id), null).orElseThrow(() -> new NotFoundException("dunning run"));
        model.addAttribute("run", run);
        model.addAttribute("creditorName", run.creditorId() == null ? null
                : creditors.find(run.creditorId()).map(Creditor::name).orElse(""));
        return fragment != null ? "dunning/run :: summary" : "dunning/run";
    }

    @GetMapping("/dunning/claims/{id}/notices")
    String claimNotices(@PathVariable UUID id, Model model) {
        model.addAttribute("notices", notices.forClaim(null, new ClaimId(id)));
        return "dunning/notices :: notices";
    }

    @GetMapping("/dunning/approvals")
    String approvals(@RequestParam(required = false) String after, @RequestParam(required = false) String sort,
                     Model model) {
        ListOrder order = HandoverApprovals.listOrder().orderOrDefault(sort);
        HandoverApprovals.ApprovalPage page = approvals.pending(null, order, after, APPROVALS_PER_PAGE);
        SortLinks sorting = new SortLinks("/dunning/approvals", Map.of(), HandoverApprovals.listOrder(), order);
        model.addAttribute("sorting", sorting);
        model.addAttribute("exportQuery", sorting.query("/dunning/approvals").build().getQuery());
        LocalDate today = BusinessDates.today(clock);
        // what the person decides on: invoice, debtor and what is owed today, for the whole page in one read
        Map<ClaimAsOf, ClaimView> found = claims.findAll(page.items().stream()
                .map(a -> new ClaimAsOf(a.claimId(), a.creditorId(), today)).toList());
        Map<ClaimId, ClaimView> byClaim = new HashMap<>();
        found.forEach((key, view) -> byClaim.put(key.claim(), view));
        model.addAttribute("approvals", page.items());
        model.addAttribute("approvalClaims", byClaim);
        model.addAttribute("approvalTotal", page.total());
        model.addAttribute("nextLink", page.next() == null ? null
                : sorting.query("/dunning/approvals").queryParam("after", page.next()).build().toUriString());
        model.addAttribute("firstLink", after == null ? null : sorting.query("/dunning/approvals").build().toUriString());
        model.addAttribute("creditorNames", choices.allNames());
        return "dunning/approvals";
    }

    @PostMapping("/dunning/approvals/{claimId}/{decision}")
    String decide(@PathVariable UUID claimId, @PathVariable String decision, Caller caller, RedirectAttributes redirect) {
        try {
            if ("approve".equals(decision)) {
                approvals.approve(null, new ClaimId(claimId), caller.actor());
            } else {
                approvals.decline(null, new ClaimId(claimId), caller.actor());
            }
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", e.violationsOr("claim"));
        }
        return "redirect:/dunning/approvals";
    }
}
