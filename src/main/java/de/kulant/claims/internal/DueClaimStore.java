package de.kulant.claims.internal;

import de.kulant.claims.Balance;
import de.kulant.claims.ClaimAsOf;
import de.kulant.claims.ClaimId;
import de.kulant.claims.NextDunning;
import de.kulant.claims.ClaimStatus;
import de.kulant.claims.ClaimsForDunning.Snapshot;
import de.kulant.claims.DueClaim;
import de.kulant.claims.Escalation;
import de.kulant.claims.HoldView;
import de.kulant.legal.CurrentLaw;
import de.kulant.platform.Actor;
import de.kulant.platform.CreditorId;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The claims side of a dunning run: snapshots, chunks and batched escalations. */
@Repository
public class DueClaimStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ClaimStore claims;
    private final Ledger ledger;
    private final HoldStore holds;
    private final CurrentLaw law;
    private final Clock clock;

    DueClaimStore(JdbcClient jdbc, JdbcTemplate template, ClaimStore claims, Ledger ledger, HoldStore holds,
                  CurrentLaw law, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.claims = claims;
        this.ledger = ledger;
        this.holds = holds;
        this.law = law;
        this.clock = clock;
    }

    public Snapshot snapshot(UUID snapshot, CreditorId creditor, LocalDate asOf) {
        int count = jdbc.sql("""
                        insert into claim_snapshot_item (snapshot_id, debtor_rank, claim_id)
                        select :snapshot, dense_rank() over (order by c.debtor_id), c.id from claim c
                        where c.status in ('OPEN', 'DUNNING') and c.next_dunning_on <= :asOf"""
                        + (creditor == null ? "" : " and c.creditor_id = :creditor"))
                .params(creditor == null
                        ? Map.of("snapshot", snapshot, "asOf", asOf)
                        : Map.of("snapshot", snapshot, "asOf", asOf, "creditor", creditor.value()))
                .update();
        Integer debtors = jdbc.sql("select max(debtor_rank) from claim_snapshot_item where snapshot_id = :snapshot")
                .param("snapshot", snapshot).query(Integer.class).optional().orElse(null);
        return new Snapshot(snapshot, count, debtors == null ? 0 : debtors);
    }

    public void dropSnapshot(UUID snapshot) {
        jdbc.sql("delete from claim_snapshot_item where snapshot_id = :snapshot").param("snapshot", snapshot).update();
    }

    public List<DueClaim> chunk(UUID snapshot, int fromRank, int toRank, LocalDate asOf) {
        List<ClaimStore.Row> rows = jdbc.sql("select " + ClaimRows.COLUMNS + """
                         from claim_snapshot_item s
                        join claim c on c.id = s.claim_id
                        join debtor d on d.id = c.debtor_id
                        where s.snapshot_id = :snapshot and s.debtor_rank between :from and :to
                        order by s.debtor_rank, c.id""")
                .param("snapshot", snapshot).param("from", fromRank).param("to", toRank)
                .query((rs, n) -> ClaimStore.Row.read(rs))
                .list();
        return due(rows, asOf);
    }

    /** One claim as the run would see it on {@code asOf}, for explaining its segment. */
    public java.util.Optional<DueClaim> one(CreditorId creditor, ClaimId claim, LocalDate asOf) {
        return claims.row(creditor, claim).map(row -> due(List.of(row), asOf).get(0));
    }

    private List<DueClaim> due(List<ClaimStore.Row> rows, LocalDate asOf) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<ClaimId> ids = rows.stream().map(r -> r.facts().id()).toList();
        Map<ClaimId, List<HoldView>> active = holds.activeFor(ids, asOf);
        Set<ClaimId> dunnedBefore = dunnedBefore(rows);
        // A run for a past date needs the ledger up to then for claims booked since; read them in one go.
        Map<ClaimAsOf, List<Posting>> history = claims.postingsUpTo(rows.stream().map(ClaimStore.Row::facts)
                .filter(f -> asOf.isBefore(f.lastPostingDate()))
                .map(f -> new ClaimAsOf(f.id(), f.creditorId(), asOf)).toList());
        List<DueClaim> due = new ArrayList<>(rows.size());
        for (ClaimStore.Row row : rows) {
            ClaimFacts f = row.facts();
            Balance balance = asOf.isBefore(f.lastPostingDate())
                    ? Balances.fromPostings(f, history.getOrDefault(new ClaimAsOf(f.id(), f.creditorId(), asOf),
                            List.of()), asOf, law.interest())
                    : Balances.current(f, asOf, law.interest());
            due.add(new DueClaim(f.id(), f.creditorId(), f.debtorId(), f.debtorKind(),
                    row.debtor().address().postalCode(), row.debtor().address().country(), row.debtor().customerTag(),
                    f.invoiceNumber(), f.invoiceDate(), f.dueDate(), f.amount(), row.consumerNoticeGiven(),
                    row.calendarDueDateAgreed(), f.status(), f.dunningLevel(), f.defaultSince(), f.defaultRule(),
                    row.referenceNumber(), f.version(), balance, active.containsKey(f.id()), dunnedBefore.contains(f.id()),
                    row.debtor().email() != null));
        }
        return due;
    }

    /** Claims whose debtor already received a notice for an older claim of the same creditor. */
    private Set<ClaimId> dunnedBefore(List<ClaimStore.Row> rows) {
        Map<UUID, List<LocalDate>> dunnedInvoiceDates = new HashMap<>();
        // "= any" keeps the plan on the debtor index; a join with unnest went to a seq scan when the statistics still
        // said no claim had a level (right after an import), 10 s instead of 0.1 s for a chunk
        jdbc.sql("select o.debtor_id, o.invoice_date from claim o where o.debtor_id = any(:debtors) and o.dunning_level >= 1")
                .param("debtors", rows.stream().map(r -> r.facts().debtorId().value()).distinct().toArray(UUID[]::new))
                .query(rs -> {
                    dunnedInvoiceDates.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(rs.getObject(2, LocalDate.class));
                });
        Set<ClaimId> result = new HashSet<>();
        for (ClaimStore.Row row : rows) {
            List<LocalDate> dates = dunnedInvoiceDates.getOrDefault(row.facts().debtorId().value(), List.of());
            if (dates.stream().anyMatch(date -> date.isBefore(row.facts().invoiceDate()))) {
                result.add(row.facts().id());
            }
        }
        return result;
    }

    /**
     * Applies a chunk's escalations through the ledger: each claim as it is now, escalated by {@link Claim#escalate},
     * written only if it still has the version the run decided on and is still open or in dunning.
     */
    public Set<ClaimId> escalate(List<Escalation> escalations, Actor actor) {
        if (escalations.isEmpty()) {
            return Set.of();
        }
        Map<ClaimId, ClaimFacts> current = new HashMap<>();
        jdbc.sql("select " + ClaimRows.COLUMNS + " from unnest(:ids) as wanted(id) join claim c on c.id = wanted.id "
                        + "join debtor d on d.id = c.debtor_id")
                .param("ids", escalations.stream().map(e -> e.id().value()).toArray(UUID[]::new))
                .query(rs -> {
                    ClaimFacts facts = ClaimRows.facts(rs);
                    current.put(facts.id(), facts);
                });
        List<Claim> escalated = new ArrayList<>(escalations.size());
        for (Escalation e : escalations) {
            ClaimFacts facts = current.get(e.id());
            if (facts != null && facts.version() == e.version() && facts.creditorId().equals(e.creditorId())
                    && (facts.status() == ClaimStatus.OPEN || facts.status() == ClaimStatus.DUNNING)) {
                Claim claim = new Claim(facts);
                claim.escalate(e.step());
                escalated.add(claim);
            }
        }
        return ledger.write(escalated, Ledger.OnConflict.SKIP, clock.instant(), actor.label());
    }

    /** Sets the start of default anew (null: not in default); the claim row must be locked by the caller. */
    public void changeDefault(CreditorId creditor, ClaimId id, LocalDate since, String rule) {
        jdbc.sql("update claim set default_since = :since, default_rule = :rule where id = :id and creditor_id = :creditor")
                .param("since", since).param("rule", rule).param("id", id.value()).param("creditor", creditor.value())
                .update();
    }

    public void reschedule(List<NextDunning> nextDunningOn) {
        if (nextDunningOn.isEmpty()) {
            return;
        }
        template.batchUpdate("update claim set next_dunning_on = ? where id = ? and creditor_id = ?",
                nextDunningOn, Ledger.BATCH_SIZE, (PreparedStatement ps, NextDunning next) -> {
                    Jdbc.date(ps, 1, next.on());
                    ps.setObject(2, next.claim().value());
                    ps.setObject(3, next.creditor().value());
                });
    }

    public int reviewAgain(CreditorId creditor) {
        return jdbc.sql("update claim set next_dunning_on = due_date where creditor_id = :creditor "
                        + "and status in ('OPEN', 'DUNNING')")
                .param("creditor", creditor.value()).update();
    }

    public boolean returnToCreditor(CreditorId creditor, ClaimId claim) {
        return leaveDunning(creditor, claim, ClaimStatus.RETURNED);
    }

    public boolean handOver(CreditorId creditor, ClaimId claim) {
        return leaveDunning(creditor, claim, ClaimStatus.COLLECTION);
    }

    /** Moves a claim still open or in dunning out of the dunning run's reach; false when it was not. */
    private boolean leaveDunning(CreditorId creditor, ClaimId claim, ClaimStatus status) {
        return ledger.leaveDunning(creditor, claim, status, clock.instant());
    }
}
