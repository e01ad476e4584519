package de.kulant.claims.internal;

import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimStatus;
import de.kulant.claims.MatchKeys;
import de.kulant.platform.BulkInsert;
import de.kulant.platform.CreditorId;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one write path of the ledger (decision 014): new claims with their opening posting, and every change made
 * through {@link Claim}, whose postings and cached balance are written together from the same change, so the two
 * cannot diverge. Set-based for runs and imports (one statement per kind of write), the same code for one claim.
 */
@Repository
public class Ledger {

    /** What to do with claims that changed since they were read. */
    public enum OnConflict {
        /** The whole write fails (the caller locked the rows; a change means a concurrent writer). */
        FAIL,
        /** They are left out and the rest is written (a dunning run: a payment meanwhile wins). */
        SKIP
    }

    /** A new claim's opening and the intake's own columns. */
    public record Opening(Claim claim, boolean consumerNoticeGiven, boolean calendarDueDateAgreed, String contentHash) {
    }

    static final int BATCH_SIZE = 1000;

    private static final List<String> CLAIM_COLUMNS = List.of("id", "creditor_id", "debtor_id", "invoice_number",
            "invoice_date", "due_date", "currency", "amount", "consumer_notice_given", "calendar_due_date_agreed",
            "status", "dunning_level", "default_since", "default_rule", "principal_open", "interest_open", "fees_open",
            "costs_open", "paid_total", "last_posting_date", "content_hash", "version", "created_at", "updated_at",
            "next_dunning_on", "invoice_key", "invoice_digits");

    private final JdbcClient jdbc;
    private final BulkInsert bulk;
    private final FigureStore figures;

    Ledger(JdbcClient jdbc, BulkInsert bulk, FigureStore figures) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.figures = figures;
    }

    /** Inserts new claims of one creditor with their cached balance and their opening postings. */
    public void open(CreditorId creditor, List<Opening> openings, Instant now, String actor) {
        // COPY on PostgreSQL; the reference number comes from the column's default (the claim_reference_number sequence)
        List<Object[]> rows = new ArrayList<>(openings.size());
        for (Opening opening : openings) {
            ClaimFacts f = opening.claim().facts();
            rows.add(new Object[] {f.id().value(), creditor.value(), f.debtorId().value(), f.invoiceNumber(),
                    f.invoiceDate(), f.dueDate(), "EUR", f.amount().amount(), opening.consumerNoticeGiven(),
                    opening.calendarDueDateAgreed(), f.status().name(), 0, f.defaultSince(),
                    f.defaultRule() == null ? null : f.defaultRule().name(), f.open().principal().amount(),
                    f.open().interest().amount(), f.open().fees().amount(), f.open().costs().amount(),
                    f.paidTotal().amount(), f.lastPostingDate(), opening.contentHash(), 0, now, now, f.nextDunningOn(),
                    MatchKeys.invoiceKey(f.invoiceNumber()), MatchKeys.invoiceDigits(f.invoiceNumber())});
        }
        bulk.insert("claim", CLAIM_COLUMNS, rows);
        FigureStore.Changes changes = new FigureStore.Changes();
        openings.forEach(opening -> changes.add(key(opening.claim().facts()), share(opening.claim().facts())));
        insertPostings(openings.stream().map(Opening::claim).toList(), now, actor, changes);
        figures.record(changes);
    }

    /** One changed claim whose row the caller locked: written, or {@link OptimisticLockingFailureException}. */
    public void write(Claim changed, Instant now, String actor) {
        write(List.of(changed), OnConflict.FAIL, now, actor);
    }

    /**
     * Writes changed claims: their new postings and their state, each only if its row still has the version it was
     * read with (rows are locked in id order first, so two writers cannot deadlock). Returns the claims written.
     */
    public Set<ClaimId> write(Collection<Claim> changed, OnConflict onConflict, Instant now, String actor) {
        if (changed.isEmpty()) {
            return Set.of();
        }
        Map<UUID, Claim> byId = new HashMap<>();
        changed.forEach(claim -> byId.put(claim.facts().id().value(), claim));
        Map<UUID, Integer> versions = new HashMap<>();
        Map<UUID, FigureStore.Standing> before = new HashMap<>();
        jdbc.sql("select id, version, " + FigureStore.Standing.COLUMNS
                        + " from claim where id = any(:ids) order by id for update")
                .param("ids", byId.keySet().stream().sorted().toArray(UUID[]::new))
                .query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    versions.put(id, rs.getInt(2));
                    before.put(id, FigureStore.Standing.read(rs, 3));
                });
        List<Claim> current = new ArrayList<>(changed.size());
        for (Claim claim : byId.values()) {
            Integer version = versions.get(claim.facts().id().value());
            if (version != null && version == claim.facts().version()) {
                current.add(claim);
            }
        }
        if (current.size() != byId.size() && onConflict == OnConflict.FAIL) {
            throw new OptimisticLockingFailureException((byId.size() - current.size())
                    + " claims were changed concurrently");
        }
        FigureStore.Changes changes = new FigureStore.Changes();
        for (Claim claim : current) {
            FigureStore.Standing was = before.get(claim.facts().id().value());
            changes.move(was.key(), was.share(), key(claim.facts()), share(claim.facts()));
        }
        insertPostings(current, now, actor, changes);
        updateState(current, now);
        figures.record(changes);
        Set<ClaimId> written = new HashSet<>();
        current.forEach(claim -> written.add(claim.facts().id()));
        return written;
    }

    /**
     * Moves a claim still open or in dunning to a status outside the dunning run's reach (collection, returned to the
     * creditor); no posting, but its figures move. False when the claim was not open or in dunning.
     */
    public boolean leaveDunning(CreditorId creditor, ClaimId claim, ClaimStatus status, Instant now) {
        return move(creditor, claim, List.of(ClaimStatus.OPEN, ClaimStatus.DUNNING), status, now);
    }

    /** Moves a claim in one of the {@code allowed} states to {@code status}; no posting, but its figures move. */
    public boolean move(CreditorId creditor, ClaimId claim, List<ClaimStatus> allowed, ClaimStatus status, Instant now) {
        List<FigureStore.Standing> was = jdbc.sql("select " + FigureStore.Standing.COLUMNS + " from claim "
                        + "where id = :id and creditor_id = :creditor and status in (:from) for update")
                .param("id", claim.value()).param("creditor", creditor.value())
                .param("from", allowed.stream().map(ClaimStatus::name).toList())
                .query((rs, n) -> FigureStore.Standing.read(rs, 1))
                .list();
        if (was.isEmpty()) {
            return false;
        }
        jdbc.sql("update claim set status = :status, next_dunning_on = null, version = version + 1, updated_at = :now "
                        + "where id = :id and creditor_id = :creditor")
                .param("status", status.name()).param("now", Timestamp.from(now))
                .param("id", claim.value()).param("creditor", creditor.value())
                .update();
        FigureStore.Key from = was.get(0).key();
        FigureStore.Changes changes = new FigureStore.Changes();
        changes.move(from, was.get(0).share(), new FigureStore.Key(from.creditor(), status.name(), from.level(),
                from.dueDate()), was.get(0).share());
        figures.record(changes);
        return true;
    }

    private void insertPostings(List<Claim> claims, Instant now, String actor, FigureStore.Changes changes) {
        List<Object[]> rows = new ArrayList<>();
        for (Claim claim : claims) {
            ClaimFacts f = claim.facts();
            for (Posting p : claim.newPostings()) {
                if (p.kind() == PostingKind.PAYMENT || p.kind() == PostingKind.PAYMENT_RETURNED) {
                    changes.received(f.creditorId().value(), p.bookingDate(), p.amount().amount().negate());
                }
                rows.add(new Object[] {p.id(), f.creditorId().value(), f.id().value(), p.entryId(), p.kind().name(),
                        p.bucket().name(), p.amount().amount(), p.bookingDate(), p.periodFrom(), p.periodTo(),
                        p.reference(), p.note(), p.source().kind().name(), p.source().id(), now, actor});
            }
        }
        if (!rows.isEmpty()) {
            bulk.insert("ledger_posting", List.of("id", "creditor_id", "claim_id", "entry_id", "kind", "bucket", "amount",
                    "booking_date", "period_from", "period_to", "reference", "note", "source_kind", "source_id",
                    "created_at", "created_by"), rows);
        }
    }

    /** One statement for all claims: a batch of single-row updates costs a round of planning per row. */
    private void updateState(List<Claim> claims, Instant now) {
        if (claims.isEmpty()) {
            return;
        }
        List<ClaimFacts> facts = claims.stream().map(Claim::facts).toList();
        jdbc.sql("""
                        merge into claim c
                        using (select * from unnest(:ids, :versions, :statuses, :levels, :defaultSince, :defaultRules,
                                   :nextDunningOn, :principal, :interest, :fees, :costs, :paid, :postedThrough,
                                   :lastPosting, :demanded, :demandedOn, :demandPayBy, :demandPaidBefore)
                               as v(id, version, status, level, default_since, default_rule, next_dunning_on, principal,
                                    interest, fees, costs, paid, posted_through, last_posting, demanded, demanded_on,
                                    demand_pay_by, demand_paid_before)) v
                        on c.id = v.id and c.version = v.version
                        when matched then update set status = v.status, dunning_level = v.level,
                            default_since = cast(v.default_since as date), default_rule = v.default_rule,
                            next_dunning_on = cast(v.next_dunning_on as date),
                            principal_open = cast(v.principal as numeric(19, 2)),
                            interest_open = cast(v.interest as numeric(19, 2)),
                            fees_open = cast(v.fees as numeric(19, 2)), costs_open = cast(v.costs as numeric(19, 2)),
                            paid_total = cast(v.paid as numeric(19, 2)),
                            interest_posted_through = cast(v.posted_through as date),
                            last_posting_date = cast(v.last_posting as date),
                            demanded_amount = cast(v.demanded as numeric(19, 2)),
                            demanded_on = cast(v.demanded_on as date), demand_pay_by = cast(v.demand_pay_by as date),
                            demand_paid_before = cast(v.demand_paid_before as numeric(19, 2)),
                            version = c.version + 1, updated_at = :now""")
                .param("ids", column(facts, f -> f.id().value(), UUID[]::new))
                .param("versions", column(facts, ClaimFacts::version, Integer[]::new))
                .param("statuses", column(facts, f -> f.status().name(), String[]::new))
                .param("levels", column(facts, ClaimFacts::dunningLevel, Integer[]::new))
                .param("defaultSince", column(facts, f -> text(f.defaultSince()), String[]::new))
                .param("defaultRules", column(facts, f -> f.defaultRule() == null ? null : f.defaultRule().name(),
                        String[]::new))
                .param("nextDunningOn", column(facts, f -> text(f.nextDunningOn()), String[]::new))
                .param("principal", column(facts, f -> f.open().principal().toPlainString(), String[]::new))
                .param("interest", column(facts, f -> f.open().interest().toPlainString(), String[]::new))
                .param("fees", column(facts, f -> f.open().fees().toPlainString(), String[]::new))
                .param("costs", column(facts, f -> f.open().costs().toPlainString(), String[]::new))
                .param("paid", column(facts, f -> f.paidTotal().toPlainString(), String[]::new))
                .param("postedThrough", column(facts, f -> text(f.interestPostedThrough()), String[]::new))
                .param("lastPosting", column(facts, f -> text(f.lastPostingDate()), String[]::new))
                .param("demanded", column(facts, f -> f.demand() == null ? null : f.demand().amount().toPlainString(),
                        String[]::new))
                .param("demandedOn", column(facts, f -> f.demand() == null ? null : text(f.demand().on()), String[]::new))
                .param("demandPayBy", column(facts, f -> f.demand() == null ? null : text(f.demand().payBy()),
                        String[]::new))
                .param("demandPaidBefore", column(facts, f -> f.demand() == null ? null
                        : f.demand().paidBefore().toPlainString(), String[]::new))
                .param("now", Timestamp.from(now))
                .update();
    }

    private static FigureStore.Key key(ClaimFacts f) {
        return new FigureStore.Key(f.creditorId().value(), f.status().name(), f.dunningLevel(), f.dueDate());
    }

    private static FigureStore.Share share(ClaimFacts f) {
        return new FigureStore.Share(1, f.amount().amount(), f.open().total().amount(), f.paidTotal().amount());
    }

    private static <T> T[] column(List<ClaimFacts> facts, Function<ClaimFacts, T> value,
                                  java.util.function.IntFunction<T[]> array) {
        return facts.stream().map(value).toArray(array);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
