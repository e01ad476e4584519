package de.kulant.collection.web;

import de.kulant.claims.ClaimId;
import de.kulant.collection.CaseClosing;
import de.kulant.collection.CaseId;
import de.kulant.collection.CaseOpening;
import de.kulant.collection.CaseQueries;
import de.kulant.collection.CaseStatus;
import de.kulant.collection.CaseView;
import de.kulant.collection.PortalAccess;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.Caller;
import de.kulant.platform.CreditorDirectory;
import de.kulant.platform.CreditorId;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.ForbiddenException;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The collection API of api.md: cases (staff: all; a creditor's key: its own, read-only) and the direct handover. */
@RestController
@Tag(name = "Collection")
class CaseController {

    private static final String ONLY_STAFF = "only staff may change a case";

    private final CaseQueries queries;
    private final CaseOpening opening;
    private final CaseClosing closing;
    private final de.kulant.collection.Disputes disputes;
    private final PortalAccess portal;
    private final CreditorDirectory creditors;
    private final Clock clock;

    CaseController(CaseQueries queries, CaseOpening opening, CaseClosing closing, de.kulant.collection.Disputes disputes,
                   PortalAccess portal, CreditorDirectory creditors, Clock clock) {
        this.disputes = disputes;
        this.queries = queries;
        this.opening = opening;
        this.closing = closing;
        this.portal = portal;
        this.creditors = creditors;
        this.clock = clock;
    }

    @GetMapping({"/api/v1/cases", "/api/v1/admin/creditors/{creditorId}/cases"})
    @Operation(summary = "Collection cases, newest first, filtered by status, assignee and (staff) creditorId. Pages of "
            + "size (default 50, at most 500) by keyset: a further page is announced in the Link header (rel=\"next\")")
    List<CaseJson> list(@RequestParam(required = false) String status, @RequestParam(required = false) String assignee,
                        @RequestParam(required = false) UUID creditorId, @RequestParam(required = false) String after,
                        @RequestParam(required = false) Integer size, Caller caller, HttpServletRequest request,
                        HttpServletResponse response, Locale locale) {
        CreditorId creditor = caller.creditor().orElse(null);
        if (creditorId != null) {
            CreditorId asked = new CreditorId(creditorId);
            if ((creditor != null && !creditor.equals(asked)) || !creditors.exists(asked)) {
                throw new NotFoundException("creditor");
            }
            creditor = asked;
        }
        int limit = size == null || size < 1 ? 50 : Math.min(size, PageRequest.MAX_SIZE);
        CaseQueries.CasePage page = queries.page(creditor, status(status), blankToNull(assignee), after, limit,
                BusinessDates.today(clock));
        if (page.next() != null) {
            String next = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("after", page.next())
                    .build().toUriString();
            response.setHeader(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return page.items().stream().map(c -> json(c, caller, locale)).toList();
    }

    @GetMapping({"/api/v1/cases/{id}", "/api/v1/admin/creditors/{creditorId}/cases/{id}"})
    @Operation(summary = "One case with its claims, balance as of today and the collection costs charged, line by line "
            + "with their basis; staff also see the debtor's portal access")
    CaseJson get(@PathVariable UUID id, Caller caller, Locale locale) {
        return queries.find(caller.creditor().orElse(null), new CaseId(id), BusinessDates.today(clock))
                .map(c -> json(c, caller, locale)).orElseThrow(() -> new NotFoundException("case"));
    }

    @GetMapping({"/api/v1/cases/{id}/timeline", "/api/v1/admin/creditors/{creditorId}/cases/{id}/timeline"})
    @Operation(summary = "Everything that happened on the case, newest first (at most 500 entries)")
    List<CaseJson.ActivityJson> timeline(@PathVariable UUID id, Caller caller) {
        return queries.timeline(caller.creditor().orElse(null), new CaseId(id), PageRequest.MAX_SIZE).stream()
                .map(CaseJson.ActivityJson::of).toList();
    }

    @PostMapping({"/api/v1/claims/{claimId}/hand-over", "/api/v1/admin/creditors/{creditorId}/claims/{claimId}/hand-over"})
    @Operation(summary = "Hand a claim the creditor dunned itself straight to collection: it opens or joins the "
            + "debtor's case (201 with the case)")
    ResponseEntity<CaseJson> handOver(@PathVariable UUID claimId, Caller caller, Locale locale) {
        CaseId id = opening.handOver(caller.requireCreditor(), new ClaimId(claimId), caller.actor());
        CaseView view = queries.find(caller.requireCreditor(), id, BusinessDates.today(clock)).orElseThrow();
        return ResponseEntity.status(HttpStatus.CREATED).body(json(view, caller, locale));
    }

    record CloseRequest(String reason, String text) {
    }

    record WithdrawRequest(String reason) {
    }

    record EvidenceRequestJson(UUID disputeId, UUID caseId, String reference, String reason, String text,
                               java.time.Instant openedAt) {
    }

    record EvidenceJson(String text) {
    }

    @GetMapping({"/api/v1/evidence-requests", "/api/v1/admin/creditors/{creditorId}/evidence-requests"})
    @Operation(summary = "Creditor: the debtors' disputes that wait for its evidence, oldest first (at most 500)")
    List<EvidenceRequestJson> evidenceRequests(Caller caller) {
        return disputes.evidenceRequests(caller.requireCreditor(), PageRequest.MAX_SIZE).stream()
                .map(r -> new EvidenceRequestJson(r.disputeId(), r.caseId().value(), r.reference().value(), r.reason(),
                        r.text(), r.openedAt())).toList();
    }

    @PostMapping({"/api/v1/evidence-requests/{disputeId}", "/api/v1/admin/creditors/{creditorId}/evidence-requests/{disputeId}"})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Creditor: answer a dispute with its evidence (text); the case worker decides the dispute")
    void evidence(@PathVariable UUID disputeId, @RequestBody(required = false) EvidenceJson request, Caller caller) {
        disputes.submitEvidence(caller.requireCreditor(), disputeId, request == null ? null : request.text(),
                caller.actor());
    }

    @PostMapping({"/api/v1/claims/{claimId}/withdraw", "/api/v1/admin/creditors/{creditorId}/claims/{claimId}/withdraw"})
    @Operation(summary = "Creditor: withdraw a claim from collection with a reason; it goes back to the creditor "
            + "(RETURNED), nothing more is sent about it, and its case closes as WITHDRAWN when no claim is left in it")
    CaseJson withdraw(@PathVariable UUID claimId, @RequestBody(required = false) WithdrawRequest request,
                      Caller caller, Locale locale) {
        CaseId id = closing.withdraw(caller.requireCreditor(), new ClaimId(claimId),
                request == null ? null : request.reason(), caller.actor());
        return get(id.value(), caller, locale);
    }

    record ReopenRequest(String reason) {
    }

    @PostMapping({"/api/v1/cases/{id}/close", "/api/v1/admin/creditors/{creditorId}/cases/{id}/close"})
    @Operation(summary = "Staff: close the case with a reason (PAID, SETTLED, WITHDRAWN, UNCOLLECTIBLE, WRITTEN_OFF, "
            + "INSOLVENCY, DECEASED) and a text; WRITTEN_OFF books every open claim out")
    CaseJson close(@PathVariable UUID id, @RequestBody(required = false) CloseRequest request, Caller caller,
                   Locale locale) {
        caller.requireStaff(ONLY_STAFF);
        CloseRequest body = request == null ? new CloseRequest(null, null) : request;
        closing.close(caller.creditor().orElse(null), new CaseId(id), body.reason(), body.text(), caller.actor());
        return get(id, caller, locale);
    }

    @PostMapping("/api/v1/cases/{id}/reopen")
    @Operation(summary = "ADMIN: open a closed case again, with the reason")
    CaseJson reopen(@PathVariable UUID id, @RequestBody(required = false) ReopenRequest request, Caller caller,
                    Locale locale) {
        if (!caller.isAdmin()) {
            throw new ForbiddenException("only an admin may reopen a case");
        }
        closing.reopen(new CaseId(id), request == null ? null : request.reason(), caller.actor());
        return get(id, caller, locale);
    }


    private CaseJson json(CaseView c, Caller caller, Locale locale) {
        CaseJson.PortalAccessJson access = null;
        if (caller.isStaff()) {
            String code = portal.codeFor(c.id());
            String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/portal")
                    .queryParam("reference", c.reference().value()).queryParam("code", code).build().toUriString();
            access = new CaseJson.PortalAccessJson(url, code);
        }
        return CaseJson.of(c, "en".equals(locale.getLanguage()), access);
    }

    static CaseStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return CaseStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(FieldViolation.coded("status", "unknownValue",
                    "must be one of OPEN, AGREEMENT, DISPUTED, COURT, CLOSED", status.strip())));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
