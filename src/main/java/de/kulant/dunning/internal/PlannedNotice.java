package de.kulant.dunning.internal;

import de.kulant.claims.DueClaim;
import de.kulant.dunning.PolicyVariant;

/** An escalation decided in a run chunk, kept to write its notice once the claim change is applied. */
record PlannedNotice(DueClaim claim, PolicyVariant variant, Decision.Escalate decision) {
}
