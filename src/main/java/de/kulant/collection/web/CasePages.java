package de.kulant.collection.web;

import de.kulant.collection.Agreements;
import de.kulant.collection.CaseAssignment;
import de.kulant.collection.CaseClosing;
import de.kulant.collection.CaseCorrespondence;
import de.kulant.collection.CaseCourt;
import de.kulant.collection.CaseFiles;
import de.kulant.collection.CaseId;
import de.kulant.collection.CaseQueries;
import de.kulant.collection.CaseStatus;
import de.kulant.collection.CaseView;
import de.kulant.collection.CaseWork;
import de.kulant.collection.CloseReason;
import de.kulant.collection.Disputes;
import de.kulant.collection.PortalAccess;
import de.kulant.collection.Promises;
import de.kulant.collection.WorkQueue;
import de.kulant.law.DunningCourt;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.Caller;
import de.kulant.platform.ForbiddenException;
import de.kulant.platform.ListOrder;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.PageRequest;
import de.kulant.platform.StaffDirectory;
import de.kulant.platform.web.SortLinks;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case worker's screens: the work queue by priority with "next case", and one page per case with the debtor, the
 * claims and their balances, the timeline, the next automatic step and every action (call, note, promise, dispute,
 * assignment, closing) — keyboard shortcuts N (next case), C (call) and T (note).
 */
@Controller
class CasePages {

    private final WorkQueue queue;
    private final CaseQueries queries;
    private final CaseWork work;
    private final Promises promises;
    private final Disputes disputes;
    private final CaseAssignment assignment;
    private final CaseClosing closing;
    private final PortalAccess portal;
    private final CaseFiles files;
    private final CaseCorrespondence correspondence;
    private final StaffDirectory staff;
    private final Agreements agreements;
    private final CaseCourt court;
    private final MessageSource messages;
    private final Clock clock;

    CasePages(WorkQueue queue, CaseQueries queries, CaseWork work, Promises promises, Disputes disputes,
              CaseAssignment assignment, CaseClosing closing, PortalAccess portal, CaseCorrespondence correspondence,
              StaffDirectory staff, Agreements agreements, CaseCourt court, CaseFiles files, MessageSource messages,
              Clock clock) {
        this.files = files;
        this.agreements = agreements;
        this.court = court;
        this.correspondence = correspondence;
        this.queue = queue;
        this.queries = queries;
        this.work = work;
        this.promises = promises;
        this.disputes = disputes;
        this.assignment = assignment;
        this.closing = closing;
        this.portal = portal;
        this.staff = staff;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/cases")
    String queue(@RequestParam(required = false) String assignee, @RequestParam(required = false) String status,
                 @RequestParam(required = false) String flag, @RequestParam(required = false) String after,
                 @RequestParam(required = false) String sort, Caller caller, Model model) {
        String who = caller.isAdmin() && assignee != null && !assignee.isBlank() ? assignee.strip() : caller.actor().name();
        CaseStatus wanted = CaseController.status(status);
        boolean hardship = "HARDSHIP".equalsIgnoreCase(flag);
        // "-" shows admins the cases nobody owns yet
        ListOrder order = WorkQueue.listOrder().orderOrDefault(sort);
        String position = after != null && WorkQueue.listOrder().position(after, order).isPresent() ? after : null;
        WorkQueue.QueuePage page = queue.page(UNASSIGNED.equals(who) ? null : who, null, wanted, hardship, order,
                position, 50);
        model.addAttribute("page", page);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("assignee", who);
        filters.put("status", wanted == null ? null : wanted.name());
        filters.put("flag", hardship ? "HARDSHIP" : null);
        SortLinks sorting = new SortLinks("/cases", filters, WorkQueue.listOrder(), order);
        model.addAttribute("sorting", sorting);
        model.addAttribute("exportQuery", sorting.query("/cases").build().getQuery());
        model.addAttribute("firstLink", position == null ? null : sorting.query("/cases").build().toUriString());
        model.addAttribute("nextLink", page.next() == null ? null
                : sorting.query("/cases").queryParam("after", page.next()).build().toUriString());
        model.addAttribute("assignee", who);
        model.addAttribute("agents", caller.isAdmin() ? staff.activeAgents() : java.util.List.of());
        model.addAttribute("status", wanted == null ? "" : wanted.name());
        model.addAttribute("hardship", hardship);
        model.addAttribute("statuses", CaseStatus.values());
        return "cases/queue";
    }

    static final String UNASSIGNED = "-";

    @PostMapping("/cases/next")
    String next(Caller caller, RedirectAttributes redirect, Locale locale) {
        return queue.next(caller.actor().name()).map(e -> "redirect:/cases/" + e.caseId())
                .orElseGet(() -> {
                    redirect.addFlashAttribute("message", messages.getMessage("cases.queueEmpty", null, locale));
                    return "redirect:/cases";
                });
    }

    @GetMapping("/cases/{id}")
    String detail(@PathVariable UUID id, Caller caller, Model model) {
        CaseId caseId = new CaseId(id);
        CaseView view = queries.find(null, caseId, BusinessDates.today(clock))
                .orElseThrow(() -> new NotFoundException("case"));
        model.addAttribute("c", view);
        model.addAttribute("priority", queue.priorityOf(caseId));
        model.addAttribute("timeline", queries.timeline(null, caseId, PageRequest.MAX_SIZE));
        model.addAttribute("promises", queries.promises(caseId));
        model.addAttribute("disputes", queries.disputes(caseId));
        model.addAttribute("agreements", agreements.onCase(caseId));
        model.addAttribute("court", court.of(caseId));
        model.addAttribute("courts", DunningCourt.values());
        model.addAttribute("accessCode", portal.codeFor(caseId));
        model.addAttribute("files", files.ofCase(null, caseId));
        model.addAttribute("outcomes", CaseWork.OUTCOMES);
        model.addAttribute("disputeReasons", Disputes.REASONS.stream().sorted().toList());
        model.addAttribute("closeReasons", CloseReason.values());
        model.addAttribute("agents", caller.isAdmin() ? staff.activeAgents() : java.util.List.of());
        return "cases/case";
    }

    @PostMapping("/cases/{id}/call")
    String call(@PathVariable UUID id, @RequestParam(required = false) String outcome,
                @RequestParam(required = false) String text, Caller caller, RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, "cases.callLogged", "call",
                () -> work.log(null, new CaseId(id), "CALL", outcome, text, caller.actor()));
    }

    @PostMapping("/cases/{id}/note")
    String note(@PathVariable UUID id, @RequestParam(required = false) String text,
                @RequestParam(required = false) String kind, Caller caller, RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, "cases.noteSaved", "note", () -> work.log(null, new CaseId(id),
                "MESSAGE".equals(kind) ? "MESSAGE" : "NOTE", null, text, caller.actor()));
    }

    @PostMapping("/cases/{id}/promise")
    String promise(@PathVariable UUID id, @RequestParam(required = false) String amount,
                   @RequestParam(required = false) String dueOn, Caller caller, RedirectAttributes redirect,
                   Locale locale) {
        return act(id, redirect, locale, "cases.promiseSaved", "promise",
                () -> promises.make(null, new CaseId(id), amount, dueOn, caller.actor(), locale));
    }

    @PostMapping("/cases/{id}/dispute")
    String dispute(@PathVariable UUID id, @RequestParam(required = false) String reason,
                   @RequestParam(required = false) String text, Caller caller, RedirectAttributes redirect,
                   Locale locale) {
        return act(id, redirect, locale, "cases.disputeSaved", "dispute",
                () -> disputes.open(null, new CaseId(id), reason, text, caller.actor()));
    }

    @PostMapping("/cases/{id}/disputes/{dispute}/resolve")
    String resolve(@PathVariable UUID id, @PathVariable UUID dispute, @RequestParam(required = false) String outcome,
                   @RequestParam(required = false) String text, Caller caller, RedirectAttributes redirect,
                   Locale locale) {
        return act(id, redirect, locale, "cases.disputeResolved", "resolve", () -> {
            disputes.resolve(null, new CaseId(id), dispute, outcome, text, caller.actor());
            return null;
        });
    }

    @GetMapping("/cases/{id}/letter.pdf")
    org.springframework.http.ResponseEntity<byte[]> letterPreview(@PathVariable UUID id,
                                                                   @RequestParam(required = false) String language,
                                                                   @RequestParam(required = false) String tone) {
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"vorschau.pdf\"")
                .body(correspondence.preview(new CaseId(id), language, tone));
    }

    @PostMapping("/cases/{id}/letter")
    String sendLetter(@PathVariable UUID id, @RequestParam(required = false) String language,
                      @RequestParam(required = false) String channel, @RequestParam(required = false) String tone,
                      Caller caller, RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, "cases.letterQueued", "letter", () -> {
            correspondence.send(new CaseId(id), language, channel, tone, caller.actor());
            return null;
        });
    }

    @PostMapping("/cases/{id}/preferred-channel")
    String preferredChannel(@PathVariable UUID id, @RequestParam(required = false) String channel, Caller caller,
                            RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, "cases.preferenceSaved", "preferred-channel", () -> {
            work.choosePreferredChannel(new CaseId(id), channel, caller.actor());
            return null;
        });
    }

    @PostMapping("/cases/{id}/assign")
    String assign(@PathVariable UUID id, @RequestParam(required = false) String agent, Caller caller,
                  RedirectAttributes redirect, Locale locale) {
        admin(caller);
        return act(id, redirect, locale, "cases.assigned", "assign", () -> {
            assignment.assign(new CaseId(id), agent, caller.actor());
            return null;
        });
    }

    @PostMapping("/cases/{id}/close")
    String close(@PathVariable UUID id, @RequestParam(required = false) String reason,
                 @RequestParam(required = false) String text, Caller caller, RedirectAttributes redirect,
                 Locale locale) {
        return act(id, redirect, locale, "cases.closed", "close", () -> {
            closing.close(null, new CaseId(id), reason, text, caller.actor());
            return null;
        });
    }

    @PostMapping("/cases/{id}/reopen")
    String reopen(@PathVariable UUID id, @RequestParam(required = false) String reason, Caller caller,
                  RedirectAttributes redirect, Locale locale) {
        admin(caller);
        return act(id, redirect, locale, "cases.reopened", "reopen", () -> {
            closing.reopen(new CaseId(id), reason, caller.actor());
            return null;
        });
    }

    private String act(UUID id, RedirectAttributes redirect, Locale locale, String done, String form,
                       Supplier<Object> action) {
        return PageActions.run(messages, id, redirect, locale, done, form, action);
    }

    private static void admin(Caller caller) {
        if (!caller.isAdmin()) {
            throw new ForbiddenException("only an admin (team lead) may do this");
        }
    }
}
