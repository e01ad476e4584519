package de.kulant.claims;

import de.kulant.claims.internal.DueClaimStore;
import de.kulant.platform.Actor;
import de.kulant.platform.CreditorId;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the dunning run needs of claims, set-based: a snapshot of the claims due on a date, read in chunks
 * of whole debtors, and the escalations applied as batches, each guarded by the claim's version so that
 * a payment or credit note booked meanwhile wins.
 */
@Service
public class ClaimsForDunning {

    private final DueClaimStore store;

    ClaimsForDunning(DueClaimStore store) {
        this.store = store;
    }

    /** The size of a snapshot: its claims and the number of debtors (ranks 1 .. debtors). */
    public record Snapshot(UUID id, int claims, int debtors) {
    }

    /** Numbers the open claims due for a look on {@code asOf}; {@code creditor} null means all creditors. */
    @Transactional
    public Snapshot snapshot(CreditorId creditor, LocalDate asOf) {
        return store.snapshot(UUID.randomUUID(), creditor, asOf);
    }

    /** The snapshot's claims of debtors ranked {@code fromRank} to {@code toRank}, with balances as of {@code asOf}. */
    @Transactional(readOnly = true)
    public List<DueClaim> chunk(UUID snapshot, int fromRank, int toRank, LocalDate asOf) {
        return store.chunk(snapshot, fromRank, toRank, asOf);
    }

    /** One claim as a run on {@code asOf} would see it; empty when it does not exist for the creditor. */
    @Transactional(readOnly = true)
    public java.util.Optional<DueClaim> asDue(CreditorId creditor, ClaimId claim, LocalDate asOf) {
        return store.one(creditor, claim, asOf);
    }

    @Transactional
    public void dropSnapshot(UUID snapshot) {
        store.dropSnapshot(snapshot);
    }

    /** Applies escalations in the caller's transaction; returns the claims actually changed. */
    @Transactional
    public Set<ClaimId> escalate(List<Escalation> escalations, Actor actor) {
        return store.escalate(escalations, actor);
    }

    /** Sets the next day the run looks at each claim (null: not again until something changes). */
    @Transactional
    public void reschedule(List<NextDunning> nextDunningOn) {
        store.reschedule(nextDunningOn);
    }

    /** After a policy change every open claim of the creditor is looked at again on the next run. */
    @Transactional
    public int reviewAgain(CreditorId creditor) {
        return store.reviewAgain(creditor);
    }

    /** Gives a claim whose handover the creditor declined back to it: no more dunning; false if no longer open. */
    @Transactional
    public boolean returnToCreditor(CreditorId creditor, ClaimId claim) {
        return store.returnToCreditor(creditor, claim);
    }

    /** Moves a claim waiting at its last level to collection; false if it is no longer open. */
    @Transactional
    public boolean handOver(CreditorId creditor, ClaimId claim) {
        return store.handOver(creditor, claim);
    }
}
