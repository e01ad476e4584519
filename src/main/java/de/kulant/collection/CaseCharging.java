package de.kulant.collection;

import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimQueries;
import de.kulant.claims.CollectionCharges;
import de.kulant.collection.internal.ActivityStore;
import de.kulant.collection.internal.CaseStore;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.collection.internal.CaseStore.CostRow;
import de.kulant.collection.internal.CaseStore.Member;
import de.kulant.creditors.Creditor;
import de.kulant.creditors.Creditors;
import de.kulant.law.CollectionCostQuery;
import de.kulant.law.CollectionCostResult;
import de.kulant.law.CollectionCosts;
import de.kulant.legal.CurrentLaw;
import de.kulant.platform.Actor;
import de.kulant.platform.money.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Keeps a case's collection costs at the most the law allows (§13e RDG with Nr. 2300, 7002, 7008 VV RVG): computed on
 * the value of all its claims that were in default when they joined, with the fee table of the case's mandate date,
 * VAT only for a creditor that cannot deduct it, and the §288 Abs. 5 BGB flat fees set off. Each line is stored with
 * its basis, and the difference to what was charged before is posted as COST through the claims ledger.
 */
@Service
class CaseCharging {

    private final CaseStore cases;
    private final ActivityStore activities;
    private final ClaimQueries claims;
    private final CollectionCharges charges;
    private final Creditors creditors;
    private final CurrentLaw law;
    private final Clock clock;

    CaseCharging(CaseStore cases, ActivityStore activities, ClaimQueries claims, CollectionCharges charges,
                 Creditors creditors, CurrentLaw law, Clock clock) {
        this.cases = cases;
        this.activities = activities;
        this.claims = claims;
        this.charges = charges;
        this.creditors = creditors;
        this.law = law;
        this.clock = clock;
    }

    /** Whether the case is still rated as paid on the first demand (0.5): from opening until a raise to 0.9. */
    static boolean prompt(CaseRow row) {
        return row.costFactor() == null || row.costFactor().compareTo(CollectionCosts.PROMPT_FACTOR) == 0;
    }

    /** The case's costs as the law computes them at the factor {@code prompt} says; null when nothing is chargeable. */
    CollectionCostResult maximum(CaseRow row, boolean prompt) {
        return maximum(row, chargeable(row), prompt);
    }

    private CollectionCostResult maximum(CaseRow row, List<Member> chargeable, boolean prompt) {
        if (chargeable.isEmpty()) {
            return null;
        }
        Money value = chargeable.stream().map(Member::value).reduce(Money.zeroEur(), Money::plus);
        Money flatFees = claims.flatFeesCharged(chargeable.stream().map(Member::claim).toList()).values().stream()
                .reduce(Money.zeroEur(), Money::plus);
        boolean deducts = creditors.find(row.creditorId()).map(Creditor::deductsInputTax).orElse(true);
        return law.collectionCosts().maximum(new CollectionCostQuery(value, row.mandateDate(), prompt, deducts, false),
                flatFees);
    }

    private List<Member> chargeable(CaseRow row) {
        return cases.members(row.id()).stream().filter(m -> m.chargeable() && m.value().isPositive()).toList();
    }

    /**
     * Posts what the case's costs must change by to be the maximum at the factor {@code prompt} says: 0.5 (Nr. 2300
     * VV RVG, a simple case) while the first demand runs, 0.9 after it went unanswered.
     */
    void bringUpToDate(CaseRow row, boolean prompt, LocalDate on, Actor actor) {
        List<Member> chargeable = chargeable(row);
        CollectionCostResult wanted = maximum(row, chargeable, prompt);
        if (wanted == null) {
            return;
        }
        Money value = chargeable.stream().map(Member::value).reduce(Money.zeroEur(), Money::plus);
        Map<ClaimId, Money> carried = new HashMap<>();
        Map<String, Money> chargedByLine = new java.util.LinkedHashMap<>();
        for (CostRow c : cases.costs(row.id())) {
            carried.merge(c.claim(), c.amount(), Money::plus);
            chargedByLine.merge(c.code(), c.amount(), Money::plus);
        }
        List<CaseCosts.Member> joined = new ArrayList<>();
        List<CaseCosts.Member> earlier = new ArrayList<>();
        for (Member m : chargeable) {
            Money costs = carried.get(m.claim());
            if (costs == null) {
                joined.add(new CaseCosts.Member(m.claim(), m.value()));
            } else if (costs.isPositive()) {
                earlier.add(new CaseCosts.Member(m.claim(), costs));
            }
        }
        List<CaseCosts.Share> shares = CaseCosts.shares(wanted.lines(), chargedByLine, joined, earlier);
        Map<ClaimId, Money> perClaim = CaseCosts.perClaim(shares);
        if (perClaim.isEmpty()) {
            return;
        }
        String basis = "Inkassokosten Fall " + row.reference().value();
        charges.charge(row.id().value(), perClaim.entrySet().stream()
                .map(e -> new CollectionCharges.Charge(e.getKey(), row.creditorId(), e.getValue(), basis)).toList(), on, actor);
        List<CostRow> rows = new ArrayList<>();
        for (CaseCosts.Share s : shares) {
            rows.add(new CostRow(s.claim(), s.line().code(), s.line().labelDe(), s.line().labelEn(), s.amount(),
                    s.line().basis(), value, wanted.factor(), wanted.table(), on));
        }
        cases.insertCosts(row.id(), row.creditorId(), rows, clock.instant());
        cases.setCostFactor(row.id(), wanted.factor());
        Money posted = perClaim.values().stream().reduce(Money.zeroEur(), Money::plus);
        activities.add(row.creditorId(), ActivityStore.entry(row.id(), clock.instant(), "COSTS_CHARGED", actor.label(),
                "Inkassokosten " + (posted.isNegative() ? "verringert um " + posted.negate().toPlainString()
                        : "berechnet: " + posted.toPlainString()) + " EUR, insgesamt " + wanted.total().toPlainString()
                        + " EUR aus dem Gegenstandswert " + value.toPlainString() + " EUR (" + wanted.table() + ")"));
    }
}
