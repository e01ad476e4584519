package de.kulant.dunning.web;

import de.kulant.claims.ClaimFilter;
import de.kulant.claims.ClaimQueries;
import de.kulant.claims.ClaimView;
import de.kulant.creditors.Creditor;
import de.kulant.creditors.CreditorChoices;
import de.kulant.creditors.Creditors;
import de.kulant.dunning.Channel;
import de.kulant.dunning.DunningPolicies;
import de.kulant.dunning.DunningPolicy;
import de.kulant.dunning.PolicyInput;
import de.kulant.dunning.PolicyLevel;
import de.kulant.dunning.Tone;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.Caller;
import de.kulant.platform.CreditorId;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.ShopUser;
import de.kulant.platform.web.Formats;
import de.kulant.platform.web.Violations;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The policy editor: the chain's levels, the segments as condition rows with the variant they get, and the timeline.
 * A refused form is shown again exactly as typed, each mistake next to its field. Staff edit any creditor's; a shop's
 * owner edits its own at {@code /app/policy}.
 */
@Controller
class PolicyPages {

    private final DunningPolicies policies;
    private final Creditors creditors;
    private final CreditorChoices choices;
    private final ClaimQueries claims;
    private final Formats formats;
    private final Violations violations;
    private final Clock clock;

    PolicyPages(DunningPolicies policies, Creditors creditors, CreditorChoices choices, ClaimQueries claims, Formats formats,
                Violations violations, Clock clock) {
        this.choices = choices;
        this.policies = policies;
        this.creditors = creditors;
        this.claims = claims;
        this.formats = formats;
        this.violations = violations;
        this.clock = clock;
    }

    /** A refused field as the error list links it: the input's id and the sentence. */
    record ErrorLink(String inputId, String text) {
    }

    /** One point of the timeline: a level or the handover at its day after the due date; x in percent, text anchor. */
    record Mark(String label, int day, String kind, int x, String anchor) {
    }

    @GetMapping("/dunning/policy")
    String policy(@RequestParam(required = false) UUID creditor, @RequestParam(required = false) String invoice,
                  @RequestParam(required = false) String creditorSearch, Model model) {
        CreditorChoices.Choice choice = choices.of(creditor == null ? null : creditor.toString(), creditorSearch);
        List<Creditor> all = choice.options();
        model.addAttribute("creditors", all);
        model.addAttribute("creditorChoice", choice);
        if (all.isEmpty()) {
            return "dunning/policy";
        }
        return show(creditor == null ? all.get(0).id() : new CreditorId(creditor), invoice, model);
    }

    /** The shop's own policy in its app, with the same editor; only the owner saves. */
    @GetMapping("/app/policy")
    String shopPolicy(@RequestParam(required = false) String invoice, Caller caller, Model model,
                      HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        CreditorId creditor = caller.requireCreditor();
        model.addAttribute("shop", true);
        model.addAttribute("creditors", creditors.find(creditor).stream().toList());
        return show(creditor, invoice, model);
    }

    @PostMapping("/app/policy")
    String saveShopPolicy(@RequestParam Map<String, String> posted, Caller caller,
                          @AuthenticationPrincipal ShopUser user, Locale locale, Model model,
                          RedirectAttributes redirect, HttpServletResponse response) {
        ShopUser.requireOwner(user, "only the shop's owner changes the dunning policy");
        CreditorId creditor = caller.requireCreditor();
        String refused = save(creditor, posted, caller, locale, model, redirect, response);
        if (refused != null) {
            return shopPolicy(null, caller, model, response);
        }
        return "redirect:/app/policy";
    }

    private String show(CreditorId selected, String invoice, Model model) {
        DunningPolicy policy = policies.policyOf(selected);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", PolicyForm.of(PolicyInput.of(policy), formats));
            model.addAttribute("fieldErrors", Map.of());
        }
        model.addAttribute("selected", selected);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("tones", Tone.values());
        model.addAttribute("timeline", timeline(policy.levels(), policy.handoverDaysAfterDue()));
        if (invoice != null && !invoice.isBlank()) {
            LocalDate today = BusinessDates.today(clock);
            List<ClaimView> found = claims.first(ClaimFilter.forCreditor(selected)
                    .withInvoiceNumber(invoice.strip()), 1, today);
            model.addAttribute("invoice", invoice.strip());
            found.stream().findFirst().flatMap(claim -> policies.variantOf(selected, claim.id(), today))
                    .ifPresentOrElse(variant -> {
                        model.addAttribute("variant", variant);
                        policy.segments().stream().filter(segment -> segment.name().equals(variant.segment()))
                                .findFirst().ifPresent(segment -> model.addAttribute("variantSegment", segment));
                    }, () -> model.addAttribute("variantMissing", true));
        }
        return "dunning/policy";
    }

    @PostMapping("/dunning/policy")
    String savePolicy(@RequestParam UUID creditor, @RequestParam Map<String, String> posted, Caller caller,
                      Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        String refused = save(new CreditorId(creditor), posted, caller, locale, model, redirect, response);
        if (refused != null) {
            return policy(creditor, null, null, model);
        }
        return "redirect:/dunning/policy?creditor=" + creditor;
    }

    /** Saves the posted policy, or puts the form as typed and its errors into the model (422) and returns "refused". */
    private String save(CreditorId creditor, Map<String, String> posted, Caller caller, Locale locale, Model model,
                        RedirectAttributes redirect, HttpServletResponse response) {
        PolicyForm form = PolicyForm.read(posted);
        List<FieldViolation> refused = new ArrayList<>();
        PolicyForm.Converted converted = form.toInput(locale, refused);
        if (refused.isEmpty()) {
            try {
                policies.update(creditor, converted.input(), caller.actor());
                redirect.addFlashAttribute("message", "saved");
                return null;
            } catch (InvalidInputException e) {
                e.violations().forEach(v -> refused.add(new FieldViolation(converted.rowPath(v.field()), v.message(),
                        v.index(), v.line(), v.code(), v.args())));
            }
        }
        response.setStatus(422);
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        refused.forEach(v -> fieldErrors.merge(PolicyForm.inputId(v.field()), violations.sentence(v, locale),
                (a, b) -> a + " " + b));
        model.addAttribute("form", form);
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("errors", refused.stream().map(v -> new ErrorLink(PolicyForm.inputId(v.field()),
                violations.sentence(v, locale))).toList());
        return "refused";
    }

    /** Marks for the timeline: x in percent of the chain's length (handover plus a week); labels stay inside. */
    static List<Mark> timeline(List<PolicyLevel> levels, Integer handover) {
        int end = (handover == null ? levels.get(levels.size() - 1).daysAfterDue() + levels.get(levels.size() - 1)
                .paymentTermDays() : handover) + 7;
        List<Mark> marks = new ArrayList<>();
        marks.add(mark("0", 0, "due", end));
        for (PolicyLevel level : levels) {
            marks.add(mark(level.name(), level.daysAfterDue(), level.announcesHandover() ? "final" : "level", end));
        }
        if (handover != null) {
            marks.add(mark("handover", handover, "handover", end));
        }
        return marks;
    }

    private static Mark mark(String label, int day, String kind, int end) {
        int x = 8 + day * 84 / end;
        return new Mark(label, day, kind, x, x < 20 ? "start" : x > 80 ? "end" : "middle");
    }
}
