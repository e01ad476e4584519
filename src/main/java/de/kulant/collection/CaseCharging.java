package de.kulant.collection;

import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimQueries;
import de.kulant.claims.CollectionCharges;
import de.kulant.collection.internal.ActivityStore;
import de.kulant.collection.internal.CaseStore;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.collection.internal.CaseStore.Member;
import de.kulant.collection.internal.CostStore;
import de.kulant.collection.internal.CostStore.CostRow;
import de.kulant.creditors.Creditors;
import de.kulant.law.CollectionCostQuery;
import de.kulant.law.CollectionCostResult;
import de.kulant.law.CollectionCosts;
import de.kulant.law.CostLine;
import de.kulant.legal.CurrentLaw;
import de.kulant.platform.Actor;
import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Keeps a case's collection costs at the most the law allows (§13e RDG with Nr. 2300, 7002, 7008 VV RVG): computed on
 * the value of all its claims that were in default when they joined, with the fee table of the case's mandate date,
 * VAT only for a creditor that cannot deduct it, and the §288 Abs. 5 BGB flat fees set off. Each line is stored with
 * its basis, and the difference to what was charged before is posted as COST through the claims ledger. Works on a
 * whole chunk of cases with a fixed number of queries.
 */
@Service
class CaseCharging {

    /** Codes of the agreement fee's lines start so; they are charged once per agreement and never re-rated. */
    static final String AGREEMENT = "AGREEMENT_";

    /** A case to be brought up to date: at the 0.5 factor ({@code prompt}) or the 0.9, on {@code on}. */
    record Rating(CaseRow row, boolean prompt, LocalDate on) {
    }

    private final CaseStore cases;
    private final CostStore costs;
    private final ActivityStore activities;
    private final ClaimQueries claims;
    private final CollectionCharges charges;
    private final Creditors creditors;
    private final CurrentLaw law;
    private final Clock clock;

    CaseCharging(CaseStore cases, CostStore costs, ActivityStore activities, ClaimQueries claims,
                 CollectionCharges charges, Creditors creditors, CurrentLaw law, Clock clock) {
        this.cases = cases;
        this.costs = costs;
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

    /** Each case's costs as the law computes them at the factor {@code prompt} says; left out: nothing chargeable. */
    Map<CaseId, CollectionCostResult> maximum(List<CaseRow> rows, boolean prompt) {
        Basis basis = basis(rows);
        Map<CaseId, CollectionCostResult> results = new LinkedHashMap<>();
        for (CaseRow row : rows) {
            CollectionCostResult result = basis.maximum(row, prompt, law.collectionCosts());
            if (result != null) {
                results.put(row.id(), result);
            }
        }
        return results;
    }

    /**
     * Posts what each case's costs must change by to be the maximum at the factor its rating says: 0.5 (Nr. 2300 VV
     * RVG, a simple case) while the first demand runs, 0.9 after it went unanswered.
     */
    void bringUpToDate(List<Rating> ratings, Actor actor) {
        if (ratings.isEmpty()) {
            return;
        }
        Basis basis = basis(ratings.stream().map(Rating::row).toList());
        Map<CaseId, List<CostRow>> charged = costs.costsOf(basis.chargeable().keySet());
        Instant now = clock.instant();
        List<CollectionCharges.Charge> posts = new ArrayList<>();
        List<CostStore.NewCost> lines = new ArrayList<>();
        Map<CaseId, BigDecimal> factors = new LinkedHashMap<>();
        Map<CaseRow, String> texts = new LinkedHashMap<>();
        for (Rating rating : ratings) {
            CaseRow row = rating.row();
            CollectionCostResult wanted = basis.maximum(row, rating.prompt(), law.collectionCosts());
            if (wanted == null) {
                continue;
            }
            List<Member> chargeable = basis.chargeable().get(row.id());
            Money value = chargeable.stream().map(Member::value).reduce(Money.zeroEur(), Money::plus);
            List<CaseCosts.Share> shares = shares(wanted, chargeable, charged.getOrDefault(row.id(), List.of()));
            Map<ClaimId, Money> perClaim = CaseCosts.perClaim(shares);
            if (perClaim.isEmpty()) {
                continue;
            }
            String note = "Inkassokosten Fall " + row.reference().value();
            perClaim.forEach((claim, amount) -> posts.add(new CollectionCharges.Charge(row.id().value(), claim,
                    row.creditorId(), amount, rating.on(), note)));
            for (CaseCosts.Share s : shares) {
                lines.add(new CostStore.NewCost(row.id(), row.creditorId(), new CostRow(s.claim(), s.line().code(),
                        s.line().labelDe(), s.line().labelEn(), s.amount(), s.line().basis(), value, wanted.factor(),
                        wanted.table(), rating.on())));
            }
            factors.put(row.id(), wanted.factor());
            Money posted = perClaim.values().stream().reduce(Money.zeroEur(), Money::plus);
            texts.put(row, "Inkassokosten " + (posted.isNegative() ? "verringert um " + posted.negate().toPlainString()
                    : "berechnet: " + posted.toPlainString()) + " EUR, insgesamt " + wanted.total().toPlainString()
                    + " EUR aus dem Gegenstandswert " + value.toPlainString() + " EUR (" + wanted.table() + ")");
        }
        Map<UUID, Money> refunded = charges.charge(posts, actor);
        List<ActivityStore.Logged> logged = new ArrayList<>();
        texts.forEach((row, text) -> {
            Money refund = refunded.get(row.id().value());
            logged.add(new ActivityStore.Logged(row.creditorId(), ActivityStore.entry(row.id(), now, "COSTS_CHARGED",
                    actor.label(), refund == null ? text : text + "; davon bereits bezahlt und zur Erstattung "
                            + "vorgemerkt: " + refund.toPlainString() + " EUR")));
        });
        costs.insertAll(lines, now);
        cases.setEach("cost_factor", "numeric(3, 2)", factors);
        activities.addAll(logged);
    }

    /**
     * Posts the agreement fee of a plan (Nr. 1000 VV RVG) on the case's open claims by their value, each line stored
     * with its basis under its own code, so that re-rating the business fee leaves it alone.
     */
    void chargeAgreement(CaseRow row, CollectionCostResult fee, List<ClaimId> open, LocalDate on, Actor actor) {
        List<CaseCosts.Member> over = cases.members(row.id()).stream()
                .filter(m -> open.contains(m.claim()) && m.value().isPositive())
                .map(m -> new CaseCosts.Member(m.claim(), m.value())).toList();
        if (over.isEmpty()) {
            return;
        }
        Money value = over.stream().map(CaseCosts.Member::value).reduce(Money.zeroEur(), Money::plus);
        List<CostLine> lines = fee.lines().stream().map(l -> new CostLine(l.code().startsWith(AGREEMENT) ? l.code()
                : AGREEMENT + l.code(), l.labelDe(), l.labelEn(), l.amount(), l.basis())).toList();
        List<CaseCosts.Share> shares = CaseCosts.shares(lines, Map.of(), over, List.of());
        String note = "Einigungsgebühr Fall " + row.reference().value();
        charges.charge(CaseCosts.perClaim(shares).entrySet().stream().map(e -> new CollectionCharges.Charge(
                row.id().value(), e.getKey(), row.creditorId(), e.getValue(), on, note)).toList(), actor);
        Instant now = clock.instant();
        costs.insertAll(shares.stream().map(s -> new CostStore.NewCost(row.id(), row.creditorId(), new CostRow(s.claim(),
                s.line().code(), s.line().labelDe(), s.line().labelEn(), s.amount(), s.line().basis(), value,
                fee.factor(), fee.table(), on))).toList(), now);
        activities.add(row.creditorId(), ActivityStore.entry(row.id(), now, "COSTS_CHARGED", actor.label(),
                "Einigungsgebühr für die Ratenvereinbarung berechnet: " + fee.total().toPlainString()
                        + " EUR (Nr. 1000 VV RVG, § 31b RVG, " + fee.table() + ")"));
    }

    /** How the wanted lines are shared out: claims that joined now by value, earlier claims by what they carry. */
    private static List<CaseCosts.Share> shares(CollectionCostResult wanted, List<Member> chargeable,
                                                List<CostRow> charged) {
        Map<ClaimId, Money> carried = new HashMap<>();
        Map<String, Money> chargedByLine = new LinkedHashMap<>();
        for (CostRow c : charged) {
            if (c.code().startsWith(AGREEMENT)) {
                continue;
            }
            carried.merge(c.claim(), c.amount(), Money::plus);
            chargedByLine.merge(c.code(), c.amount(), Money::plus);
        }
        List<CaseCosts.Member> joined = new ArrayList<>();
        List<CaseCosts.Member> earlier = new ArrayList<>();
        for (Member m : chargeable) {
            Money carries = carried.get(m.claim());
            if (carries == null) {
                joined.add(new CaseCosts.Member(m.claim(), m.value()));
            } else if (carries.isPositive()) {
                earlier.add(new CaseCosts.Member(m.claim(), carries));
            }
        }
        return CaseCosts.shares(wanted.lines(), chargedByLine, joined, earlier);
    }

    /** What the costs of many cases are computed from, read with three queries. */
    private Basis basis(List<CaseRow> rows) {
        Map<CaseId, List<Member>> chargeable = new LinkedHashMap<>();
        cases.membersOf(rows.stream().map(CaseRow::id).toList()).forEach((id, members) -> {
            List<Member> counted = members.stream().filter(m -> m.chargeable() && m.value().isPositive()).toList();
            if (!counted.isEmpty()) {
                chargeable.put(id, counted);
            }
        });
        Map<ClaimId, Money> flatFees = claims.flatFeesCharged(chargeable.values().stream().flatMap(List::stream)
                .map(Member::claim).toList());
        Map<CreditorId, Boolean> deducts = new HashMap<>();
        creditors.findAll(rows.stream().map(CaseRow::creditorId).distinct().toList())
                .forEach((id, creditor) -> deducts.put(id, creditor.deductsInputTax()));
        return new Basis(chargeable, flatFees, deducts);
    }

    private record Basis(Map<CaseId, List<Member>> chargeable, Map<ClaimId, Money> flatFees,
                         Map<CreditorId, Boolean> deducts) {

        CollectionCostResult maximum(CaseRow row, boolean prompt, CollectionCosts law) {
            List<Member> counted = chargeable.get(row.id());
            if (counted == null) {
                return null;
            }
            Money value = counted.stream().map(Member::value).reduce(Money.zeroEur(), Money::plus);
            Money flat = counted.stream().map(m -> flatFees.getOrDefault(m.claim(), Money.zeroEur()))
                    .reduce(Money.zeroEur(), Money::plus);
            return law.maximum(new CollectionCostQuery(value, row.mandateDate(), prompt,
                    deducts.getOrDefault(row.creditorId(), true), false), flat);
        }
    }
}
