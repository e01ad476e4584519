package de.kulant.portal.web;

import de.kulant.collection.AgreementRules;
import de.kulant.collection.Agreements;
import de.kulant.collection.PlanQuotes;
import de.kulant.collection.PortalCases;
import de.kulant.platform.BusinessDates;
import de.kulant.portal.DebtorRequests;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Arranging payment: an instalment plan (the schedule and its cost shown before agreeing, §13a Abs. 3 RDG) or a pause,
 * agreed at once within the creditor's rules; beyond them the wish goes to the case worker.
 */
@Controller
class PortalArrangePages {

    private final PortalCases cases;
    private final PlanQuotes quotes;
    private final Agreements agreements;
    private final DebtorRequests requests;
    private final Clock clock;

    PortalArrangePages(PortalCases cases, PlanQuotes quotes, Agreements agreements, DebtorRequests requests,
                       Clock clock) {
        this.cases = cases;
        this.quotes = quotes;
        this.agreements = agreements;
        this.requests = requests;
        this.clock = clock;
    }

    @GetMapping("/portal/arrange")
    String arrange(PortalSession session, Model model) {
        LocalDate today = BusinessDates.today(clock);
        AgreementRules rules = cases.rules(session.caseId());
        model.addAttribute("rules", rules);
        model.addAttribute("choices", choices(rules));
        model.addAttribute("latestPause", today.plusDays(rules.maxPauseDays()));
        model.addAttribute("onCase", agreements.onCase(session.caseId()));
        if (!model.containsAttribute("firstDueOn")) {
            model.addAttribute("instalments", Math.min(3, rules.maxInstalments()));
            model.addAttribute("firstDueOn", today.plusDays(14).toString());
            model.addAttribute("until", "");
            model.addAttribute("reason", "");
        }
        model.addAttribute("today", today);
        model.addAttribute("page", "arrange");
        return "portal/arrange";
    }

    /** The schedule and what it costs, before anything is agreed; nothing is stored. */
    @PostMapping("/portal/arrange/quote")
    String quote(@RequestParam(required = false) Integer instalments, @RequestParam(required = false) String firstDueOn,
                 PortalSession session, Model model, Locale locale) {
        model.addAttribute("instalments", instalments);
        model.addAttribute("firstDueOn", firstDueOn == null ? "" : firstDueOn);
        model.addAttribute("until", "");
        model.addAttribute("reason", "");
        var quote = Forms.result(model, () -> quotes.quote(null, session.caseId(),
                new PlanQuotes.Request(instalments, "MONTHLY", firstDueOn, null), locale));
        if (quote.isEmpty()) {
            return arrange(session, model);
        }
        model.addAttribute("quote", quote.get());
        model.addAttribute("page", "arrange");
        return "portal/quote";
    }

    @PostMapping("/portal/arrange/plan")
    String plan(@RequestParam(required = false) Integer instalments, @RequestParam(required = false) String firstDueOn,
                PortalSession session, Model model, Locale locale, RedirectAttributes redirect) {
        var status = Forms.result(model, () -> requests.plan(session.caseId(), instalments, firstDueOn,
                session.actor(), locale).status());
        if (status.isEmpty()) {
            model.addAttribute("instalments", instalments);
            model.addAttribute("firstDueOn", firstDueOn == null ? "" : firstDueOn);
            model.addAttribute("until", "");
            model.addAttribute("reason", "");
            return arrange(session, model);
        }
        redirect.addFlashAttribute("done", status.get().equals("ACTIVE") ? "portal.arrange.planAgreed"
                : "portal.arrange.planRequested");
        return "redirect:/portal/arrange";
    }

    @PostMapping("/portal/arrange/pause")
    String pause(@RequestParam(required = false) String until, @RequestParam(required = false) String reason,
                 PortalSession session, Model model, RedirectAttributes redirect) {
        boolean done = Forms.tried(model, () -> requests.pause(session.caseId(), until, reason, session.actor()));
        if (!done) {
            model.addAttribute("until", until == null ? "" : until);
            model.addAttribute("reason", reason == null ? "" : reason);
            model.addAttribute("instalments", 3);
            model.addAttribute("firstDueOn", BusinessDates.today(clock).plusDays(14).toString());
            model.addAttribute("pauseRefused", true);
            return arrange(session, model);
        }
        redirect.addFlashAttribute("done", "portal.arrange.pauseAgreed");
        return "redirect:/portal/arrange";
    }

    /** A wish beyond the rules, in the debtor's words, for the case worker to decide. */
    @PostMapping("/portal/arrange/ask")
    String ask(@RequestParam(required = false) String text, PortalSession session, Model model,
               RedirectAttributes redirect) {
        boolean done = Forms.tried(model, () -> requests.ask(session.caseId(), "Wunsch zur Zahlung", text,
                session.actor()));
        if (!done) {
            model.addAttribute("askText", text);
            return arrange(session, model);
        }
        redirect.addFlashAttribute("done", "portal.arrange.asked");
        return "redirect:/portal/arrange";
    }

    /** A few numbers of rates to choose from: up to the rules' most, and one beyond it to ask for. */
    private static List<Integer> choices(AgreementRules rules) {
        List<Integer> choices = new ArrayList<>();
        for (int n : new int[] {2, 3, 4, 6, 9, 12, 18, 24}) {
            if (n <= rules.maxInstalments()) {
                choices.add(n);
            }
        }
        if (!choices.contains(rules.maxInstalments())) {
            choices.add(rules.maxInstalments());
        }
        if (rules.maxInstalments() < AgreementRules.MOST_INSTALMENTS) {
            choices.add(Math.min(AgreementRules.MOST_INSTALMENTS, rules.maxInstalments() * 2));
        }
        return choices;
    }
}
