package de.kulant.collection;

import de.kulant.collection.internal.AgreementRuleStore;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.CreditorId;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Solutions for both sides: the rules within which a debtor gets instalments, a pause or a settlement without asking
 * the creditor, and what such an agreement costs (Nr. 1000 VV RVG, §31b RVG).
 */
@Service
public class Agreements {

    private final AgreementRuleStore rules;
    private final AuditTrail audit;
    private final Clock clock;

    Agreements(AgreementRuleStore rules, AuditTrail audit, Clock clock) {
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
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
                ? new AgreementRules.Input(null, null, null, null, null, null, null) : input);
        AgreementRules before = rulesOf(creditor);
        rules.save(creditor, changed, clock.instant(), actor.label());
        audit.record(new AuditEntry(creditor, "creditor", creditor.toString(), "agreement-rules.changed", actor,
                before.input(), changed.input()));
        return changed;
    }
}
