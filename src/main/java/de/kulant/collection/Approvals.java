package de.kulant.collection;

import de.kulant.claims.ClaimId;
import de.kulant.collection.internal.CaseStore;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.collection.internal.CourtStore;
import de.kulant.collection.internal.PlanStore;
import de.kulant.collection.internal.SettlementStore;
import de.kulant.dunning.HandoverApprovals;
import de.kulant.platform.Actor;
import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits for a creditor's decision, in one list: settlement offers and instalment plans beyond its rules, and
 * handovers of claims its policy lets it approve; each with the day it must decide by and what happens if it does not.
 */
@Service
public class Approvals {

    /**
     * One decision: {@code kind} SETTLEMENT, PLAN, COURT (a claim to a payment order) or HANDOVER; {@code deadline}
     * null when nothing happens without an answer; {@code ifUnanswered} DECLINED (the offer lapses) or WAITS (the claim
     * waits).
     */
    public record Approval(UUID id, String kind, UUID caseId, String caseReference, UUID claimId, Money amount,
                           Money openBalance, String detail, Instant requestedAt, LocalDate deadline,
                           String ifUnanswered) {
    }

    private static final int MOST = 500;

    private final SettlementStore settlements;
    private final PlanStore plans;
    private final CaseStore cases;
    private final Settlements settling;
    private final InstalmentPlans planning;
    private final HandoverApprovals handovers;
    private final CourtApprovals courts;

    Approvals(SettlementStore settlements, PlanStore plans, CaseStore cases, Settlements settling,
              InstalmentPlans planning, HandoverApprovals handovers, CourtApprovals courts) {
        this.courts = courts;
        this.settlements = settlements;
        this.plans = plans;
        this.cases = cases;
        this.settling = settling;
        this.planning = planning;
        this.handovers = handovers;
    }

    /** The creditor's open decisions, the most urgent deadline first, then the oldest request. */
    @Transactional(readOnly = true)
    public List<Approval> pending(CreditorId creditor) {
        List<SettlementStore.SettlementRow> offers = settlements.pending(creditor, MOST);
        List<PlanStore.PlanRow> planned = plans.pending(creditor, MOST);
        List<CourtStore.ApprovalRow> court = courts.pending(creditor, MOST);
        List<CaseId> ids = new ArrayList<>();
        offers.forEach(o -> ids.add(o.caseId()));
        planned.forEach(p -> ids.add(p.caseId()));
        court.forEach(c -> ids.add(c.caseId()));
        Map<CaseId, CaseRow> rows = cases.findAll(ids);
        List<Approval> all = new ArrayList<>();
        for (SettlementStore.SettlementRow o : offers) {
            all.add(new Approval(o.id(), "SETTLEMENT", o.caseId().value(), rows.get(o.caseId()).reference().value(),
                    null, o.amount(), o.openBalance(), o.discountPercent().toPlainString() + " % discount, beyond "
                    + o.beyondRules(), o.createdAt(), o.validUntil(), "DECLINED"));
        }
        for (PlanStore.PlanRow p : planned) {
            all.add(new Approval(p.id(), "PLAN", p.caseId().value(), rows.get(p.caseId()).reference().value(), null,
                    p.amount(), p.openBalance(), p.instalments() + " instalments from " + p.firstDueOn(),
                    p.createdAt(), p.firstDueOn().minusDays(1), "DECLINED"));
        }
        for (CourtStore.ApprovalRow c : court) {
            all.add(new Approval(c.id(), "COURT", c.caseId().value(), rows.get(c.caseId()).reference().value(),
                    c.claimId().value(), null, null, "payment order (Mahnbescheid) at the central dunning court",
                    c.requestedAt(), null, "WAITS"));
        }
        handovers.pending(creditor, null, MOST).items().forEach(h -> all.add(new Approval(h.claimId().value(),
                "HANDOVER", null, null, h.claimId().value(), null, null, "handover to collection",
                h.requestedOn().atStartOfDay().toInstant(ZoneOffset.UTC), null, "WAITS")));
        all.sort(Comparator.comparing(Approval::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Approval::requestedAt));
        return all;
    }

    /** Approves or declines the decision {@code id}: an offer, a plan, or (by its claim) a handover. */
    @Transactional
    public String decide(CreditorId creditor, UUID id, boolean approve, Actor actor) {
        if (settlements.lock(creditor, id).isPresent()) {
            return settling.decide(creditor, id, approve, actor).status();
        }
        if (plans.lock(creditor, id).isPresent()) {
            return planning.decide(creditor, id, approve, actor).plan().status();
        }
        if (courts.decideIfCourt(creditor, id, approve, actor)) {
            return approve ? "APPROVED" : "DECLINED";
        }
        if (approve) {
            handovers.approve(creditor, new ClaimId(id), actor);
            return "APPROVED";
        }
        handovers.decline(creditor, new ClaimId(id), actor);
        return "DECLINED";
    }
}
