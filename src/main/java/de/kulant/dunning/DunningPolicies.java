package de.kulant.dunning;

import de.kulant.claims.ClaimsForDunning;
import de.kulant.dunning.internal.PolicyStore;
import de.kulant.dunning.internal.PolicyValidator;
import de.kulant.legal.CurrentLaw;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.CreditorId;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each creditor's dunning policy: the standard one until the creditor sets its own. */
@Service
public class DunningPolicies {

    private final PolicyStore store;
    private final ClaimsForDunning claims;
    private final CurrentLaw law;
    private final AuditTrail audit;
    private final Clock clock;

    DunningPolicies(PolicyStore store, ClaimsForDunning claims, CurrentLaw law, AuditTrail audit, Clock clock) {
        this.store = store;
        this.claims = claims;
        this.law = law;
        this.audit = audit;
        this.clock = clock;
    }

    /** A stored policy is read without the fee cap: the cap may have been lowered since, and the run caps each fee. */
    public DunningPolicy policyOf(CreditorId creditor) {
        return store.find(creditor).map(input -> PolicyValidator.validate(input, PolicyValidator.NO_CAP))
                .orElseGet(DunningPolicy::standard);
    }

    /** The variant of the policy a claim falls in, and why; empty when the claim does not exist for the creditor. */
    public java.util.Optional<PolicyVariant> variantOf(CreditorId creditor, de.kulant.claims.ClaimId claim,
                                                       java.time.LocalDate asOf) {
        return claims.asDue(creditor, claim, asOf).map(due -> policyOf(due.creditorId()).variantFor(due));
    }

    /** Stores a new policy after checking all of it; every open claim is looked at again on the next run. */
    @Transactional
    public DunningPolicy update(CreditorId creditor, PolicyInput input, Actor actor) {
        DunningPolicy before = policyOf(creditor);
        DunningPolicy policy = PolicyValidator.validate(input, law.dunningFees().maximum());
        PolicyInput normalized = PolicyInput.of(policy);
        store.save(creditor, normalized, clock.instant(), actor.label());
        claims.reviewAgain(creditor);
        audit.record(new AuditEntry(creditor, "dunning-policy", creditor.toString(), "dunning-policy.changed", actor,
                PolicyInput.of(before), normalized));
        return policy;
    }
}
