package de.kulant.collection;

import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimView;
import de.kulant.collection.internal.ActivityStore;
import de.kulant.collection.internal.CaseStore;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.collection.internal.CourtStore;
import de.kulant.collection.internal.CourtStore.ApprovalRow;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.ConflictException;
import de.kulant.platform.CreditorId;
import de.kulant.platform.Ids;
import de.kulant.platform.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Court action needs the creditor's yes for each claim: a case worker asks, the request waits in the creditor's
 * approvals without a deadline (nothing goes to court unanswered), and only approved claims can be filed.
 */
@Service
public class CourtApprovals {

    private final CaseStore cases;
    private final CourtStore court;
    private final CaseFacts facts;
    private final ActivityStore activities;
    private final AuditTrail audit;
    private final Clock clock;

    CourtApprovals(CaseStore cases, CourtStore court, CaseFacts facts, ActivityStore activities, AuditTrail audit,
                   Clock clock) {
        this.cases = cases;
        this.court = court;
        this.facts = facts;
        this.activities = activities;
        this.audit = audit;
        this.clock = clock;
    }

    /** Staff: asks the creditor to approve court action for the case's open claims not asked about yet. */
    @Transactional
    public List<ApprovalRow> request(CaseId id, Actor actor) {
        CaseRow row = cases.lock(null, id).orElseThrow(() -> new NotFoundException("case"));
        if (row.status() == CaseStatus.CLOSED) {
            throw ConflictException.coded("caseClosed", "The case is closed already.");
        }
        LocalDate today = BusinessDates.today(clock);
        List<ClaimView> open = facts.claims(row, today).stream().filter(c -> !c.status().isClosed()).toList();
        Map<ClaimId, String> asked = court.approvalOf(open.stream().map(ClaimView::id).toList());
        List<ApprovalRow> made = new ArrayList<>();
        for (ClaimView claim : open) {
            String before = asked.get(claim.id());
            if (before == null || before.equals("DECLINED")) {
                ApprovalRow approval = new ApprovalRow(Ids.next(), id, row.creditorId(), claim.id(), "PENDING_CREDITOR",
                        clock.instant(), actor.label());
                court.insertApproval(approval);
                made.add(approval);
            }
        }
        if (made.isEmpty()) {
            throw ConflictException.coded("courtAlreadyAsked", "Every open claim of this case is approved for court "
                    + "action or waits for the creditor already.");
        }
        activities.add(row.creditorId(), ActivityStore.entry(id, clock.instant(), "COURT_APPROVAL_REQUESTED",
                actor.label(), "Zustimmung des Gläubigers zum gerichtlichen Mahnverfahren angefragt für "
                        + made.size() + " Forderung(en)"));
        audit.record(new AuditEntry(row.creditorId(), "case", id.toString(), "court.approval-requested", actor, null,
                Map.of("claims", String.valueOf(made.size()))));
        return made;
    }

    /** The creditor's open requests, oldest first. */
    List<ApprovalRow> pending(CreditorId creditor, int limit) {
        return court.pendingApprovals(creditor, limit);
    }

    /** Whether {@code id} is one of the creditor's open requests; then it is decided. */
    boolean decideIfCourt(CreditorId creditor, UUID id, boolean approve, Actor actor) {
        ApprovalRow approval = court.lockApproval(creditor, id).orElse(null);
        if (approval == null) {
            return false;
        }
        if (!approval.status().equals("PENDING_CREDITOR")) {
            throw ConflictException.coded("alreadyDecided", "This request was decided already.");
        }
        String status = approve ? "APPROVED" : "DECLINED";
        court.decideApproval(id, status, clock.instant(), actor.label());
        activities.add(creditor, ActivityStore.entry(approval.caseId(), clock.instant(), "COURT_APPROVAL_" + status,
                actor.label(), approve ? "Der Gläubiger stimmt dem gerichtlichen Mahnverfahren zu"
                        : "Der Gläubiger lehnt das gerichtliche Mahnverfahren ab"));
        audit.record(new AuditEntry(creditor, "case", approval.caseId().toString(), "court.approval-decided", actor,
                null, Map.of("claim", approval.claimId().toString(), "status", status)));
        return true;
    }
}
