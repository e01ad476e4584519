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
import de.kulant.creditors.Creditor;
import de.kulant.creditors.CreditorChoices;
import de.kulant.creditors.Creditors;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.Caller;
import de.kulant.platform.ConflictException;
import de.kulant.platform.CreditorId;
import de.kulant.platform.InputCheck;
import de.kulant.platform.money.Money;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff UI for claims: the list with search, filters and paging, and one claim on one screen. */
@Controller
class ClaimPages {

    private static final int PAGE_SIZE = 50;

    private final ClaimQueries queries;
    private final ClaimHolds holds;
    private final ClaimAccounting accounting;
    private final Creditors creditors;
    private final CreditorChoices choices;
    private final MessageSource messages;
    private final Clock clock;

    ClaimPages(ClaimQueries queries, ClaimHolds holds, ClaimAccounting accounting, Creditors creditors,
               CreditorChoices choices, MessageSource messages, Clock clock) {
        this.choices = choices;
        this.queries = queries;
        this.holds = holds;
        this.accounting = accounting;
        this.creditors = creditors;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/claims")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
                @RequestParam(required = false) String creditor, @RequestParam(required = false) String creditorSearch,
                @RequestParam(required = false) Boolean overdue,
                @RequestParam(required = false) Boolean open, @RequestParam(required = false) Integer level,
                @RequestParam(required = false) String dueFrom, @RequestParam(required = false) String customer,
                @RequestParam(required = false) String dueBefore, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String after,
                @RequestParam(required = false) String before, @RequestParam(required = false) Integer page,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        LocalDate today = BusinessDates.today(clock);
        ClaimListForm echoed = ClaimListForm.of(ClaimListForm.STAFF, q, status, creditor, overdue, open, level, dueFrom, dueBefore, customer,
                sort);
        ClaimFilter filter = echoed.claims(today);
        ClaimCursor afterCursor = echoed.cursor(after);
        ClaimCursor beforeCursor = echoed.cursor(before);
        int pageNumber = page == null || page < 1 || (afterCursor == null && beforeCursor == null) ? 1 : page;
        ClaimListPage result = queries.page(filter, afterCursor, beforeCursor, 0, PAGE_SIZE, today);
        CreditorChoices.Choice choice = choices.of(creditor, creditorSearch);
        model.addAttribute("filter", echoed);
        model.addAttribute("exportLink", "/claims/export.csv" + echoed.query());
        model.addAttribute("exportXlsxLink", "/claims/export.xlsx" + echoed.query());
        model.addAttribute("statuses", ClaimStatus.values());
        model.addAttribute("creditors", choice.options());
        model.addAttribute("creditorChoice", choice);
        model.addAttribute("creditorNames", choices.names(result.items().stream().map(ClaimView::creditorId).toList()));
        echoed.putPage(model, result, pageNumber, PAGE_SIZE);
        model.addAttribute("today", today);
        return htmx != null ? "claims/list :: results" : "claims/list";
    }

    @GetMapping("/claims/{id}")
    String detail(@PathVariable UUID id, @RequestParam(required = false) String asOf, Model model) {
        LocalDate today = BusinessDates.today(clock);
        InputCheck check = new InputCheck();
        LocalDate date = check.date("asOf", asOf, false);
        ClaimId claimId = new ClaimId(id);
        ClaimView claim = queries.find(null, claimId, date == null ? today : date)
                .orElseThrow(() -> new NotFoundException("claim"));
        CreditorId creditor = claim.creditorId();
        model.addAttribute("claim", claim);
        model.addAttribute("creditorName", creditors.find(creditor).map(Creditor::name).orElse(""));
        model.addAttribute("holds", queries.allHolds(creditor, claimId));
        model.addAttribute("holdKinds", HoldKind.values());
        model.addAttribute("ledger", queries.ledger(creditor, claimId));
        model.addAttribute("history", queries.history(creditor, claimId));
        model.addAttribute("writeOffReasons", ClaimCorrectionPages.WRITE_OFF_REASONS);
        model.addAttribute("today", today);
        return "claims/detail";
    }

    @PostMapping("/claims/{id}/holds")
    String placeHold(@PathVariable UUID id, @RequestParam(required = false) String kind,
                     @RequestParam(required = false) String reason, @RequestParam(required = false) String until,
                     Caller caller, RedirectAttributes redirect) {
        return act(id, redirect, "hold.placed", creditor ->
                holds.place(creditor, new ClaimId(id), kind, reason, until, caller.actor()));
    }

    @PostMapping("/claims/{id}/holds/{holdId}/lift")
    String liftHold(@PathVariable UUID id, @PathVariable UUID holdId, Caller caller, RedirectAttributes redirect) {
        return act(id, redirect, "hold.lifted", creditor -> {
            holds.lift(creditor, new ClaimId(id), holdId, caller.actor());
            return null;
        });
    }

    @PostMapping("/claims/{id}/payments")
    String pay(@PathVariable UUID id, @RequestParam(required = false) String amount,
               @RequestParam(required = false) String bookingDate, @RequestParam(required = false) String reference,
               Caller caller, RedirectAttributes redirect) {
        return act(id, redirect, "payment.recorded", creditor -> {
            InputCheck check = InputCheck.typedBy(LocaleContextHolder.getLocale());
            Money paid = check.amount("amount", amount, ClaimAccounting.MAXIMUM);
            LocalDate date = check.date("bookingDate", bookingDate, true);
            check.throwIfInvalid();
            return accounting.recordPayment(creditor, new ClaimId(id), paid, date, reference, caller.actor());
        });
    }

    private String act(UUID id, RedirectAttributes redirect, String messageKey, Function<CreditorId, Object> action) {
        ClaimView claim = queries.find(null, new ClaimId(id), BusinessDates.today(clock))
                .orElseThrow(() -> new NotFoundException("claim"));
        try {
            action.apply(claim.creditorId());
            redirect.addFlashAttribute("message", messages.getMessage(messageKey, null, LocaleContextHolder.getLocale()));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.violations());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", e.violationsOr(""));
        }
        return "redirect:/claims/" + id;
    }
}
