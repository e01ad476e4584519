package de.kulant.collection.web;

import de.kulant.collection.CaseAssignment;
import de.kulant.collection.CaseId;
import de.kulant.collection.CaseWork;
import de.kulant.collection.Disputes;
import de.kulant.collection.Priority;
import de.kulant.collection.Promises;
import de.kulant.collection.WorkQueue;
import de.kulant.collection.internal.DisputeStore.DisputeRow;
import de.kulant.collection.internal.PromiseStore.PromiseRow;
import de.kulant.platform.Caller;
import de.kulant.platform.CreditorId;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.ForbiddenException;
import de.kulant.platform.InputCheck;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.ListOrder;
import de.kulant.platform.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The case worker's API: calls and notes, promises, disputes, assignment and the work queue (staff only). */
@RestController
@Tag(name = "Collection")
class CaseWorkController {

    private static final String ONLY_STAFF = "only staff work cases";

    private final CaseWork work;
    private final Promises promises;
    private final Disputes disputes;
    private final CaseAssignment assignment;
    private final WorkQueue queue;
    private final CaseController cases;

    CaseWorkController(CaseWork work, Promises promises, Disputes disputes, CaseAssignment assignment, WorkQueue queue,
                       CaseController cases) {
        this.work = work;
        this.promises = promises;
        this.disputes = disputes;
        this.assignment = assignment;
        this.queue = queue;
        this.cases = cases;
    }

    record ActivityRequest(String kind, String outcome, String text) {
    }

    record PromiseRequest(String amount, String dueOn) {
    }

    record PromiseJson(UUID id, String status, String amount, LocalDate dueOn) {
        static PromiseJson of(PromiseRow p) {
            return new PromiseJson(p.id(), p.status(), p.amount().toPlainString(), p.dueOn());
        }
    }

    record DisputeRequest(String reason, String text) {
    }

    record ResolveRequest(String outcome, String text) {
    }

    record DisputeJson(UUID id, String status, String reason, String text) {
        static DisputeJson of(DisputeRow d) {
            return new DisputeJson(d.id(), d.status(), d.reason(), d.text());
        }
    }

    record AssignRequest(String agent) {
    }

    record QueueJson(UUID caseId, String reference, UUID creditorId, String debtorName, String status, int score,
                     List<Priority.Reason> reasons, LocalDate openedOn) {
        static QueueJson of(WorkQueue.Entry e) {
            return new QueueJson(e.caseId().value(), e.reference().value(), e.creditorId().value(), e.debtorName(),
                    e.status().name(), e.priority().score(), e.priority().reasons(), e.openedOn());
        }
    }

    @PostMapping("/api/v1/cases/{id}/activities")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Log a call (outcome REACHED, NOT_REACHED, WRONG_NUMBER, PROMISED, DISPUTES, HARDSHIP), a note, "
            + "or a MESSAGE the debtor sent (letter, e-mail): it raises the case until a call, note or letter answers it")
    CaseJson.ActivityJson activity(@PathVariable UUID id, @RequestBody(required = false) ActivityRequest request,
                                   Caller caller) {
        caller.requireStaff(ONLY_STAFF);
        ActivityRequest r = request == null ? new ActivityRequest(null, null, null) : request;
        return CaseJson.ActivityJson.of(work.log(null, new CaseId(id), r.kind(), r.outcome(), r.text(), caller.actor()));
    }

    record ChannelRequest(String channel) {
    }

    @PutMapping("/api/v1/cases/{id}/preferred-channel")
    @Operation(summary = "Record how the debtor wants to be written to: EMAIL, LETTER, or null for no preference; the "
            + "strategy's reminders follow it")
    CaseJson preferredChannel(@PathVariable UUID id, @RequestBody(required = false) ChannelRequest request,
                              Caller caller, Locale locale) {
        caller.requireStaff(ONLY_STAFF);
        work.choosePreferredChannel(new CaseId(id), request == null ? null : request.channel(), caller.actor());
        return cases.get(id, caller, locale);
    }

    @PostMapping("/api/v1/cases/{id}/promises")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a promise to pay: the case waits until dueOn; kept by payments, broken the day after")
    PromiseJson promise(@PathVariable UUID id, @RequestBody(required = false) PromiseRequest request, Caller caller) {
        caller.requireStaff(ONLY_STAFF);
        PromiseRequest r = request == null ? new PromiseRequest(null, null) : request;
        return PromiseJson.of(promises.make(null, new CaseId(id), r.amount(), r.dueOn(), caller.actor()));
    }

    @PostMapping("/api/v1/cases/{id}/disputes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record the debtor's dispute: every automatic step stops, the creditor is asked for evidence")
    DisputeJson dispute(@PathVariable UUID id, @RequestBody(required = false) DisputeRequest request, Caller caller) {
        caller.requireStaff(ONLY_STAFF);
        DisputeRequest r = request == null ? new DisputeRequest(null, null) : request;
        return DisputeJson.of(disputes.open(null, new CaseId(id), r.reason(), r.text(), caller.actor()));
    }

    @PostMapping("/api/v1/cases/{id}/disputes/{disputeId}/resolve")
    @Operation(summary = "Decide a dispute: UPHELD cancels the claims with a credit note and closes the case, REJECTED "
            + "lifts the holds and the case resumes")
    CaseJson resolve(@PathVariable UUID id, @PathVariable UUID disputeId,
                     @RequestBody(required = false) ResolveRequest request, Caller caller, Locale locale) {
        caller.requireStaff(ONLY_STAFF);
        ResolveRequest r = request == null ? new ResolveRequest(null, null) : request;
        disputes.resolve(null, new CaseId(id), disputeId, r.outcome(), r.text(), caller.actor());
        return cases.get(id, caller, locale);
    }

    @PostMapping("/api/v1/cases/{id}/assign")
    @Operation(summary = "ADMIN: give the case to a case worker")
    CaseJson assign(@PathVariable UUID id, @RequestBody(required = false) AssignRequest request, Caller caller,
                    Locale locale) {
        admin(caller);
        assignment.assign(new CaseId(id), request == null ? null : request.agent(), caller.actor());
        return cases.get(id, caller, locale);
    }

    @PostMapping("/api/v1/cases/reassign")
    @Operation(summary = "ADMIN: move every open case of an absent case worker ({agent}) to the others")
    Map<String, Integer> moveQueue(@RequestBody(required = false) AssignRequest request, Caller caller) {
        admin(caller);
        return Map.of("moved", assignment.moveQueue(request == null ? null : request.agent(), caller.actor()));
    }

    @GetMapping("/api/v1/work-queue")
    @Operation(summary = "The caller's cases by priority with the reasons of each score (ADMIN: anyone's, by assignee, "
            + "and assignee=- for the cases nobody owns yet); "
            + "filters creditorId, status, flag=HARDSHIP; sort by priority (the default, highest first) or openedOn "
            + "(a leading '-' for descending); pages by keyset (Link header rel=\"next\")")
    List<QueueJson> workQueue(@RequestParam(required = false) String assignee,
                              @RequestParam(required = false) UUID creditorId,
                              @RequestParam(required = false) String status, @RequestParam(required = false) String flag,
                              @RequestParam(required = false) String after, @RequestParam(required = false) String sort,
                              @RequestParam(required = false) Integer size, Caller caller, HttpServletRequest request,
                              HttpServletResponse response) {
        caller.requireStaff(ONLY_STAFF);
        String who = assignee != null && !assignee.isBlank() && caller.isAdmin() ? assignee.strip() : caller.actor().name();
        int limit = size == null || size < 1 ? 50 : Math.min(size, PageRequest.MAX_SIZE);
        if (flag != null && !flag.isBlank() && !flag.strip().equalsIgnoreCase("HARDSHIP")) {
            throw new InvalidInputException(List.of(FieldViolation.coded("flag", "unknownValue", "must be HARDSHIP",
                    flag.strip())));
        }
        InputCheck check = new InputCheck();
        ListOrder order = WorkQueue.listOrder().checked(check, sort);
        check.throwIfInvalid();
        WorkQueue.QueuePage page = queue.page("-".equals(who) ? null : who, creditorId == null ? null : new CreditorId(creditorId),
                CaseController.status(status), flag != null && !flag.isBlank(), order, after, limit);
        if (page.next() != null) {
            String next = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("after", page.next())
                    .build().toUriString();
            response.setHeader(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return page.items().stream().map(QueueJson::of).toList();
    }

    @PostMapping("/api/v1/work-queue/next")
    @Operation(summary = "The caller's most urgent case (204 when the queue is empty)")
    ResponseEntity<CaseJson> next(Caller caller, Locale locale) {
        caller.requireStaff(ONLY_STAFF);
        return queue.next(caller.actor().name())
                .map(e -> ResponseEntity.ok(cases.get(e.caseId().value(), caller, locale)))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }


    private static void admin(Caller caller) {
        if (!caller.isAdmin()) {
            throw new ForbiddenException("only an admin (team lead) may assign cases");
        }
    }
}
