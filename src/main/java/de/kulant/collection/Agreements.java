package de.kulant.collection;

import de.kulant.collection.internal.AgreementRuleStore;
import de.kulant.collection.internal.CaseStore;
import de.kulant.collection.internal.DeferralStore;
import de.kulant.collection.internal.PlanStore;
import de.kulant.collection.internal.SettlementStore;
import de.kulant.collection.internal.StrategyStore;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.CreditorId;
import de.kulant.platform.InputCheck;
import de.kulant.platform.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
    private final StrategyStore strategies;
    private final Strategies strategySetup;
    private final AuditTrail audit;
    private final Clock clock;

    Agreements(AgreementRuleStore rules, PlanStore plans, DeferralStore deferrals, SettlementStore settlements,
               StrategyStore strategies, Strategies strategySetup, AuditTrail audit, Clock clock) {
        this.strategies = strategies;
        this.strategySetup = strategySetup;
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

    /**
     * The rules a case gets: those of its strategy segment when the creditor set some, else the creditor's; the credit
     * bureau is always the creditor's.
     */
    @Transactional(readOnly = true)
    public AgreementRules rulesFor(CaseStore.CaseRow row) {
        AgreementRules own = rulesOf(row.creditorId());
        String arm = strategies.arm(row.id());
        if (arm == null || !arm.startsWith(Strategies.SEGMENT)) {
            return own;
        }
        return rules.findSegment(row.creditorId(), arm.substring(Strategies.SEGMENT.length()))
                .map(r -> r.withCreditBureau(own.creditBureau())).orElse(own);
    }

    /** The segments of the creditor's strategy with rules of their own, by name. */
    @Transactional(readOnly = true)
    public Map<String, AgreementRules> segmentRules(CreditorId creditor) {
        AgreementRules own = rulesOf(creditor);
        Map<String, AgreementRules> found = new TreeMap<>();
        rules.segmentsOf(creditor).forEach((name, r) -> found.put(name, r.withCreditBureau(own.creditBureau())));
        return found;
    }

    /** The rules of one segment: its own, or the creditor's while it has none; an unknown segment is refused. */
    @Transactional(readOnly = true)
    public AgreementRules rulesOf(CreditorId creditor, String segment) {
        String name = knownSegment(creditor, segment);
        AgreementRules own = rulesOf(creditor);
        return rules.findSegment(creditor, name).map(r -> r.withCreditBureau(own.creditBureau())).orElse(own);
    }

    /** Gives a segment rules of its own; a field left out takes the standard value. */
    @Transactional
    public AgreementRules changeSegmentRules(CreditorId creditor, String segment, AgreementRules.Input input,
                                            Actor actor) {
        String name = knownSegment(creditor, segment);
        AgreementRules changed = AgreementRules.of(input == null
                ? new AgreementRules.Input(null, null, null, null, null, null, null, null) : input);
        rules.saveSegment(creditor, name, changed, clock.instant(), actor.label());
        audit.record(new AuditEntry(creditor, "creditor", creditor.toString(), "agreement-rules.segment-changed", actor,
                null, Map.of("segment", name, "rules", changed.input())));
        return changed.withCreditBureau(rulesOf(creditor).creditBureau());
    }

    /** The segment follows the creditor's rules again. */
    @Transactional
    public void removeSegmentRules(CreditorId creditor, String segment, Actor actor) {
        String name = segment == null ? "" : segment.strip();
        if (!rules.deleteSegment(creditor, name)) {
            throw new NotFoundException("segment rules");
        }
        audit.record(new AuditEntry(creditor, "creditor", creditor.toString(), "agreement-rules.segment-removed", actor,
                null, Map.of("segment", name)));
    }

    private String knownSegment(CreditorId creditor, String segment) {
        String name = segment == null ? "" : segment.strip();
        boolean known = strategySetup.of(creditor).segments().stream().anyMatch(s -> s.name().equals(name));
        if (!known) {
            InputCheck check = new InputCheck();
            check.violation("segment", "unknownSegment", "'" + name + "' is no segment of the creditor's collection "
                    + "strategy", name);
            check.throwIfInvalid();
        }
        return name;
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
