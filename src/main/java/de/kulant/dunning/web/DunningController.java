package de.kulant.dunning.web;

import de.kulant.claims.ClaimId;
import de.kulant.claims.NoticeId;
import de.kulant.dunning.DunningPolicies;
import de.kulant.dunning.DunningRuns;
import de.kulant.dunning.HandoverApproval;
import de.kulant.dunning.HandoverApprovals;
import de.kulant.dunning.NoticeDocuments;
import de.kulant.dunning.NoticeView;
import de.kulant.dunning.Notices;
import de.kulant.dunning.PolicyInput;
import de.kulant.dunning.PolicyVariant;
import de.kulant.dunning.RunId;
import de.kulant.dunning.RunView;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.Caller;
import de.kulant.platform.CreditorId;
import de.kulant.platform.ForbiddenException;
import de.kulant.platform.InputCheck;
import de.kulant.platform.ListOrder;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
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

/** The dunning API of api.md: the policy, runs, notices per claim, and handover approvals. */
@RestController
@Tag(name = "Dunning")
class DunningController {

    private final DunningPolicies policies;
    private final DunningRuns runs;
    private final Notices notices;
    private final HandoverApprovals approvals;
    private final ObjectProvider<NoticeDocuments> documents;
    private final Clock clock;

    DunningController(DunningPolicies policies, DunningRuns runs, Notices notices, HandoverApprovals approvals,
                      ObjectProvider<NoticeDocuments> documents, Clock clock) {
        this.policies = policies;
        this.runs = runs;
        this.notices = notices;
        this.approvals = approvals;
        this.documents = documents;
        this.clock = clock;
    }

    record RunRequest(String asOf, Boolean dryRun) {
    }

    record Progress(int processed, Integer total) {
    }

    record RunJson(UUID id, UUID creditorId, LocalDate asOf, boolean dryRun, String status, int evaluated,
                   Map<String, Integer> notices, int handedOver, Map<String, Integer> skipped, Progress progress,
                   Instant startedAt, Instant finishedAt, String startedBy, String error, List<RunView.PlannedStep> planned) {
        static RunJson of(RunView r) {
            return new RunJson(r.id(), r.creditorId() == null ? null : r.creditorId().value(), r.asOf(), r.dryRun(),
                    r.status().name(), r.evaluated(), r.notices(), r.handedOver(), r.skipped(),
                    new Progress(r.processed(), r.total()), r.startedAt(), r.finishedAt(), r.startedBy(), r.error(),
                    r.dryRun() ? r.planned() : null);
        }
    }

    record AmountsJson(String principal, String interest, String fees, String costs, String outstanding) {
    }

    record NoticeJson(UUID id, UUID claimId, int level, String name, LocalDate issuedOn, LocalDate payBy, String channel,
                      String tone, String segment, AmountsJson amounts, String feeCharged, String dunningFee,
                      String flatFee, String feeReason, String paymentReference, UUID combinedId,
                      boolean announcesHandover, String documentUrl) {
        static NoticeJson of(NoticeView n, boolean written) {
            return new NoticeJson(n.id().value(), n.claimId().value(), n.level(), n.levelName(), n.issuedOn(), n.payBy(),
                    n.channel().name(), n.tone().name(), n.segment(),
                    new AmountsJson(n.principal().toPlainString(), n.interest().toPlainString(), n.fees().toPlainString(),
                            n.costs().toPlainString(), n.outstanding().toPlainString()),
                    n.feeCharged().plus(n.flatFee()).toPlainString(), n.feeCharged().toPlainString(),
                    n.flatFee().toPlainString(), n.feeReason(), n.paymentReference(),
                    n.combinedId().value(), n.announcesHandover(), written ? "/api/v1/notices/" + n.id() + "/document" : null);
        }
    }

    record SegmentJson(String segment, String tone, List<String> reasons) {
    }

    record ApprovalJson(UUID claimId, UUID creditorId, LocalDate requestedOn, String status) {
        static ApprovalJson of(HandoverApproval a) {
            return new ApprovalJson(a.claimId().value(), a.creditorId().value(), a.requestedOn(), a.status().name());
        }
    }

    @GetMapping({"/api/v1/dunning-policy", "/api/v1/admin/creditors/{creditorId}/dunning-policy"})
    @Operation(summary = "The creditor's dunning policy (the standard policy until one is set)")
    PolicyInput policy(Caller caller) {
        return PolicyInput.of(policies.policyOf(caller.requireCreditor()));
    }

    @PutMapping({"/api/v1/dunning-policy", "/api/v1/admin/creditors/{creditorId}/dunning-policy"})
    @Operation(summary = "Replace the creditor's dunning policy; open claims are looked at again on the next run")
    PolicyInput updatePolicy(@RequestBody PolicyInput input, Caller caller) {
        return PolicyInput.of(policies.update(caller.requireCreditor(), input, caller.actor()));
    }

    @GetMapping({"/api/v1/dunning-policy/segment", "/api/v1/admin/creditors/{creditorId}/dunning-policy/segment"})
    @Operation(summary = "Which segment of the policy a claim falls in, and why")
    SegmentJson segment(@RequestParam UUID claimId, Caller caller) {
        PolicyVariant variant = policies.variantOf(caller.requireCreditor(), new ClaimId(claimId), BusinessDates.today(clock))
                .orElseThrow(() -> new NotFoundException("claim"));
        return new SegmentJson(variant.segment(), variant.tone().name(), variant.reasons());
    }

    @PostMapping({"/api/v1/dunning-runs", "/api/v1/admin/creditors/{creditorId}/dunning-runs"})
    @Operation(summary = "Run dunning as of a date (default today); 201 when done, 202 while still running")
    ResponseEntity<RunJson> start(@RequestBody(required = false) RunRequest request, Caller caller) {
        CreditorId scope = scope(caller);
        InputCheck check = new InputCheck();
        LocalDate asOf = check.date("asOf", request == null ? null : request.asOf(), false);
        check.throwIfInvalid();
        RunView run = runs.start(scope, asOf, request != null && Boolean.TRUE.equals(request.dryRun()), caller.actor());
        return ResponseEntity.status(run.status() == RunView.Status.RUNNING ? HttpStatus.ACCEPTED : HttpStatus.CREATED)
                .body(RunJson.of(run));
    }

    @GetMapping({"/api/v1/dunning-runs", "/api/v1/admin/creditors/{creditorId}/dunning-runs"})
    @Operation(summary = "Dunning runs, newest first; sort by startedAt, asOf, evaluated or handedOver (a leading "
            + "'-' for descending). Pages of size (default 50, at most 500) by keyset: a further page is announced in "
            + "the Link header (rel=\"next\") with its after position")
    List<RunJson> recent(@RequestParam(required = false) String after, @RequestParam(required = false) String sort,
                         @RequestParam(required = false) Integer size, Caller caller, HttpServletRequest request,
                         HttpServletResponse response) {
        int limit = size == null || size < 1 ? 50 : Math.min(size, PageRequest.MAX_SIZE);
        InputCheck check = new InputCheck();
        ListOrder order = DunningRuns.listOrder().checked(check, sort);
        check.throwIfInvalid();
        DunningRuns.RunPage page = runs.page(caller.creditor().orElse(null), order, after, limit);
        if (page.next() != null) {
            String next = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("after", page.next())
                    .build().toUriString();
            response.setHeader(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return page.items().stream().map(RunJson::of).toList();
    }

    @GetMapping({"/api/v1/dunning-runs/{id}", "/api/v1/admin/creditors/{creditorId}/dunning-runs/{id}"})
    @Operation(summary = "A dunning run with its progress or summary; a dry run lists what it would do")
    RunJson run(@PathVariable UUID id, Caller caller) {
        return runs.find(new RunId(id), caller.creditor().orElse(null)).map(RunJson::of)
                .orElseThrow(() -> new NotFoundException("dunning run"));
    }

    @GetMapping({"/api/v1/claims/{claimId}/notices", "/api/v1/admin/creditors/{creditorId}/claims/{claimId}/notices"})
    @Operation(summary = "The notices of a claim")
    List<NoticeJson> notices(@PathVariable UUID claimId, Caller caller) {
        List<NoticeView> found = notices.forClaim(caller.requireCreditor(), new ClaimId(claimId));
        Set<NoticeId> written = documents.getIfAvailable(() -> all -> Set.of()).written(found);
        return found.stream().map(n -> NoticeJson.of(n, written.contains(n.id()))).toList();
    }

    @GetMapping({"/api/v1/handover-approvals", "/api/v1/admin/creditors/{creditorId}/handover-approvals"})
    @Operation(summary = "Claims through their dunning chain that wait for the creditor's approval of the handover, "
            + "oldest first. Pages of size (default 100, at most 500) by keyset: a further page is announced in the "
            + "Link header (rel=\"next\") with its after position")
    List<ApprovalJson> pendingApprovals(@RequestParam(required = false) String after,
                                        @RequestParam(required = false) Integer size, Caller caller,
                                        HttpServletRequest request, HttpServletResponse response) {
        int limit = size == null || size < 1 ? 100 : Math.min(size, PageRequest.MAX_SIZE);
        HandoverApprovals.ApprovalPage page = approvals.pending(caller.requireCreditor(), after, limit);
        if (page.next() != null) {
            String next = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("after", page.next())
                    .build().toUriString();
            response.setHeader(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return page.items().stream().map(ApprovalJson::of).toList();
    }

    @PostMapping({"/api/v1/handover-approvals/{claimId}/approve",
            "/api/v1/admin/creditors/{creditorId}/handover-approvals/{claimId}/approve"})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Approve the handover: the claim goes to collection")
    void approve(@PathVariable UUID claimId, Caller caller) {
        approvals.approve(caller.requireCreditor(), new ClaimId(claimId), caller.actor());
    }

    @PostMapping({"/api/v1/handover-approvals/{claimId}/decline",
            "/api/v1/admin/creditors/{creditorId}/handover-approvals/{claimId}/decline"})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Decline the handover: the claim stays with the creditor, no further dunning")
    void decline(@PathVariable UUID claimId, Caller caller) {
        approvals.decline(caller.requireCreditor(), new ClaimId(claimId), caller.actor());
    }

    /** A creditor runs for itself; staff name a creditor in the path, or (admins only) run for all creditors. */
    private static CreditorId scope(Caller caller) {
        if (caller.creditor().isPresent()) {
            return caller.creditor().get();
        }
        if (!caller.isAdmin()) {
            throw new ForbiddenException("Only admins run dunning for all creditors.");
        }
        return null;
    }
}
