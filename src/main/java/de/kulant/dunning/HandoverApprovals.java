package de.kulant.dunning;

import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimQueries;
import de.kulant.claims.ClaimView;
import de.kulant.claims.ClaimsForDunning;
import de.kulant.dunning.internal.ApprovalStore;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.ConflictException;
import de.kulant.platform.CreditorId;
import de.kulant.platform.ListOrder;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.SortColumns;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The creditor's list of claims through their dunning chain that wait for approval to go to collection. */
@Service
public class HandoverApprovals {

    private final ApprovalStore store;
    private final ClaimsForDunning claims;
    private final ClaimQueries queries;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HandoverApprovals(ApprovalStore store, ClaimsForDunning claims, ClaimQueries queries, AuditTrail audit,
                      ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.claims = claims;
        this.queries = queries;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** One page of pending approvals, oldest request first; {@code next} is the following page's position or null. */
    public record ApprovalPage(List<HandoverApproval> items, long total, String next) {
    }

    /** The columns the approval list sorts by: the day of the request, oldest first. */
    public static SortColumns listOrder() {
        return ApprovalStore.LIST_ORDER;
    }

    /** The pending approvals, oldest request first, after the position {@code after}. */
    public ApprovalPage pending(CreditorId creditor, String after, int size) {
        return pending(creditor, ApprovalStore.LIST_ORDER.defaultOrder(), after, size);
    }

    /**
     * The pending approvals in the order after the position {@code after} (a {@code next} this list gave out; anything
     * else starts at the top). {@code creditor} null: staff see all creditors' pending approvals.
     */
    public ApprovalPage pending(CreditorId creditor, ListOrder order, String after, int size) {
        String status = HandoverApproval.Status.PENDING.name();
        SortColumns.Keyed<HandoverApproval> found = store.page(creditor, status, order, after, size);
        return new ApprovalPage(found.items(), store.count(creditor, status), found.next());
    }

    @Transactional
    public void approve(CreditorId creditor, ClaimId claim, Actor actor) {
        ClaimView view = decide(creditor, claim, HandoverApproval.Status.APPROVED, actor);
        if (!claims.handOver(view.creditorId(), claim)) {
            throw ConflictException.coded("handoverClosed", "The claim is " + view.status() + " and can no longer go to collection.");
        }
        events.publishEvent(new ClaimHandedOver(claim, view.creditorId(), view.debtor().id(), BusinessDates.today(clock)));
    }

    /** The creditor keeps the claim: it goes back to it ({@code RETURNED}) and dunning stops. */
    @Transactional
    public void decline(CreditorId creditor, ClaimId claim, Actor actor) {
        ClaimView view = decide(creditor, claim, HandoverApproval.Status.DECLINED, actor);
        if (!claims.returnToCreditor(view.creditorId(), claim)) {
            throw ConflictException.coded("returnClosed", "The claim is " + view.status() + " and can no longer be returned.");
        }
        audit.record(new AuditEntry(view.creditorId(), "claim", claim.toString(), "claim.returned", actor,
                Map.of("status", view.status().name()), Map.of("status", "RETURNED")));
    }

    private ClaimView decide(CreditorId creditor, ClaimId claim, HandoverApproval.Status decision, Actor actor) {
        ClaimView view = queries.find(creditor, claim, BusinessDates.today(clock))
                .orElseThrow(() -> new NotFoundException("claim"));
        if (!store.decide(view.creditorId(), claim, decision, clock.instant(), actor.label())) {
            throw ConflictException.coded("noHandoverWaiting", "The claim does not wait for a handover approval.");
        }
        audit.record(new AuditEntry(view.creditorId(), "claim", claim.toString(),
                decision == HandoverApproval.Status.APPROVED ? "handover.approved" : "handover.declined", actor, null,
                Map.of("decision", decision.name())));
        return view;
    }
}
