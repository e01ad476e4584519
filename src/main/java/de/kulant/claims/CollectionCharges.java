package de.kulant.claims;

import de.kulant.claims.internal.Claim;
import de.kulant.claims.internal.ClaimStore;
import de.kulant.claims.internal.Ledger;
import de.kulant.claims.internal.OverpaymentStore;
import de.kulant.legal.CurrentLaw;
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
 * source and the legal basis as note; negative amounts book costs back when a case is re-rated, and costs booked back
 * that were paid already go to the claim's other items or, beyond them, to the refund list.
 */
@Service
public class CollectionCharges {

    /**
     * {@code amount} of collection costs of a collection case on one of its claims, booked on {@code on}; {@code basis}
     * names the fee line and its paragraph.
     */
    public record Charge(UUID collectionCase, ClaimId claim, CreditorId creditor, Money amount, LocalDate on,
                         String basis) {
    }

    /** One audit entry per claim, case and day, however many lines were posted. */
    private record Charged(ClaimId claim, UUID collectionCase, LocalDate on) {
    }

    private final ClaimStore claims;
    private final Ledger ledger;
    private final OverpaymentStore overpayments;
    private final AuditTrail audit;
    private final CurrentLaw law;
    private final Clock clock;

    CollectionCharges(ClaimStore claims, Ledger ledger, OverpaymentStore overpayments, AuditTrail audit, CurrentLaw law,
                      Clock clock) {
        this.claims = claims;
        this.ledger = ledger;
        this.overpayments = overpayments;
        this.audit = audit;
        this.law = law;
        this.clock = clock;
    }

    /**
     * Posts the charges of many cases in one transaction, set-based: all of them or none. Returns per case what was
     * paid already, is no longer owed and is listed for refund.
     */
    @Transactional
    public Map<UUID, Money> charge(List<Charge> charges, Actor actor) {
        if (charges.isEmpty()) {
            return Map.of();
        }
        Map<ClaimId, Claim> loaded = claims.loadAllForUpdate(charges.stream().map(Charge::claim).toList());
        Map<Charged, Money> total = new LinkedHashMap<>();
        Map<Charged, Money> refunds = new LinkedHashMap<>();
        List<OverpaymentStore.NewOverpayment> credits = new ArrayList<>();
        for (Charge charge : charges) {
            Claim claim = loaded.get(charge.claim());
            if (claim == null || !claim.facts().creditorId().equals(charge.creditor())) {
                throw new IllegalArgumentException("claim " + charge.claim() + " of creditor " + charge.creditor()
                        + " not found");
            }
            Money refund = claim.chargeCosts(charge.amount(), charge.on(), charge.basis(),
                    PostingSource.collectionCase(charge.collectionCase()), law.interest());
            Charged key = new Charged(charge.claim(), charge.collectionCase(), charge.on());
            total.merge(key, charge.amount(), Money::plus);
            if (refund.isPositive()) {
                refunds.merge(key, refund, Money::plus);
                credits.add(new OverpaymentStore.NewOverpayment(charge.creditor(), claim.facts().debtorId(),
                        charge.claim(), refund, charge.on(), "Erstattung: " + charge.basis(), null));
            }
        }
        ledger.write(loaded.values(), Ledger.OnConflict.FAIL, clock.instant(), actor.label());
        overpayments.insertAll(credits, clock.instant());
        List<AuditEntry> entries = new ArrayList<>();
        total.forEach((key, amount) -> entries.add(new AuditEntry(loaded.get(key.claim()).facts().creditorId(), "claim",
                key.claim().toString(), amount.isNegative() ? "costs.reduced" : "costs.charged", actor, null,
                Map.of("case", key.collectionCase().toString(), "amount", amount.toPlainString(), "on",
                        key.on().toString(), "refund", refunds.getOrDefault(key, amount.zero()).toPlainString()))));
        audit.recordAll(entries);
        Map<UUID, Money> refunded = new LinkedHashMap<>();
        refunds.forEach((key, amount) -> refunded.merge(key.collectionCase(), amount, Money::plus));
        return refunded;
    }

    /**
     * The interest still open on these claims of a case, accrued before {@code on}, let go by a WAIVER posting: a
     * creditor waived default interest while an instalment plan was kept, and it was. Returns what was waived per claim.
     */
    @Transactional
    public Map<ClaimId, Money> waiveInterest(UUID collectionCase, CreditorId creditor, List<ClaimId> ids, LocalDate on,
                                             String reason, Actor actor) {
        Map<ClaimId, Claim> loaded = claims.loadAllForUpdate(ids);
        Map<ClaimId, Money> waived = new LinkedHashMap<>();
        List<AuditEntry> entries = new ArrayList<>();
        for (Claim claim : loaded.values()) {
            if (!claim.facts().creditorId().equals(creditor) || claim.facts().status().isClosed()) {
                continue;
            }
            Money amount = claim.waiveOpenInterest(on, on, law.interest(), reason,
                    PostingSource.collectionCase(collectionCase));
            if (amount.isPositive()) {
                waived.put(claim.facts().id(), amount);
                entries.add(new AuditEntry(creditor, "claim", claim.facts().id().toString(), "interest.waived", actor,
                        null, Map.of("case", collectionCase.toString(), "amount", amount.toPlainString(), "on",
                                on.toString())));
            }
        }
        ledger.write(loaded.values(), Ledger.OnConflict.FAIL, clock.instant(), actor.label());
        audit.recordAll(entries);
        return waived;
    }

    /**
     * A settlement on a case was paid by its date: what is still open on its claims is let go (SETTLEMENT_DISCOUNT
     * postings) and they are paid as agreed. Returns what was let go per claim.
     */
    @Transactional
    public Map<ClaimId, Money> settle(UUID settlement, CreditorId creditor, List<ClaimId> ids, LocalDate on,
                                      String reason, Actor actor) {
        Map<ClaimId, Claim> loaded = claims.loadAllForUpdate(ids);
        Map<ClaimId, Money> discounted = new LinkedHashMap<>();
        List<AuditEntry> entries = new ArrayList<>();
        for (Claim claim : loaded.values()) {
            if (!claim.facts().creditorId().equals(creditor) || claim.facts().status().isClosed()) {
                continue;
            }
            Money amount = claim.settleRest(on, on, law.interest(), reason, PostingSource.agreement(settlement));
            discounted.put(claim.facts().id(), amount);
            entries.add(new AuditEntry(creditor, "claim", claim.facts().id().toString(), "settlement.discounted", actor,
                    null, Map.of("settlement", settlement.toString(), "amount", amount.toPlainString(), "on",
                            on.toString())));
        }
        ledger.write(loaded.values(), Ledger.OnConflict.FAIL, clock.instant(), actor.label());
        audit.recordAll(entries);
        return discounted;
    }
}
