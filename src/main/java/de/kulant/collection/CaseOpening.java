package de.kulant.collection;

import de.kulant.claims.ClaimAsOf;
import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimQueries;
import de.kulant.claims.ClaimStatus;
import de.kulant.claims.ClaimView;
import de.kulant.claims.ClaimsForDunning;
import de.kulant.collection.internal.ActivityStore;
import de.kulant.collection.internal.CaseStore;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.collection.internal.CaseStore.Member;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.ConflictException;
import de.kulant.platform.CreditorId;
import de.kulant.platform.Ids;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens collection cases: every handed-over claim joins its debtor's open case at the creditor, or opens one with a
 * new reference and the mandate date of that day; then the case's collection costs are brought to what the law allows
 * for all its claims ({@link CaseCharging}). A claim already in a case is left alone, so a handover read twice is
 * harmless.
 */
@Service
public class CaseOpening {

    private final CaseStore cases;
    private final ActivityStore activities;
    private final ClaimQueries claims;
    private final ClaimsForDunning dunning;
    private final CaseCharging charging;
    private final FirstLetters firstLetters;
    private final CaseAssignment assignment;
    private final CasePriorities priorities;
    private final Strategies strategies;
    private final de.kulant.collection.internal.StrategyStore strategyStore;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseOpening(CaseStore cases, ActivityStore activities, ClaimQueries claims, ClaimsForDunning dunning,
                CaseCharging charging, FirstLetters firstLetters, CaseAssignment assignment,
                CasePriorities priorities, Strategies strategies,
                de.kulant.collection.internal.StrategyStore strategyStore, AuditTrail audit,
                ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.activities = activities;
        this.claims = claims;
        this.dunning = dunning;
        this.charging = charging;
        this.firstLetters = firstLetters;
        this.assignment = assignment;
        this.priorities = priorities;
        this.strategies = strategies;
        this.strategyStore = strategyStore;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Opens or extends the cases of these handovers; returns the case of each claim placed now. */
    @Transactional
    public Map<ClaimId, CaseId> open(List<Handover> handovers, Actor actor) {
        Set<ClaimId> placed = cases.linked(handovers.stream().map(Handover::claimId).toList());
        Map<List<Object>, List<Handover>> byDebtor = new LinkedHashMap<>();
        for (Handover h : handovers) {
            if (!placed.contains(h.claimId())) {
                byDebtor.computeIfAbsent(List.of(h.creditorId(), h.debtorId()), k -> new ArrayList<>()).add(h);
            }
        }
        Map<ClaimAsOf, ClaimView> views = claims.findAll(byDebtor.values().stream().flatMap(List::stream)
                .map(h -> new ClaimAsOf(h.claimId(), h.creditorId(), h.on())).toList());
        Map<ClaimId, CaseId> opened = new LinkedHashMap<>();
        for (List<Handover> handedOver : byDebtor.values()) {
            // a claim paid, cancelled or taken back between the handover and now no longer goes to collection
            List<Handover> group = handedOver.stream().filter(h -> {
                ClaimView view = views.get(new ClaimAsOf(h.claimId(), h.creditorId(), h.on()));
                return view != null && view.status() == ClaimStatus.COLLECTION;
            }).toList();
            if (group.isEmpty()) {
                continue;
            }
            CaseId id = openOrJoin(group, views, actor);
            group.forEach(h -> opened.put(h.claimId(), id));
        }
        return opened;
    }

    /**
     * A claim the creditor dunned itself goes straight to collection (also staff opening a case by hand): it leaves
     * the dunning run and opens or joins its debtor's case today.
     */
    @Transactional
    public CaseId handOver(CreditorId creditor, ClaimId claim, Actor actor) {
        LocalDate today = BusinessDates.today(clock);
        ClaimView view = claims.find(creditor, claim, today).orElseThrow(() -> new NotFoundException("claim"));
        if (view.status() == ClaimStatus.COLLECTION) {
            throw ConflictException.coded("alreadyInCollection", "The claim is in collection already.");
        }
        if (view.dueDate().isAfter(today)) {
            throw new InvalidInputException(List.of(de.kulant.platform.FieldViolation.coded("claim", "notDueYet",
                    "is not due before " + view.dueDate() + "; only a due claim can go to collection", view.dueDate())));
        }
        if (!dunning.handOver(view.creditorId(), claim)) {
            throw ConflictException.coded("handoverClosed", "The claim is " + view.status()
                    + " and can no longer go to collection.");
        }
        audit.record(new AuditEntry(view.creditorId(), "claim", claim.toString(), "claim.handed-over", actor,
                java.util.Map.of("status", view.status().name()), java.util.Map.of("status", "COLLECTION")));
        return open(List.of(new Handover(claim, view.creditorId(), view.debtor().id(), today)), actor).get(claim);
    }

    private CaseId openOrJoin(List<Handover> group, Map<ClaimAsOf, ClaimView> views, Actor actor) {
        Handover first = group.get(0);
        Instant now = clock.instant();
        CaseRow row = lockOrCreate(first, actor, now);
        boolean fresh = cases.members(row.id()).isEmpty();
        List<Member> joined = new ArrayList<>();
        List<String> invoices = new ArrayList<>();
        for (Handover h : group) {
            ClaimView view = views.get(new ClaimAsOf(h.claimId(), h.creditorId(), h.on()));
            if (view == null) {
                throw new IllegalStateException("claim " + h.claimId() + " of creditor " + h.creditorId() + " not found");
            }
            // costs only for what arose after default began (§13e RDG, §286 BGB)
            boolean inDefault = view.defaultSince() != null && !view.defaultSince().isAfter(h.on());
            joined.add(new Member(h.claimId(), view.balance().principal(), inDefault, h.on()));
            invoices.add(view.invoiceNumber() + (inDefault ? "" : " (noch nicht im Verzug: keine Inkassokosten)"));
        }
        cases.link(row.id(), first.creditorId(), joined);
        activities.add(first.creditorId(), ActivityStore.entry(row.id(), now, fresh ? "CASE_OPENED" : "CLAIM_JOINED",
                actor.label(), (fresh ? "Fall eröffnet mit Rechnung " : "Hinzugekommen: Rechnung ")
                        + String.join(", ", invoices)));
        charging.bringUpToDate(row, CaseCharging.prompt(row), first.on(), actor);
        firstLetters.queue(row, first.on(), actor);
        priorities.refresh(row.id());
        if (fresh) {
            assignment.assignNew(row, actor);
            strategyStore.setArm(row.id(), Strategies.armOf(row.id(), strategies.of(row.creditorId())));
            strategyStore.recordStep(row.id(), row.creditorId(), 0, "LETTER", "DONE", first.on());
            audit.record(new AuditEntry(first.creditorId(), "case", row.id().toString(), "case.opened", actor, null,
                    Map.of("reference", row.reference().value(), "claims", group.size())));
            events.publishEvent(new CaseOpened(row.id(), first.creditorId(), first.debtorId(), row.reference(),
                    first.on()));
        }
        return row.id();
    }

    /** The debtor's open case, locked; a new one when there is none (a concurrent opening wins, and is then used). */
    private CaseRow lockOrCreate(Handover h, Actor actor, Instant now) {
        for (int attempt = 0; attempt < 5; attempt++) {
            var open = cases.lockOpenCase(h.creditorId(), h.debtorId());
            if (open.isPresent()) {
                return open.get();
            }
            cases.insertOpen(new CaseId(Ids.next()), h.creditorId(), h.debtorId(), CaseReference.random(), h.on(),
                    actor.label(), now);
        }
        throw new IllegalStateException("no case could be opened for debtor " + h.debtorId());
    }
}
