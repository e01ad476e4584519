package de.kulant.claims.web;

import de.kulant.claims.ClaimAccounting;
import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimQueries;
import de.kulant.claims.ClaimView;
import de.kulant.claims.DebtorContacts;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.Caller;
import de.kulant.platform.ConflictException;
import de.kulant.platform.CreditorId;
import de.kulant.platform.InputCheck;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.money.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A claim's corrections in the staff UI: a credit note or cancellation, a write-off with its reason, the debtor's
 * address and e-mail. A refused form comes back filled in as it was typed.
 */
@Controller
class ClaimCorrectionPages {

    private final ClaimQueries queries;
    private final ClaimAccounting accounting;
    private final DebtorContacts contacts;
    private final MessageSource messages;
    private final Clock clock;

    ClaimCorrectionPages(ClaimQueries queries, ClaimAccounting accounting, DebtorContacts contacts,
                         MessageSource messages, Clock clock) {
        this.queries = queries;
        this.accounting = accounting;
        this.contacts = contacts;
        this.messages = messages;
        this.clock = clock;
    }

    @PostMapping("/claims/{id}/credit-note")
    String creditNote(@PathVariable UUID id, @RequestParam Map<String, String> form, Caller caller, Locale locale,
                      RedirectAttributes redirect) {
        return act(id, form, "creditNote", "correction.creditNoted", locale, redirect, creditor -> {
            InputCheck check = InputCheck.typedBy(locale);
            Money amount = check.amount("amount", form.get("amount"), ClaimAccounting.MAXIMUM);
            LocalDate date = check.date("date", form.get("date"), true);
            check.required("reason", form.get("reason"), 500);
            check.throwIfInvalid();
            accounting.creditNote(creditor, new ClaimId(id), amount, date, form.get("reason"), caller.actor());
        });
    }

    @PostMapping("/claims/{id}/write-off")
    String writeOff(@PathVariable UUID id, @RequestParam Map<String, String> form, Caller caller, Locale locale,
                    RedirectAttributes redirect) {
        return act(id, form, "writeOff", "correction.writtenOff", locale, redirect, creditor -> {
            InputCheck check = InputCheck.typedBy(locale);
            LocalDate date = check.date("date", form.get("date"), true);
            String kind = form.getOrDefault("reasonKind", "");
            String note = check.optional("reason", form.get("reason"), 400);
            if (!WRITE_OFF_REASONS.contains(kind)) {
                check.violation("reasonKind", "required", "is required");
            } else if ("OTHER".equals(kind) && note == null) {
                check.violation("reason", "required", "is required");
            }
            check.throwIfInvalid();
            String label = messages.getMessage("writeOff.reason." + kind, null, locale);
            accounting.writeOff(creditor, new ClaimId(id), date, note == null ? label : label + ": " + note,
                    caller.actor());
        });
    }

    @PostMapping("/claims/{id}/debtor")
    String debtor(@PathVariable UUID id, @RequestParam Map<String, String> form, Caller caller, Locale locale,
                  RedirectAttributes redirect) {
        return act(id, form, "debtor", "correction.debtorChanged", locale, redirect, creditor ->
                contacts.change(creditor, new ClaimId(id), new DebtorContacts.ContactChange(form.get("name"),
                        form.get("street"), form.get("postalCode"), form.get("city"), form.get("country"),
                        form.get("email"), form.get("phone")), caller.actor()));
    }

    /** The reasons a claim is written off for, as the form offers them. */
    static final List<String> WRITE_OFF_REASONS = List.of("UNCOLLECTIBLE", "INSOLVENCY", "DEBTOR_UNKNOWN", "SMALL_AMOUNT",
            "GOODWILL", "OTHER");

    private String act(UUID id, Map<String, String> form, String formName, String messageKey, Locale locale,
                       RedirectAttributes redirect, Consumer<CreditorId> action) {
        ClaimView claim = queries.find(null, new ClaimId(id), BusinessDates.today(clock))
                .orElseThrow(() -> new NotFoundException("claim"));
        try {
            action.accept(claim.creditorId());
            redirect.addFlashAttribute("message", messages.getMessage(messageKey, null, locale));
            return "redirect:/claims/" + id;
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.violations());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", e.violationsOr(""));
        }
        redirect.addFlashAttribute("typed", form);
        redirect.addFlashAttribute("openForm", formName);
        return "redirect:/claims/" + id + "#" + formName + "-form";
    }
}
