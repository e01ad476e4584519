package de.kulant.collection.web;

import de.kulant.collection.CaseId;
import de.kulant.collection.Deferrals;
import de.kulant.collection.InstalmentPlans;
import de.kulant.collection.PlanQuotes;
import de.kulant.collection.Settlements;
import de.kulant.platform.Caller;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.ConflictException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page's agreements: an instalment plan quoted first (rates and cost, §13a Abs. 3 RDG) and then agreed, a
 * payment pause, a settlement offer; amounts typed in the page's language.
 */
@Controller
class AgreementPages {

    private final PlanQuotes quotes;
    private final InstalmentPlans plans;
    private final Deferrals deferrals;
    private final Settlements settlements;
    private final MessageSource messages;

    AgreementPages(PlanQuotes quotes, InstalmentPlans plans, Deferrals deferrals, Settlements settlements,
                   MessageSource messages) {
        this.quotes = quotes;
        this.plans = plans;
        this.deferrals = deferrals;
        this.settlements = settlements;
        this.messages = messages;
    }

    @PostMapping("/cases/{id}/plan")
    String plan(@PathVariable UUID id, @RequestParam(required = false) Integer instalments,
                @RequestParam(required = false) String interval, @RequestParam(required = false) String firstDueOn,
                @RequestParam(required = false) String downPayment, @RequestParam(required = false) String action,
                Caller caller, RedirectAttributes redirect, Locale locale) {
        Map<String, Object> typed = new LinkedHashMap<>();
        typed.put("instalments", instalments);
        typed.put("interval", interval);
        typed.put("firstDueOn", firstDueOn);
        typed.put("downPayment", downPayment);
        redirect.addFlashAttribute("planInput", typed);
        if ("agree".equals(action)) {
            return PageActions.run(messages, id, redirect, locale, "cases.planAgreed", "plan", () -> plans.agree(null,
                    new CaseId(id), new InstalmentPlans.Request(instalments, interval, firstDueOn, downPayment, null),
                    caller.actor(), locale));
        }
        try {
            redirect.addFlashAttribute("quote", quotes.quote(null, new CaseId(id), new PlanQuotes.Request(instalments,
                    interval, firstDueOn, downPayment), locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.violations());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", e.violationsOr("case"));
        }
        redirect.addFlashAttribute("openForm", "plan");
        return "redirect:/cases/" + id + "#plan";
    }

    @PostMapping("/cases/{id}/pause")
    String pause(@PathVariable UUID id, @RequestParam(required = false) String until,
                 @RequestParam(required = false) String reason, Caller caller, RedirectAttributes redirect,
                 Locale locale) {
        return PageActions.run(messages, id, redirect, locale, "cases.pauseAgreed", "pause",
                () -> deferrals.pause(null, new CaseId(id), until, reason, caller.actor()));
    }

    @PostMapping("/cases/{id}/settlement")
    String settlement(@PathVariable UUID id, @RequestParam(required = false) String amount,
                      @RequestParam(required = false) String validUntil, Caller caller, RedirectAttributes redirect,
                      Locale locale) {
        return PageActions.run(messages, id, redirect, locale, "cases.offerMade", "settlement",
                () -> settlements.offer(null, new CaseId(id), amount, validUntil, caller.actor(), locale));
    }
}
