package de.kulant.claims.internal;

import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimStatus;
import de.kulant.claims.DebtorId;
import de.kulant.law.DefaultFacts;
import de.kulant.law.DefaultStart;
import de.kulant.law.PlaceOfPerformance;
import de.kulant.law.StartOfDefault;
import de.kulant.legal.CurrentLaw;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.CreditorId;
import de.kulant.platform.Ids;
import de.kulant.platform.money.Money;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Writes validated new claims set-based: debtors looked up and upserted in chunks, then claims, their
 * opening ledger postings and audit entries as JDBC batches. Runs inside the caller's transaction.
 */
@Component
public class IntakeWriter {

    private final Ledger ledger;
    private final DebtorStore debtors;
    private final AuditTrail audit;
    private final CurrentLaw law;
    private final Clock clock;

    IntakeWriter(Ledger ledger, DebtorStore debtors, AuditTrail audit, CurrentLaw law, Clock clock) {
        this.ledger = ledger;
        this.debtors = debtors;
        this.audit = audit;
        this.law = law;
        this.clock = clock;
    }

    public List<ClaimId> write(CreditorId creditor, List<NewClaim> fresh, Actor actor) {
        if (fresh.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<AuditEntry> entries = new ArrayList<>(fresh.size() + 16);
        Map<String, UUID> debtorIds = upsertDebtors(creditor, fresh, now, actor, entries);
        StartOfDefault startOfDefault = law.startOfDefault();
        List<Ledger.Opening> openings = new ArrayList<>(fresh.size());
        for (NewClaim claim : fresh) {
            NewDebtor d = claim.debtor();
            DefaultFacts facts = DefaultFacts.of(d.kind(), claim.invoiceDate(), claim.dueDate(),
                            PlaceOfPerformance.ofAddress(d.address().country(), d.address().postalCode()))
                    .withCalendarDueDateAgreed(claim.calendarDueDateAgreed())
                    .withConsumerNoticeGiven(claim.consumerNoticeGiven());
            DefaultStart start = startOfDefault.determine(facts).orElse(null);
            ClaimId id = new ClaimId(Ids.next());
            Money zero = Money.zeroEur();
            ClaimFacts unposted = new ClaimFacts(id, creditor, new DebtorId(debtorIds.get(d.matchKey())), d.kind(),
                    claim.invoiceNumber(), claim.invoiceDate(), claim.dueDate(), claim.amount(), ClaimStatus.OPEN, 0,
                    start == null ? null : start.since(), start == null ? null : start.rule(), OpenBuckets.zero(), zero,
                    null, claim.invoiceDate(), 0, null, claim.dueDate());
            openings.add(new Ledger.Opening(Claim.open(unposted, claim.invoiceNumber()), claim.consumerNoticeGiven(),
                    claim.calendarDueDateAgreed(), claim.contentHash()));
            entries.add(new AuditEntry(creditor, "claim", id.toString(), "claim.created", actor, null, snapshot(claim)));
        }
        openings.sort(java.util.Comparator.comparing(opening -> opening.claim().facts().invoiceNumber()));
        ledger.open(creditor, openings, now, actor.label());
        audit.recordAll(entries);
        return openings.stream().map(o -> o.claim().facts().id()).toList();
    }

    private Map<String, UUID> upsertDebtors(CreditorId creditor, List<NewClaim> fresh, Instant now, Actor actor,
                                            List<AuditEntry> entries) {
        // Sorted by key, so concurrent intakes lock index entries in the same order and never deadlock.
        Map<String, NewDebtor> latest = new java.util.TreeMap<>();
        for (NewClaim claim : fresh) {
            latest.put(claim.debtor().matchKey(), claim.debtor());
        }
        Map<String, DebtorStore.Stored> stored = debtors.findByMatchKeys(creditor, latest.keySet());
        Map<String, UUID> ids = new HashMap<>();
        Map<UUID, NewDebtor> inserts = new LinkedHashMap<>();
        Map<UUID, NewDebtor> updates = new java.util.TreeMap<>();
        for (NewDebtor debtor : latest.values()) {
            DebtorStore.Stored existing = stored.get(debtor.matchKey());
            if (existing == null) {
                UUID id = Ids.next();
                inserts.put(id, debtor);
                ids.put(debtor.matchKey(), id);
            } else {
                ids.put(debtor.matchKey(), existing.id());
                if (!existing.data().equals(debtor)) {
                    updates.put(existing.id(), debtor);
                    entries.add(new AuditEntry(creditor, "debtor", existing.id().toString(), "debtor.updated", actor,
                            existing.data(), debtor));
                }
            }
        }
        debtors.insertAll(creditor, inserts, now);
        debtors.updateAll(creditor, updates, now);
        return ids;
    }

    private static Map<String, Object> snapshot(NewClaim claim) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("invoiceNumber", claim.invoiceNumber());
        snapshot.put("invoiceDate", claim.invoiceDate().toString());
        snapshot.put("dueDate", claim.dueDate().toString());
        snapshot.put("amount", claim.amount().toPlainString());
        snapshot.put("debtor", claim.debtor().name());
        snapshot.put("customerNumber", claim.debtor().customerNumber());
        return snapshot;
    }
}
