package de.kulant.collection;

import de.kulant.collection.internal.AgreementRuleStore;
import de.kulant.collection.internal.DeferralStore;
import de.kulant.collection.internal.PlanStore;
import de.kulant.collection.internal.SettlementStore;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.CreditorId;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Solutions for both sides: the rules within which a debtor gets instalments, a pause or a settlement without asking
 * the creditor, and what such an agreement costs (Nr. 1000 VV RVG, §31b RVG).
 */
@Service
public class Agreements {

    /** A case's agreements for its page: plans with their rates, pauses and settlement offers, newest first. */
    public record OnCase(List<InstalmentPlans.PlanView> plans, List<DeferralStore.DeferralRow> pauses,
                         List<SettlementStore.SettlementRow> offers) {
    }

    private final AgreementRuleStore rules;
    private final PlanStore plans;
    private final DeferralStore deferrals;
    private final SettlementStore settlements;
    private final AuditTrail audit;
    private final Clock clock;

    Agreements(AgreementRuleStore rules, PlanStore plans, DeferralStore deferrals, SettlementStore settlements,
               AuditTrail audit, Clock clock) {
        this.plans = plans;
        this.deferrals = deferrals;
        this.settlements = settlements;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** Everything agreed or offered on the case (staff). */
    @Transactional(readOnly = true)
    public OnCase onCase(CaseId id) {
        return new OnCase(plans.ofCase(id).stream().map(p -> new InstalmentPlans.PlanView(p, plans.rates(p.id())))
                .toList(), deferrals.ofCase(id), settlements.ofCase(id));
    }

    /** The creditor's rules, the standard ones until it set its own. */
    @Transactional(readOnly = true)
    public AgreementRules rulesOf(CreditorId creditor) {
        return rules.find(creditor).orElse(AgreementRules.standard());
    }

    /** Replaces the creditor's rules; a field left out keeps the standard value; every wrong field is named. */
    @Transactional
    public AgreementRules changeRules(CreditorId creditor, AgreementRules.Input input, Actor actor) {
        AgreementRules changed = AgreementRules.of(input == null
                ? new AgreementRules.Input(null, null, null, null, null, null, null, null) : input);
        AgreementRules before = rulesOf(creditor);
        rules.save(creditor, changed, clock.instant(), actor.label());
        audit.record(new AuditEntry(creditor, "creditor", creditor.toString(), "agreement-rules.changed", actor,
                before.input(), changed.input()));
        return changed;
    }
}
