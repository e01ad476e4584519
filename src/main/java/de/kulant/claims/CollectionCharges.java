package de.kulant.claims;

import de.kulant.claims.internal.Claim;
import de.kulant.claims.internal.ClaimStore;
import de.kulant.claims.internal.Ledger;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The collection module's way into the ledger: a case's collection costs posted as COST on its claims, with the case as
 * source and the legal basis as note; negative amounts book costs back when a case is re-rated.
 */
@Service
public class CollectionCharges {

    /** {@code amount} of collection costs on one claim, {@code basis} naming the fee line and its paragraph. */
    public record Charge(ClaimId claim, CreditorId creditor, Money amount, String basis) {
    }

    private final ClaimStore claims;
    private final Ledger ledger;
    private final AuditTrail audit;
    private final Clock clock;

    CollectionCharges(ClaimStore claims, Ledger ledger, AuditTrail audit, Clock clock) {
        this.claims = claims;
        this.ledger = ledger;
        this.audit = audit;
        this.clock = clock;
    }

    /** Posts the charges of one case in one transaction: all of them or none. */
    @Transactional
    public void charge(UUID collectionCase, List<Charge> charges, LocalDate on, Actor actor) {
        if (charges.isEmpty()) {
            return;
        }
        Map<ClaimId, Claim> loaded = claims.loadAllForUpdate(charges.stream().map(Charge::claim).toList());
        PostingSource source = PostingSource.collectionCase(collectionCase);
        Map<ClaimId, Money> total = new LinkedHashMap<>();
        for (Charge charge : charges) {
            Claim claim = loaded.get(charge.claim());
            if (claim == null || !claim.facts().creditorId().equals(charge.creditor())) {
                throw new IllegalArgumentException("claim " + charge.claim() + " of creditor " + charge.creditor()
                        + " not found");
            }
            claim.chargeCosts(charge.amount(), on, charge.basis(), source);
            total.merge(charge.claim(), charge.amount(), Money::plus);
        }
        ledger.write(loaded.values(), Ledger.OnConflict.FAIL, clock.instant(), actor.label());
        List<AuditEntry> entries = new ArrayList<>();
        total.forEach((id, amount) -> entries.add(new AuditEntry(loaded.get(id).facts().creditorId(), "claim",
                id.toString(), amount.isNegative() ? "costs.reduced" : "costs.charged", actor, null,
                Map.of("case", collectionCase.toString(), "amount", amount.toPlainString(), "on", on.toString()))));
        audit.recordAll(entries);
    }
}
