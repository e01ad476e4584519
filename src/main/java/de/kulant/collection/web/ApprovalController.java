package de.kulant.collection.web;

import de.kulant.collection.Approvals;
import de.kulant.platform.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A creditor's decisions: settlement offers and plans beyond its rules, and handovers it approves itself. */
@RestController
@Tag(name = "Collection")
class ApprovalController {

    private final Approvals approvals;

    ApprovalController(Approvals approvals) {
        this.approvals = approvals;
    }

    record ApprovalJson(UUID id, String kind, UUID caseId, String caseReference, UUID claimId, String amount,
                        String openBalance, String detail, Instant requestedAt, LocalDate deadline,
                        String ifUnanswered) {
        static ApprovalJson of(Approvals.Approval a) {
            return new ApprovalJson(a.id(), a.kind(), a.caseId(), a.caseReference(), a.claimId(),
                    a.amount() == null ? null : a.amount().toPlainString(),
                    a.openBalance() == null ? null : a.openBalance().toPlainString(), a.detail(), a.requestedAt(),
                    a.deadline(), a.ifUnanswered());
        }
    }

    @GetMapping({"/api/v1/approvals", "/api/v1/admin/creditors/{creditorId}/approvals"})
    @Operation(summary = "What waits for the creditor's decision, the nearest deadline first: SETTLEMENT offers and "
            + "PLANs beyond its rules (unanswered by the deadline they count as DECLINED), claims staff want to take to COURT "
            + "and HANDOVERs (both WAIT)")
    List<ApprovalJson> pending(Caller caller) {
        return approvals.pending(caller.requireCreditor()).stream().map(ApprovalJson::of).toList();
    }

    @PostMapping({"/api/v1/approvals/{id}/approve", "/api/v1/admin/creditors/{creditorId}/approvals/{id}/approve"})
    @Operation(summary = "Approve: the offer or plan goes to the debtor, the claim goes to collection or may go to court")
    Map<String, String> approve(@PathVariable UUID id, Caller caller) {
        return Map.of("status", approvals.decide(caller.requireCreditor(), id, true, caller.actor()));
    }

    @PostMapping({"/api/v1/approvals/{id}/decline", "/api/v1/admin/creditors/{creditorId}/approvals/{id}/decline"})
    @Operation(summary = "Decline: the offer or plan is not made, the claim stays with the creditor")
    Map<String, String> decline(@PathVariable UUID id, Caller caller) {
        return Map.of("status", approvals.decide(caller.requireCreditor(), id, false, caller.actor()));
    }
}
