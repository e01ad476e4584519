package de.kulant.collection;

import de.kulant.claims.ClaimAccounting;
import de.kulant.claims.ClaimHolds;
import de.kulant.claims.ClaimQueries;
import de.kulant.claims.ClaimView;
import de.kulant.claims.HoldKind;
import de.kulant.collection.internal.ActivityStore;
import de.kulant.collection.internal.CaseStore;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.collection.internal.DisputeStore;
import de.kulant.collection.internal.DisputeStore.DisputeRow;
import de.kulant.collection.internal.PromiseStore;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.ConflictException;
import de.kulant.platform.CreditorId;
import de.kulant.platform.Ids;
import de.kulant.platform.InputCheck;
import de.kulant.platform.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disputes: the debtor's objection stops every automatic step at once — a DISPUTE hold on each open claim, so no
 * notice and no queued letter goes out — and the creditor is asked for evidence; decided, an upheld dispute cancels the
 * claims with a credit note and closes the case, a rejected one lifts the holds and the case resumes.
 */
@Service
public class Disputes {

    /** The reasons a debtor gives. */
    public static final Set<String> REASONS = Set.of("NOT_RECEIVED", "RETURNED", "DEFECTIVE", "AMOUNT_WRONG",
            "ALREADY_PAID", "NO_CONTRACT", "OTHER");

    private final CaseStore cases;
    private final DisputeStore disputes;
    private final PromiseStore promises;
    private final ActivityStore activities;
    private final CaseFacts facts;
    private final CasePriorities priorities;
    private final ClaimHolds holds;
    private final ClaimQueries claims;
    private final ClaimAccounting accounting;
    private final CaseClosing closing;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Disputes(CaseStore cases, DisputeStore disputes, PromiseStore promises, ActivityStore activities, CaseFacts facts,
             CasePriorities priorities, ClaimHolds holds, ClaimQueries claims, ClaimAccounting accounting, CaseClosing closing, AuditTrail audit,
             ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.disputes = disputes;
        this.promises = promises;
        this.activities = activities;
        this.facts = facts;
        this.priorities = priorities;
        this.holds = holds;
        this.claims = claims;
        this.accounting = accounting;
        this.closing = closing;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public DisputeRow open(CreditorId creditor, CaseId id, String reasonText, String text, Actor actor) {
        InputCheck check = new InputCheck();
        String reason = check.required("reason", reasonText, 40);
        String words = check.required("text", text, 4000);
        if (reason != null && !REASONS.contains(reason.toUpperCase(Locale.ROOT))) {
            check.violation("reason", "unknownValue", "must be one of " + String.join(", ", REASONS.stream().sorted()
                    .toList()), reason);
        }
        check.throwIfInvalid();
        CaseRow row = cases.find(creditor, id).orElseThrow(() -> new NotFoundException("case"));
        if (row.status() == CaseStatus.CLOSED) {
            throw ConflictException.coded("caseClosed", "The case is closed already.");
        }
        DisputeRow dispute = new DisputeRow(Ids.next(), id, row.creditorId(), reason.toUpperCase(Locale.ROOT), words,
                "OPEN", clock.instant(), actor.label(), null, null, null);
        disputes.insert(dispute);
        LocalDate today = BusinessDates.today(clock);
        for (ClaimView claim : facts.claims(row, today)) {
            boolean held = claim.holds().stream().anyMatch(h -> h.kind() == HoldKind.DISPUTE);
            if (!claim.status().isClosed() && !held) {
                holds.place(row.creditorId(), claim.id(), HoldKind.DISPUTE.name(), "Einwand im Fall "
                        + row.reference() + ": " + dispute.reason(), null, actor);
            }
        }
        cases.setStatus(id, CaseStatus.DISPUTED);
        priorities.refresh(id);
        activities.add(row.creditorId(), ActivityStore.entry(id, clock.instant(), "DISPUTE_OPENED", actor.label(),
                dispute.reason() + ": " + words + " – alle automatischen Schritte ruhen; Nachweise beim Gläubiger angefragt."));
        audit.record(new AuditEntry(row.creditorId(), "case", id.toString(), "dispute.opened", actor, null,
                Map.of("dispute", dispute.id().toString(), "reason", dispute.reason(), "text", words)));
        events.publishEvent(new DisputeOpened(id, dispute.id(), row.creditorId(), dispute.reason()));
        return dispute;
    }

    /** A dispute and the case it belongs to, as the creditor is asked about it. */
    public record EvidenceRequest(UUID disputeId, CaseId caseId, CaseReference reference, String reason, String text,
                                  java.time.Instant openedAt) {
    }

    /** The creditor's open disputes, oldest first: for each, the evidence it is asked for. */
    @Transactional(readOnly = true)
    public java.util.List<EvidenceRequest> evidenceRequests(CreditorId creditor, int limit) {
        return disputes.openOf(creditor, limit).stream().map(d -> new EvidenceRequest(d.id(), d.caseId(),
                cases.find(creditor, d.caseId()).orElseThrow().reference(), d.reason(), d.text(), d.openedAt())).toList();
    }

    /** The creditor answers with its evidence (what was delivered, when, the tracking number): on the case's timeline. */
    @Transactional
    public void submitEvidence(CreditorId creditor, UUID disputeId, String text, Actor actor) {
        InputCheck check = new InputCheck();
        String words = check.required("text", text, 4000);
        check.throwIfInvalid();
        DisputeRow dispute = disputes.ofCreditor(creditor, disputeId).orElseThrow(() -> new NotFoundException("dispute"));
        if (!dispute.status().equals("OPEN")) {
            throw ConflictException.coded("disputeDecided", "The dispute was decided already.");
        }
        activities.add(creditor, ActivityStore.entry(dispute.caseId(), clock.instant(), "EVIDENCE", actor.label(),
                "Nachweis des Gläubigers: " + words));
        audit.record(new AuditEntry(creditor, "case", dispute.caseId().toString(), "dispute.evidence", actor, null,
                Map.of("dispute", disputeId.toString(), "text", words)));
    }

    @Transactional
    public void resolve(CreditorId creditor, CaseId id, UUID disputeId, String outcomeText, String text, Actor actor) {
        InputCheck check = new InputCheck();
        String outcome = check.required("outcome", outcomeText, 10);
        String words = check.required("text", text, 4000);
        if (outcome != null && !Set.of("UPHELD", "REJECTED").contains(outcome.toUpperCase(Locale.ROOT))) {
            check.violation("outcome", "unknownValue", "must be UPHELD or REJECTED", outcome);
        }
        check.throwIfInvalid();
        CaseRow row = cases.find(creditor, id).orElseThrow(() -> new NotFoundException("case"));
        DisputeRow dispute = disputes.lock(id, disputeId).orElseThrow(() -> new NotFoundException("dispute"));
        if (!dispute.status().equals("OPEN")) {
            throw ConflictException.coded("disputeDecided", "The dispute was decided already.");
        }
        boolean upheld = outcome.toUpperCase(Locale.ROOT).equals("UPHELD");
        disputes.resolve(disputeId, upheld ? "UPHELD" : "REJECTED", words, clock.instant(), actor.label());
        LocalDate today = BusinessDates.today(clock);
        activities.add(row.creditorId(), ActivityStore.entry(id, clock.instant(), "DISPUTE_RESOLVED", actor.label(),
                (upheld ? "Einwand berechtigt: " : "Einwand zurückgewiesen: ") + words));
        audit.record(new AuditEntry(row.creditorId(), "case", id.toString(), "dispute.resolved", actor,
                Map.of("dispute", disputeId.toString(), "status", "OPEN"),
                Map.of("dispute", disputeId.toString(), "status", upheld ? "UPHELD" : "REJECTED", "text", words)));
        if (upheld) {
            for (ClaimView claim : facts.claims(row, today)) {
                if (!claim.status().isClosed() && claim.balance().principal().isPositive()) {
                    accounting.creditNote(row.creditorId(), claim.id(), claim.balance().principal(), today,
                            "Einwand berechtigt (Fall " + row.reference() + "): " + words, actor);
                }
            }
            closing.closeIfEnded(id, CloseReason.WITHDRAWN, "Einwand berechtigt, Forderungen gutgeschrieben: " + words,
                    actor);
            return;
        }
        if (disputes.anyOpen(id)) {
            return;
        }
        for (ClaimView claim : facts.claims(row, today)) {
            claims.allHolds(row.creditorId(), claim.id()).stream()
                    .filter(h -> h.kind() == HoldKind.DISPUTE && h.liftedAt() == null)
                    .forEach(h -> holds.lift(row.creditorId(), claim.id(), h.id(), actor));
        }
        cases.setStatus(id, promises.lockOpen(id).isPresent() ? CaseStatus.AGREEMENT : CaseStatus.OPEN);
        priorities.refresh(id);
    }
}
