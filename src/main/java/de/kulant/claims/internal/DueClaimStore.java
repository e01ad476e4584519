package de.kulant.claims.internal;

import de.kulant.claims.Balance;
import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimStatus;
import de.kulant.claims.ClaimsForDunning.Snapshot;
import de.kulant.claims.DueClaim;
import de.kulant.claims.Escalation;
import de.kulant.claims.HoldView;
import de.kulant.legal.CurrentLaw;
import de.kulant.platform.Actor;
import de.kulant.platform.CreditorId;
import de.kulant.platform.Ids;
import de.kulant.platform.money.Money;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
    private final HoldStore holds;
    private final CurrentLaw law;
    private final Clock clock;

    DueClaimStore(JdbcClient jdbc, JdbcTemplate template, ClaimStore claims, HoldStore holds, CurrentLaw law, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.claims = claims;
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
        Map<ClaimId, List<Posting>> history = claims.postingsUpTo(rows.stream().map(ClaimStore.Row::facts)
                .filter(f -> asOf.isBefore(f.lastPostingDate())).map(ClaimFacts::id).toList(), asOf);
        List<DueClaim> due = new ArrayList<>(rows.size());
        for (ClaimStore.Row row : rows) {
            ClaimFacts f = row.facts();
            Balance balance = asOf.isBefore(f.lastPostingDate())
                    ? Balances.fromPostings(f, history.getOrDefault(f.id(), List.of()), asOf, law.interest())
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
        jdbc.sql("""
                        select o.debtor_id, o.invoice_date from unnest(:debtors) as wanted(debtor_id)
                        join claim o on o.debtor_id = wanted.debtor_id where o.dunning_level >= 1""")
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

    public Set<ClaimId> escalate(List<Escalation> escalations, Actor actor) {
        if (escalations.isEmpty()) {
            return Set.of();
        }
        Timestamp now = Timestamp.from(clock.instant());
        int[][] counts = template.batchUpdate("""
                update claim set dunning_level = ?, status = ?, default_since = coalesce(?, default_since),
                    default_rule = coalesce(?, default_rule), next_dunning_on = ?, fees_open = fees_open + ?,
                    last_posting_date = case when ? > 0 then greatest(last_posting_date, ?) else last_posting_date end,
                    demanded_amount = coalesce(?, demanded_amount), demanded_on = coalesce(?, demanded_on),
                    demand_pay_by = coalesce(?, demand_pay_by),
                    demand_paid_before = case when ? then paid_total else demand_paid_before end,
                    version = version + 1, updated_at = ?
                where id = ? and version = ? and status in ('OPEN', 'DUNNING')""",
                escalations, ClaimStore.BATCH_SIZE, (PreparedStatement ps, Escalation e) -> {
                    Money fees = e.fee().plus(e.flatFee());
                    ps.setInt(1, e.level());
                    ps.setString(2, e.status().name());
                    Jdbc.date(ps, 3, e.defaultSince());
                    ps.setString(4, e.defaultRule() == null ? null : e.defaultRule().name());
                    Jdbc.date(ps, 5, e.nextDunningOn());
                    ps.setBigDecimal(6, fees.amount());
                    ps.setBigDecimal(7, fees.amount());
                    ps.setObject(8, e.bookingDate());
                    boolean demand = e.demanded() != null;
                    ps.setBigDecimal(9, demand ? e.demanded().amount() : null);
                    Jdbc.date(ps, 10, demand ? e.bookingDate() : null);
                    Jdbc.date(ps, 11, e.payBy());
                    ps.setBoolean(12, demand);
                    ps.setTimestamp(13, now);
                    ps.setObject(14, e.id().value());
                    ps.setInt(15, e.version());
                });
        Set<ClaimId> applied = new HashSet<>();
        int index = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                if (count != 0) {
                    applied.add(escalations.get(index).id());
                }
                index++;
            }
        }
        Map<CreditorId, List<ClaimStore.PostingInsert>> postings = new HashMap<>();
        for (Escalation e : escalations) {
            if (!applied.contains(e.id())) {
                continue;
            }
            List<ClaimStore.PostingInsert> list = postings.computeIfAbsent(e.creditorId(), k -> new ArrayList<>());
            if (e.fee().isPositive()) {
                list.add(new ClaimStore.PostingInsert(e.id().value(), new Posting(Ids.next(), Ids.next(),
                        PostingKind.FEE, Bucket.FEES, e.fee(), e.bookingDate(), null, null, e.reference(),
                        "dunning level " + e.level())));
            }
            if (e.flatFee().isPositive()) {
                list.add(new ClaimStore.PostingInsert(e.id().value(), new Posting(Ids.next(), Ids.next(),
                        PostingKind.FEE, Bucket.FEES, e.flatFee(), e.bookingDate(), null, null, e.reference(),
                        "§288 Abs. 5 BGB")));
            }
        }
        postings.forEach((creditor, list) -> claims.insertPostings(creditor, list, clock.instant(), actor.label()));
        return applied;
    }

    /** Several claims of one creditor as they are now, for reading; another creditor's are left out. */
    public List<ClaimFacts> facts(CreditorId creditor, Collection<ClaimId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + ClaimRows.COLUMNS + " from unnest(:ids) as wanted(id) join claim c on c.id = wanted.id "
                        + "join debtor d on d.id = c.debtor_id where c.creditor_id = :creditor")
                .param("ids", ids.stream().map(ClaimId::value).distinct().toArray(UUID[]::new))
                .param("creditor", creditor.value())
                .query((rs, n) -> ClaimRows.facts(rs)).list();
    }

    /** Sets the start of default anew (null: not in default); the claim row must be locked by the caller. */
    public void changeDefault(CreditorId creditor, ClaimId id, LocalDate since, String rule) {
        jdbc.sql("update claim set default_since = :since, default_rule = :rule where id = :id and creditor_id = :creditor")
                .param("since", since).param("rule", rule).param("id", id.value()).param("creditor", creditor.value())
                .update();
    }

    public void reschedule(Map<ClaimId, LocalDate> nextDunningOn) {
        if (nextDunningOn.isEmpty()) {
            return;
        }
        template.batchUpdate("update claim set next_dunning_on = ? where id = ?",
                new ArrayList<>(nextDunningOn.entrySet()), ClaimStore.BATCH_SIZE,
                (PreparedStatement ps, Map.Entry<ClaimId, LocalDate> e) -> {
                    Jdbc.date(ps, 1, e.getValue());
                    ps.setObject(2, e.getKey().value());
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
        return jdbc.sql("""
                        update claim set status = :status, next_dunning_on = null, version = version + 1,
                            updated_at = :now
                        where id = :id and creditor_id = :creditor and status in ('OPEN', 'DUNNING')""")
                .param("status", status.name()).param("now", Timestamp.from(clock.instant()))
                .param("id", claim.value()).param("creditor", creditor.value())
                .update() == 1;
    }
}
