package de.kulant.claims;

import de.kulant.claims.internal.Ledger;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.CreditorId;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Claims leaving collection without being paid: the creditor withdraws its mandate and takes the claim back. */
@Service
public class ClaimsInCollection {

    private final Ledger ledger;
    private final AuditTrail audit;
    private final Clock clock;

    ClaimsInCollection(Ledger ledger, AuditTrail audit, Clock clock) {
        this.ledger = ledger;
        this.audit = audit;
        this.clock = clock;
    }

    /** The claim goes back to the creditor (RETURNED): nothing more is sent; false when it was not in collection. */
    @Transactional
    public boolean withdraw(CreditorId creditor, ClaimId claim, String reason, Actor actor) {
        if (!ledger.move(creditor, claim, List.of(ClaimStatus.COLLECTION), ClaimStatus.RETURNED, clock.instant())) {
            return false;
        }
        audit.record(new AuditEntry(creditor, "claim", claim.toString(), "claim.withdrawn", actor,
                Map.of("status", ClaimStatus.COLLECTION.name()), Map.of("status", ClaimStatus.RETURNED.name(),
                        "reason", reason)));
        return true;
    }
}
