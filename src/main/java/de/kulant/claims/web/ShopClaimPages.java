package de.kulant.claims.web;

import de.kulant.claims.ClaimAccounting;
import de.kulant.claims.ClaimCursor;
import de.kulant.claims.ClaimFilter;
import de.kulant.claims.ClaimHolds;
import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimListPage;
import de.kulant.claims.ClaimQueries;
import de.kulant.claims.ClaimStatus;
import de.kulant.claims.ClaimView;
import de.kulant.claims.HoldKind;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.Caller;
import de.kulant.platform.ConflictException;
import de.kulant.platform.CreditorId;
import de.kulant.platform.InputCheck;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.ShopUser;
import de.kulant.platform.money.Money;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A shop's own claims in its app: the list with search, filters and paging, and one claim with its balance, holds,
 * credit notes, ledger and history. Owners change things; accountants read. Another shop's claim answers 404.
 */
@Controller
class ShopClaimPages {

    private static final int PAGE_SIZE = 50;

    private final ClaimQueries queries;
    private final ClaimHolds holds;
    private final ClaimAccounting accounting;
    private final MessageSource messages;
    private final Clock clock;

    ShopClaimPages(ClaimQueries queries, ClaimHolds holds, ClaimAccounting accounting, MessageSource messages,
                   Clock clock) {
        this.queries = queries;
        this.holds = holds;
        this.accounting = accounting;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/app/claims")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
                @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Boolean open,
                @RequestParam(required = false) Integer level, @RequestParam(required = false) String dueFrom,
                @RequestParam(required = false) String dueBefore, @RequestParam(required = false) String customer,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String after,
                @RequestParam(required = false) String before, @RequestParam(required = false) Integer page,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Caller caller, Model model,
                HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        CreditorId creditor = caller.requireCreditor();
        LocalDate today = BusinessDates.today(clock);
        ClaimListForm echoed = ClaimListForm.of(ClaimListForm.SHOP, q, status, creditor.toString(), overdue, open,
                level, dueFrom, dueBefore, customer, sort);
        ClaimFilter filter = echoed.claims(today);
        ClaimCursor afterCursor = echoed.cursor(after);
        ClaimCursor beforeCursor = echoed.cursor(before);
        int pageNumber = page == null || page < 1 || (afterCursor == null && beforeCursor == null) ? 1 : page;
        ClaimListPage result = queries.page(filter, afterCursor, beforeCursor, 0, PAGE_SIZE, today);
        model.addAttribute("filter", echoed);
        model.addAttribute("exportLink", "/app/claims/export.csv" + echoed.query());
        model.addAttribute("statuses", ClaimStatus.values());
        echoed.putPage(model, result, pageNumber, PAGE_SIZE);
        model.addAttribute("today", today);
        return htmx != null ? "app/claims :: results" : "app/claims";
    }

    @GetMapping("/app/claims/{id}")
    String detail(@PathVariable UUID id, Caller caller, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        CreditorId creditor = caller.requireCreditor();
        LocalDate today = BusinessDates.today(clock);
        ClaimId claimId = new ClaimId(id);
        ClaimView claim = queries.find(creditor, claimId, today).orElseThrow(() -> new NotFoundException("claim"));
        model.addAttribute("claim", claim);
        model.addAttribute("holds", queries.allHolds(creditor, claimId));
        model.addAttribute("holdKinds", HoldKind.values());
        model.addAttribute("ledger", queries.ledger(creditor, claimId));
        model.addAttribute("history", queries.history(creditor, claimId));
        model.addAttribute("today", today);
        return "app/claim";
    }

    @PostMapping("/app/claims/{id}/holds")
    String placeHold(@PathVariable UUID id, @RequestParam Map<String, String> form, Caller caller,
                     @AuthenticationPrincipal ShopUser user, Locale locale, RedirectAttributes redirect) {
        return act(id, user, caller, form, "hold", "hold.placed", locale, redirect, creditor ->
                holds.place(creditor, new ClaimId(id), form.get("kind"), form.get("reason"), form.get("until"),
                        caller.actor()));
    }

    @PostMapping("/app/claims/{id}/holds/{holdId}/lift")
    String liftHold(@PathVariable UUID id, @PathVariable UUID holdId, Caller caller,
                    @AuthenticationPrincipal ShopUser user, Locale locale, RedirectAttributes redirect) {
        return act(id, user, caller, Map.of(), "hold", "hold.lifted", locale, redirect, creditor ->
                holds.lift(creditor, new ClaimId(id), holdId, caller.actor()));
    }

    @PostMapping("/app/claims/{id}/credit-note")
    String creditNote(@PathVariable UUID id, @RequestParam Map<String, String> form, Caller caller,
                      @AuthenticationPrincipal ShopUser user, Locale locale, RedirectAttributes redirect) {
        return act(id, user, caller, form, "creditNote", "correction.creditNoted", locale, redirect, creditor -> {
            InputCheck check = InputCheck.typedBy(locale);
            Money amount = check.amount("amount", form.get("amount"), ClaimAccounting.MAXIMUM);
            LocalDate date = check.date("date", form.get("date"), true);
            check.required("reason", form.get("reason"), 500);
            check.throwIfInvalid();
            accounting.creditNote(creditor, new ClaimId(id), amount, date, form.get("reason"), caller.actor());
        });
    }

    private String act(UUID id, ShopUser user, Caller caller, Map<String, String> form, String formName,
                       String messageKey, Locale locale, RedirectAttributes redirect, Consumer<CreditorId> action) {
        ShopUser.requireOwner(user, "only the shop's owner changes claims");
        CreditorId creditor = caller.requireCreditor();
        queries.find(creditor, new ClaimId(id), BusinessDates.today(clock))
                .orElseThrow(() -> new NotFoundException("claim"));
        try {
            action.accept(creditor);
            redirect.addFlashAttribute("message", messages.getMessage(messageKey, null, locale));
            return "redirect:/app/claims/" + id;
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.violations());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", e.violationsOr(""));
        }
        redirect.addFlashAttribute("typed", form);
        redirect.addFlashAttribute("openForm", formName);
        return "redirect:/app/claims/" + id + "#" + formName + "-form";
    }
}
