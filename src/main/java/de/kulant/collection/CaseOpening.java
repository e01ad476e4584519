package de.kulant.collection;

import de.kulant.claims.ClaimAsOf;
import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimQueries;
import de.kulant.claims.ClaimStatus;
import de.kulant.claims.ClaimView;
import de.kulant.claims.ClaimsForDunning;
import de.kulant.claims.DebtorId;
import de.kulant.collection.internal.ActivityStore;
import de.kulant.collection.internal.CaseStore;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.collection.internal.CaseStore.Member;
import de.kulant.collection.internal.NewCases;
import de.kulant.collection.internal.StrategyStore;
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
    private final NewCases newCases;
    private final ActivityStore activities;
    private final ClaimQueries claims;
    private final ClaimsForDunning dunning;
    private final CaseCharging charging;
    private final FirstLetters firstLetters;
    private final CaseAssignment assignment;
    private final CasePriorities priorities;
    private final Strategies strategies;
    private final StrategyStore strategyStore;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseOpening(CaseStore cases, NewCases newCases, ActivityStore activities, ClaimQueries claims, ClaimsForDunning dunning,
                CaseCharging charging, FirstLetters firstLetters, CaseAssignment assignment,
                CasePriorities priorities, Strategies strategies,
                StrategyStore strategyStore, AuditTrail audit,
                ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.newCases = newCases;
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

    /**
     * Opens or extends the cases of these handovers; returns the case of each claim placed now. A dunning run chunk's
     * handovers take a fixed number of statements, whatever the number of cases (decision 019).
     */
    @Transactional
    public Map<ClaimId, CaseId> open(List<Handover> handovers, Actor actor) {
        Set<ClaimId> placed = cases.linked(handovers.stream().map(Handover::claimId).toList());
        Map<ClaimAsOf, ClaimView> views = claims.findAll(handovers.stream().filter(h -> !placed.contains(h.claimId()))
                .map(h -> new ClaimAsOf(h.claimId(), h.creditorId(), h.on())).toList());
        Map<DebtorId, List<Handover>> byDebtor = new LinkedHashMap<>();
        for (Handover h : handovers) {
            ClaimView view = views.get(new ClaimAsOf(h.claimId(), h.creditorId(), h.on()));
            // a claim paid, cancelled or taken back between the handover and now no longer goes to collection
            if (view != null && view.status() == ClaimStatus.COLLECTION) {
                byDebtor.computeIfAbsent(h.debtorId(), k -> new ArrayList<>()).add(h);
            }
        }
        Map<ClaimId, CaseId> opened = new LinkedHashMap<>();
        if (byDebtor.isEmpty()) {
            return opened;
        }
        Instant now = clock.instant();
        Map<DebtorId, CaseRow> rows = lockOrCreate(byDebtor.values().stream().map(g -> g.get(0)).toList(), actor, now);
        Set<CaseId> existing = cases.membersOf(rows.values().stream().map(CaseRow::id).toList()).keySet();
        List<CaseStore.Link> links = new ArrayList<>();
        List<ActivityStore.Logged> logged = new ArrayList<>();
        List<CaseCharging.Rating> ratings = new ArrayList<>();
        Map<CaseId, LocalDate> days = new LinkedHashMap<>();
        List<CaseRow> fresh = new ArrayList<>();
        for (List<Handover> group : byDebtor.values()) {
            CaseRow row = rows.get(group.get(0).debtorId());
            boolean isNew = !existing.contains(row.id());
            List<String> invoices = new ArrayList<>();
            for (Handover h : group) {
                ClaimView view = views.get(new ClaimAsOf(h.claimId(), h.creditorId(), h.on()));
                // costs only for what arose after default began (§13e RDG, §286 BGB)
                boolean inDefault = view.defaultSince() != null && !view.defaultSince().isAfter(h.on());
                links.add(new CaseStore.Link(row.id(), row.creditorId(),
                        new Member(h.claimId(), view.balance().principal(), inDefault, h.on())));
                invoices.add(view.invoiceNumber() + (inDefault ? "" : " (noch nicht im Verzug: keine Inkassokosten)"));
                opened.put(h.claimId(), row.id());
            }
            logged.add(new ActivityStore.Logged(row.creditorId(), ActivityStore.entry(row.id(), now,
                    isNew ? "CASE_OPENED" : "CLAIM_JOINED", actor.label(), (isNew ? "Fall eröffnet mit Rechnung "
                            : "Hinzugekommen: Rechnung ") + String.join(", ", invoices))));
            ratings.add(new CaseCharging.Rating(row, CaseCharging.prompt(row), group.get(0).on()));
            days.put(row.id(), group.get(0).on());
            if (isNew) {
                fresh.add(row);
            }
        }
        cases.linkAll(links);
        activities.addAll(logged);
        charging.bringUpToDate(ratings, actor);
        firstLetters.queueFirst(days, actor);
        assignment.assignNew(fresh, actor);
        startStrategies(fresh, days);
        priorities.refreshAll(days.keySet());
        audit.recordAll(fresh.stream().map(row -> new AuditEntry(row.creditorId(), "case", row.id().toString(),
                "case.opened", actor, null, Map.<String, Object>of("reference", row.reference().value(),
                        "claims", byDebtor.get(row.debtorId()).size()))).toList());
        // one event for the chunk: the registry stores one row however many cases it opened
        if (!fresh.isEmpty()) {
            events.publishEvent(new CasesOpened(fresh.stream().map(row -> new CaseOpened(row.id(), row.creditorId(),
                    row.debtorId(), row.reference(), days.get(row.id()))).toList()));
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

    /** Staff hand a claim over by hand, for the creditor it belongs to. */
    @Transactional
    public CaseId handOverByHand(ClaimId claim, Actor actor) {
        ClaimView view = claims.find(null, claim, BusinessDates.today(clock))
                .orElseThrow(() -> new NotFoundException("claim"));
        return handOver(view.creditorId(), claim, actor);
    }

    /**
     * Each new case follows its creditor's segment, champion or challenger (stable by case); its first letter is its
     * first step.
     */
    private void startStrategies(List<CaseRow> fresh, Map<CaseId, LocalDate> days) {
        Map<LocalDate, Map<CaseId, CreditorId>> byDay = new LinkedHashMap<>();
        for (CaseRow row : fresh) {
            byDay.computeIfAbsent(days.get(row.id()), k -> new LinkedHashMap<>()).put(row.id(), row.creditorId());
        }
        cases.setEach("strategy_arm", "varchar(80)", strategies.armsOf(fresh));
        byDay.forEach((on, opened) -> strategyStore.recordFirstSteps(opened, "LETTER", on));
    }

    /** The debtors' open cases, locked; new ones where there are none (a concurrent opening wins, and is then used). */
    private Map<DebtorId, CaseRow> lockOrCreate(List<Handover> firsts, Actor actor, Instant now) {
        Map<DebtorId, CaseRow> rows = cases.lockOpenCases(firsts.stream().map(Handover::debtorId).toList());
        for (int attempt = 0; attempt < 5; attempt++) {
            List<Handover> missing = firsts.stream().filter(h -> !rows.containsKey(h.debtorId())).toList();
            if (missing.isEmpty()) {
                return rows;
            }
            newCases.insert(missing.stream().map(h -> new NewCases.NewCase(new CaseId(Ids.next()), h.creditorId(),
                    h.debtorId(), CaseReference.random(), h.on())).toList(), actor.label(), now);
            rows.putAll(cases.lockOpenCases(missing.stream().map(Handover::debtorId).toList()));
        }
        throw new IllegalStateException("no case could be opened for " + firsts.stream()
                .filter(h -> !rows.containsKey(h.debtorId())).count() + " debtors");
    }
}
