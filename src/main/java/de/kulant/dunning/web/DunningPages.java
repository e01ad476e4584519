package de.kulant.dunning.web;

import de.kulant.claims.ClaimFilter;
import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimQueries;
import de.kulant.claims.ClaimView;
import de.kulant.creditors.Creditor;
import de.kulant.creditors.Creditors;
import de.kulant.dunning.DunningPolicies;
import de.kulant.dunning.DunningPolicy;
import de.kulant.dunning.DunningRuns;
import de.kulant.dunning.HandoverApprovals;
import de.kulant.dunning.Notices;
import de.kulant.dunning.PolicyInput.LevelInput;
import de.kulant.dunning.PolicyInput.SegmentInput;
import de.kulant.dunning.PolicyInput;
import de.kulant.dunning.PolicyLevel;
import de.kulant.dunning.RunId;
import de.kulant.dunning.RunView;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.Caller;
import de.kulant.platform.ConflictException;
import de.kulant.platform.CreditorId;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.InputCheck;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.PageRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The staff UI of dunning: policy editor with the chain's timeline, runs with preview, notices, approvals. */
@Controller
class DunningPages {

    private static final int LEVEL_ROWS = 6;

    private final DunningPolicies policies;
    private final DunningRuns runs;
    private final Notices notices;
    private final HandoverApprovals approvals;
    private final Creditors creditors;
    private final ClaimQueries claims;
    private final JsonMapper json;
    private final Clock clock;

    DunningPages(DunningPolicies policies, DunningRuns runs, Notices notices, HandoverApprovals approvals,
                 Creditors creditors, ClaimQueries claims, JsonMapper json, Clock clock) {
        this.policies = policies;
        this.runs = runs;
        this.notices = notices;
        this.approvals = approvals;
        this.creditors = creditors;
        this.claims = claims;
        this.json = json;
        this.clock = clock;
    }

    /** One point of the timeline picture: a level or the handover, at its day after the due date. */
    record Mark(String label, int day, String kind, int x) {
    }

    @GetMapping("/dunning/policy")
    String policy(@RequestParam(required = false) UUID creditor, @RequestParam(required = false) String invoice,
                  Model model) {
        List<Creditor> all = allCreditors();
        if (all.isEmpty()) {
            model.addAttribute("creditors", all);
            return "dunning/policy";
        }
        CreditorId selected = creditor == null ? all.get(0).id() : new CreditorId(creditor);
        DunningPolicy policy = policies.policyOf(selected);
        model.addAttribute("creditors", all);
        model.addAttribute("selected", selected);
        model.addAttribute("channels", de.kulant.dunning.Channel.values());
        model.addAttribute("tones", de.kulant.dunning.Tone.values());
        model.addAttribute("policy", policy);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", PolicyInput.of(policy));
        }
        model.addAttribute("rows", rows((PolicyInput) model.getAttribute("form")));
        model.addAttribute("segmentsJson", segmentsJson((PolicyInput) model.getAttribute("form")));
        model.addAttribute("timeline", timeline(policy.levels(), policy.handoverDaysAfterDue()));
        if (invoice != null && !invoice.isBlank()) {
            LocalDate today = BusinessDates.today(clock);
            List<ClaimView> found = claims.first(ClaimFilter.forCreditor(selected)
                    .withInvoiceNumber(invoice.strip()), 1, today);
            model.addAttribute("invoice", invoice.strip());
            found.stream().findFirst().flatMap(claim -> policies.variantOf(selected, claim.id(), today))
                    .ifPresentOrElse(variant -> model.addAttribute("variant", variant),
                            () -> model.addAttribute("variantMissing", true));
        }
        return "dunning/policy";
    }

    @PostMapping("/dunning/policy")
    String savePolicy(@RequestParam UUID creditor, @RequestParam Map<String, String> form, Caller caller,
                      RedirectAttributes redirect) {
        PolicyInput input;
        try {
            input = input(form);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.violations());
            return "redirect:/dunning/policy?creditor=" + creditor;
        }
        try {
            policies.update(new CreditorId(creditor), input, caller.actor());
            redirect.addFlashAttribute("message", "saved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.violations());
            redirect.addFlashAttribute("form", input);
        }
        return "redirect:/dunning/policy?creditor=" + creditor;
    }

    @GetMapping("/dunning/runs")
    String runs(Model model) {
        model.addAttribute("runs", runs.recent(null, 50));
        model.addAttribute("creditors", allCreditors());
        model.addAttribute("creditorNames", allCreditors().stream().collect(Collectors.toMap(Creditor::id, Creditor::name)));
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
            redirect.addFlashAttribute("errors", List.of(FieldViolation.of("run", e.getMessage())));
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
    String approvals(Model model) {
        model.addAttribute("approvals", approvals.pending(null));
        model.addAttribute("creditorNames", allCreditors().stream().collect(Collectors.toMap(Creditor::id, Creditor::name)));
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
            redirect.addFlashAttribute("errors", List.of(FieldViolation.of("claim", e.getMessage())));
        }
        return "redirect:/dunning/approvals";
    }

    private List<Creditor> allCreditors() {
        return creditors.list(PageRequest.of(0, PageRequest.MAX_SIZE)).items();
    }

    /** The form's level rows: the policy's levels and empty rows up to six, for adding one. */
    private static List<LevelInput> rows(PolicyInput form) {
        List<LevelInput> rows = new ArrayList<>(form.levels() == null ? List.of() : form.levels());
        while (rows.size() < LEVEL_ROWS) {
            rows.add(new LevelInput(rows.size() + 1, "", null, "", "EMAIL", null, false));
        }
        return rows;
    }

    private String segmentsJson(PolicyInput form) {
        return form.segments() == null || form.segments().isEmpty() ? "" : json.writerWithDefaultPrettyPrinter()
                .writeValueAsString(form.segments());
    }

    private PolicyInput input(Map<String, String> form) {
        List<LevelInput> levels = new ArrayList<>();
        for (int i = 0; i < LEVEL_ROWS; i++) {
            String name = form.getOrDefault("name" + i, "").strip();
            String days = form.getOrDefault("days" + i, "").strip();
            if (name.isEmpty() && days.isEmpty()) {
                continue;
            }
            levels.add(new LevelInput(levels.size() + 1, name, integer("days" + i, days),
                    form.getOrDefault("fee" + i, "").strip().replace(',', '.'), form.get("channel" + i),
                    integer("term" + i, form.getOrDefault("term" + i, "").strip()), form.containsKey("announces" + i)));
        }
        List<SegmentInput> segments = List.of();
        String segmentsText = form.getOrDefault("segments", "").strip();
        if (!segmentsText.isEmpty()) {
            try {
                segments = json.readValue(segmentsText, new TypeReference<List<SegmentInput>>() {
                });
            } catch (RuntimeException e) {
                throw new InvalidInputException(List.of(FieldViolation.coded("segments", "segmentsJson",
                        "is not valid JSON for a list of segments")));
            }
        }
        return new PolicyInput(levels, integer("handoverDaysAfterDue", form.getOrDefault("handover", "").strip()),
                integer("minimumDaysBetweenLevels", form.getOrDefault("minimumDays", "").strip()), form.get("tone"),
                form.containsKey("flatFee"), segments);
    }

    private static Integer integer(String field, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "'" + value + "' is not a whole number of days");
        }
    }

    /** Marks for the timeline: x in percent of the chain's length (handover plus a week). */
    static List<Mark> timeline(List<PolicyLevel> levels, Integer handover) {
        int end = (handover == null ? levels.get(levels.size() - 1).daysAfterDue() + levels.get(levels.size() - 1)
                .paymentTermDays() : handover) + 7;
        List<Mark> marks = new ArrayList<>();
        marks.add(new Mark("0", 0, "due", 8));
        for (PolicyLevel level : levels) {
            marks.add(new Mark(level.name(), level.daysAfterDue(), level.announcesHandover() ? "final" : "level",
                    8 + level.daysAfterDue() * 84 / end));
        }
        if (handover != null) {
            marks.add(new Mark("handover", handover, "handover", 8 + handover * 84 / end));
        }
        return marks;
    }
}
