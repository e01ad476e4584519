package de.kulant.collection;

import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.collection.internal.CostStore;
import de.kulant.collection.internal.PlanStore;
import de.kulant.collection.internal.PlanStore.PlanRow;
import de.kulant.collection.internal.PlanStore.RateRow;
import de.kulant.correspondence.CaseLetter;
import de.kulant.platform.Actor;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The letters of an instalment plan: the agreement with its schedule and cost, and the reminder of a missed rate. */
@Component
class PlanLetters {

    private final FirstLetters letters;
    private final PlanStore plans;
    private final CostStore costs;
    private final CollectionProperties properties;

    PlanLetters(FirstLetters letters, PlanStore plans, CostStore costs, CollectionProperties properties) {
        this.letters = letters;
        this.plans = plans;
        this.costs = costs;
        this.properties = properties;
    }

    /** The plan letter, with the cost statement as the quote showed it (§13a Abs. 3 RDG). */
    void confirm(CaseRow row, PlanRow plan, PlanQuotes.Quote quote, LocalDate on, Actor actor) {
        List<CaseLetter.CostItem> fee = quote.agreementFee() == null ? List.of() : quote.agreementFee().lines().stream()
                .map(l -> new CaseLetter.CostItem(null, l.labelDe(), l.labelEn(), l.amount(), l.basis())).toList();
        // the whole amount by one direct debit is no instalment plan: its letter says so and announces the debit
        String kind = plan.instalments() == 1 && plan.mandate() != null ? "DEBIT" : "PLAN";
        letters.queuePlan(row, on, kind, plan(plan, fee, plans.rates(plan.id()), null), actor);
    }

    /** A friendly reminder of the rate missed first, with the rest of the plan and its fee as agreed. */
    void remind(CaseRow row, PlanRow plan, LocalDate on, Actor actor) {
        remindAll(Map.of(row.id(), plan), on, actor);
    }

    /** The reminders of many plans, each of its case, with a fixed number of statements however many. */
    void remindAll(Map<CaseId, PlanRow> plansOf, LocalDate on, Actor actor) {
        Map<UUID, List<RateRow>> rates = plans.ratesOf(plansOf.values().stream().map(PlanRow::id).toList());
        Map<CaseId, List<CostStore.CostRow>> charged = costs.costsOf(plansOf.keySet());
        Map<CaseId, CaseLetter.Plan> letters = new LinkedHashMap<>();
        plansOf.forEach((caseId, plan) -> {
            List<RateRow> planRates = rates.getOrDefault(plan.id(), List.of());
            RateRow missed = planRates.stream().filter(r -> r.status().equals("MISSED")).findFirst().orElse(null);
            Map<String, CaseLetter.CostItem> fee = new LinkedHashMap<>();
            charged.getOrDefault(caseId, List.of()).stream().filter(c -> c.code().startsWith(CaseCharging.AGREEMENT))
                    .forEach(c -> fee.merge(c.code(), new CaseLetter.CostItem(null, c.labelDe(), c.labelEn(),
                            c.amount(), c.basis()), (a, b) -> new CaseLetter.CostItem(null, a.labelDe(), a.labelEn(),
                            a.amount().plus(b.amount()), a.basis())));
            letters.put(caseId, plan(plan, List.copyOf(fee.values()), planRates, missed));
        });
        this.letters.queuePlans(letters, on, "PLAN_REMINDER", actor);
    }

    private CaseLetter.Plan plan(PlanRow plan, List<CaseLetter.CostItem> fee, List<RateRow> rates, RateRow missed) {
        PlanStore.Mandate m = plan.mandate();
        return new CaseLetter.Plan(plan.openBalance(), fee, plan.amount(), rates.stream().map(PlanLetters::rate).toList(),
                plan.interestWaived(), m == null ? null : new CaseLetter.Mandate(m.iban(), m.reference(), m.signedOn(),
                properties.creditorIdentifier()), missed == null ? null : rate(missed));
    }

    private static CaseLetter.Rate rate(RateRow r) {
        return new CaseLetter.Rate(r.number(), r.dueOn(), r.amount(), r.reference(), r.status().equals("PAID"));
    }
}
