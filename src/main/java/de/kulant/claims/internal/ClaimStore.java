package de.kulant.claims.internal;

import de.kulant.claims.ClaimFilter;
import de.kulant.claims.ClaimId;
import de.kulant.claims.DebtorView;
import de.kulant.claims.MatchKeys;
import de.kulant.claims.PostingView;
import de.kulant.platform.BulkInsert;
import de.kulant.platform.CreditorId;
import de.kulant.platform.PageRequest;
import de.kulant.platform.money.Money;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code claim} and {@code ledger_posting} tables. Every query names its tenant. */
@Repository
public class ClaimStore {

    static final int BATCH_SIZE = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final BulkInsert bulk;

    ClaimStore(JdbcClient jdbc, JdbcTemplate template, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.template = template;
        this.bulk = bulk;
    }

    /** A stored claim found by invoice number: its id and the hash of the content it was created with. */
    public record Existing(ClaimId id, String contentHash) {
    }

    /** A claim row plus its debtor, as read for views. */
    public record Row(ClaimFacts facts, DebtorView debtor, boolean consumerNoticeGiven, boolean calendarDueDateAgreed,
                      long referenceNumber, Instant createdAt) {

        static Row read(java.sql.ResultSet rs) throws java.sql.SQLException {
            return new Row(ClaimRows.facts(rs), ClaimRows.debtor(rs), rs.getBoolean("consumer_notice_given"),
                    rs.getBoolean("calendar_due_date_agreed"), rs.getLong("reference_number"),
                    rs.getTimestamp("created_at").toInstant());
        }
    }

    /** A new claim ready to insert, with the ids and dates decided by the intake. */
    public record Insert(UUID id, UUID debtorId, NewClaim claim, LocalDate defaultSince, String defaultRule) {
    }

    public Map<String, Existing> findByInvoiceNumbers(CreditorId creditor, Collection<String> invoiceNumbers) {
        Map<String, Existing> found = new HashMap<>();
        // A join with unnest() uses the unique index on both H2 and PostgreSQL; "= any(...)" does not on H2.
        jdbc.sql("select c.id, c.invoice_number, c.content_hash from unnest(:numbers) as wanted(number) "
                        + "join claim c on c.creditor_id = :creditor and c.invoice_number = wanted.number")
                .param("creditor", creditor.value())
                .param("numbers", invoiceNumbers.toArray(String[]::new))
                .query(rs -> {
                    found.put(rs.getString(2), new Existing(new ClaimId(rs.getObject(1, UUID.class)), rs.getString(3)));
                });
        return found;
    }

    public void insertAll(CreditorId creditor, List<Insert> claims, Instant now, String actor) {
        Timestamp timestamp = Timestamp.from(now);
        template.batchUpdate("""
                insert into claim (id, creditor_id, debtor_id, invoice_number, invoice_date, due_date, currency, amount,
                    consumer_notice_given, calendar_due_date_agreed, status, dunning_level, default_since, default_rule,
                    principal_open, interest_open, fees_open, costs_open, paid_total, interest_posted_through,
                    last_posting_date, content_hash, version, created_at, updated_at, reference_number, next_dunning_on,
                    invoice_key, invoice_digits)
                values (?, ?, ?, ?, ?, ?, 'EUR', ?, ?, ?, 'OPEN', 0, ?, ?, ?, 0, 0, 0, 0, null, ?, ?, 0, ?, ?,
                    nextval('claim_reference_number'), ?, ?, ?)""",
                claims, BATCH_SIZE, (PreparedStatement ps, Insert insert) -> {
                    NewClaim c = insert.claim();
                    ps.setObject(1, insert.id());
                    ps.setObject(2, creditor.value());
                    ps.setObject(3, insert.debtorId());
                    ps.setString(4, c.invoiceNumber());
                    ps.setObject(5, c.invoiceDate());
                    ps.setObject(6, c.dueDate());
                    ps.setBigDecimal(7, c.amount().amount());
                    ps.setBoolean(8, c.consumerNoticeGiven());
                    ps.setBoolean(9, c.calendarDueDateAgreed());
                    Jdbc.date(ps, 10, insert.defaultSince());
                    ps.setString(11, insert.defaultRule());
                    ps.setBigDecimal(12, c.amount().amount());
                    ps.setObject(13, c.invoiceDate());
                    ps.setString(14, c.contentHash());
                    ps.setTimestamp(15, timestamp);
                    ps.setTimestamp(16, timestamp);
                    ps.setObject(17, c.dueDate());
                    ps.setString(18, MatchKeys.invoiceKey(c.invoiceNumber()));
                    ps.setString(19, MatchKeys.invoiceDigits(c.invoiceNumber()));
                });
        List<PostingInsert> postings = new ArrayList<>(claims.size());
        for (Insert insert : claims) {
            UUID entry = de.kulant.platform.Ids.next();
            postings.add(new PostingInsert(insert.id(), new Posting(entry, entry, PostingKind.CLAIM, Bucket.PRINCIPAL,
                    insert.claim().amount(), insert.claim().invoiceDate(), null, null, insert.claim().invoiceNumber(),
                    null)));
        }
        insertPostings(creditor, postings, now, actor);
    }

    record PostingInsert(UUID claimId, Posting posting) {
    }

    void insertPostings(CreditorId creditor, List<PostingInsert> postings, Instant now, String actor) {
        bulk.insert("ledger_posting", List.of("id", "creditor_id", "claim_id", "entry_id", "kind", "bucket", "amount",
                "booking_date", "period_from", "period_to", "reference", "note", "created_at", "created_by"),
                postings.stream().map(insert -> {
                    Posting p = insert.posting();
                    return new Object[] {p.id(), creditor.value(), insert.claimId(), p.entryId(), p.kind().name(),
                            p.bucket().name(), p.amount().amount(), p.bookingDate(), p.periodFrom(), p.periodTo(),
                            p.reference(), p.note(), now, actor};
                }).toList());
    }

    /** Loads a claim to change it, locking its row until the transaction ends. */
    public Optional<Claim> loadForUpdate(CreditorId creditor, ClaimId id) {
        Optional<UUID> locked = jdbc.sql("select id from claim where id = :id and creditor_id = :creditor for update")
                .param("id", id.value())
                .param("creditor", creditor.value())
                .query(UUID.class)
                .optional();
        return locked.flatMap(ignored -> row(creditor, id)).map(row -> new Claim(row.facts()));
    }

    /** Loads several claims to change them, locking their rows in id order (so two batches cannot deadlock). */
    public Map<ClaimId, Claim> loadAllForUpdate(Collection<ClaimId> ids) {
        Map<ClaimId, Claim> loaded = new HashMap<>();
        if (ids.isEmpty()) {
            return loaded;
        }
        UUID[] wanted = ids.stream().map(ClaimId::value).distinct().sorted().toArray(UUID[]::new);
        jdbc.sql("select id from claim where id = any(:ids) order by id for update").param("ids", wanted)
                .query(UUID.class).list();
        jdbc.sql("select " + ClaimRows.COLUMNS + " from claim c join debtor d on d.id = c.debtor_id where c.id = any(:ids)")
                .param("ids", wanted)
                .query((rs, n) -> new Claim(ClaimRows.facts(rs)))
                .list()
                .forEach(claim -> loaded.put(claim.facts().id(), claim));
        return loaded;
    }

    /** {@link #save} for many claims: their postings in one batch, their cached balances in another. */
    public void saveAll(Collection<Claim> changed, Instant now, String actor) {
        Map<CreditorId, List<PostingInsert>> postings = new HashMap<>();
        for (Claim claim : changed) {
            ClaimFacts f = claim.facts();
            List<PostingInsert> own = postings.computeIfAbsent(f.creditorId(), k -> new ArrayList<>());
            claim.newPostings().forEach(p -> own.add(new PostingInsert(f.id().value(), p)));
        }
        postings.forEach((creditor, list) -> insertPostings(creditor, list, now, actor));
        if (changed.isEmpty()) {
            return;
        }
        // one statement for all claims: a batch of single-row updates costs a round of planning per row
        List<Claim> claims = new ArrayList<>(changed);
        int n = claims.size();
        UUID[] ids = new UUID[n];
        UUID[] creditors = new UUID[n];
        Integer[] versions = new Integer[n];
        String[] statuses = new String[n];
        String[] principal = new String[n];
        String[] interest = new String[n];
        String[] fees = new String[n];
        String[] costs = new String[n];
        String[] paid = new String[n];
        String[] postedThrough = new String[n];
        String[] lastPosting = new String[n];
        for (int i = 0; i < n; i++) {
            ClaimFacts f = claims.get(i).facts();
            ids[i] = f.id().value();
            creditors[i] = f.creditorId().value();
            versions[i] = f.version();
            statuses[i] = f.status().name();
            principal[i] = f.open().principal().toPlainString();
            interest[i] = f.open().interest().toPlainString();
            fees[i] = f.open().fees().toPlainString();
            costs[i] = f.open().costs().toPlainString();
            paid[i] = f.paidTotal().toPlainString();
            postedThrough[i] = f.interestPostedThrough() == null ? null : f.interestPostedThrough().toString();
            lastPosting[i] = f.lastPostingDate().toString();
        }
        int updated = jdbc.sql("""
                        merge into claim c
                        using (select * from unnest(:ids, :creditors, :versions, :statuses, :principal, :interest, :fees,
                                   :costs, :paid, :postedThrough, :lastPosting)
                               as v(id, creditor_id, version, status, principal, interest, fees, costs, paid,
                                    posted_through, last_posting)) v
                        on c.id = v.id and c.creditor_id = v.creditor_id and c.version = v.version
                        when matched then update set status = v.status,
                            principal_open = cast(v.principal as numeric(19, 2)),
                            interest_open = cast(v.interest as numeric(19, 2)),
                            fees_open = cast(v.fees as numeric(19, 2)), costs_open = cast(v.costs as numeric(19, 2)),
                            paid_total = cast(v.paid as numeric(19, 2)),
                            interest_posted_through = cast(v.posted_through as date),
                            last_posting_date = cast(v.last_posting as date), version = c.version + 1,
                            updated_at = :now""")
                .param("ids", ids).param("creditors", creditors).param("versions", versions).param("statuses", statuses)
                .param("principal", principal).param("interest", interest).param("fees", fees).param("costs", costs)
                .param("paid", paid).param("postedThrough", postedThrough).param("lastPosting", lastPosting)
                .param("now", Timestamp.from(now))
                .update();
        if (updated != n) {
            throw new OptimisticLockingFailureException((n - updated) + " claims were changed concurrently");
        }
    }

    /** Appends the claim's new postings and stores its new cached balance in the same transaction. */
    public void save(Claim claim, Instant now, String actor) {
        ClaimFacts f = claim.facts();
        insertPostings(f.creditorId(), claim.newPostings().stream().map(p -> new PostingInsert(f.id().value(), p)).toList(),
                now, actor);
        int updated = jdbc.sql("""
                        update claim set status = :status, principal_open = :principal, interest_open = :interest,
                            fees_open = :fees, costs_open = :costs, paid_total = :paid,
                            interest_posted_through = :postedThrough, last_posting_date = :lastPosting,
                            version = version + 1, updated_at = :now
                        where id = :id and creditor_id = :creditor and version = :version""")
                .param("status", f.status().name())
                .param("principal", f.open().principal().amount())
                .param("interest", f.open().interest().amount())
                .param("fees", f.open().fees().amount())
                .param("costs", f.open().costs().amount())
                .param("paid", f.paidTotal().amount())
                .param("postedThrough", f.interestPostedThrough())
                .param("lastPosting", f.lastPostingDate())
                .param("now", Timestamp.from(now))
                .param("id", f.id().value())
                .param("creditor", f.creditorId().value())
                .param("version", f.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("claim " + f.id() + " was changed concurrently");
        }
    }

    /** One claim with its debtor; {@code creditor} null only for staff, who see every tenant. */
    public Optional<Row> row(CreditorId creditor, ClaimId id) {
        return jdbc.sql("select " + ClaimRows.COLUMNS + " from claim c join debtor d on d.id = c.debtor_id "
                        + "where c.id = :id" + (creditor == null ? "" : " and c.creditor_id = :creditor"))
                .params(params(creditor, Map.of("id", id.value())))
                .query((rs, n) -> Row.read(rs))
                .optional();
    }

    /** Debtors by id, each only if it belongs to the creditor given with it. */
    public Map<de.kulant.claims.DebtorId, DebtorView> debtors(Map<de.kulant.claims.DebtorId, CreditorId> wanted) {
        Map<de.kulant.claims.DebtorId, DebtorView> found = new HashMap<>();
        if (wanted.isEmpty()) {
            return found;
        }
        List<Map.Entry<de.kulant.claims.DebtorId, CreditorId>> entries = new ArrayList<>(wanted.entrySet());
        jdbc.sql("""
                        select d.id as debtor_id, d.kind, d.customer_number, d.name, d.email, d.phone, d.street,
                               d.postal_code, d.city, d.country, d.customer_tag
                        from unnest(:ids, :creditors) as wanted(id, creditor_id)
                        join debtor d on d.id = wanted.id and d.creditor_id = wanted.creditor_id""")
                .param("ids", entries.stream().map(e -> e.getKey().value()).toArray(UUID[]::new))
                .param("creditors", entries.stream().map(e -> e.getValue().value()).toArray(UUID[]::new))
                .query((rs, n) -> ClaimRows.debtor(rs)).list()
                .forEach(debtor -> found.put(debtor.id(), debtor));
        return found;
    }

    public List<Row> page(ClaimFilter filter, PageRequest page, boolean newestDueFirst) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        params.put("limit", page.size());
        params.put("offset", page.offset());
        String order = newestDueFirst ? "c.due_date desc, c.invoice_number" : "c.id";
        return jdbc.sql("select " + ClaimRows.COLUMNS + " from claim c join debtor d on d.id = c.debtor_id" + where
                        + " order by " + order + " limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> Row.read(rs))
                .list();
    }

    public long count(ClaimFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        return jdbc.sql("select count(*) from claim c join debtor d on d.id = c.debtor_id" + where)
                .params(params).query(Long.class).single();
    }

    private static String where(ClaimFilter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (filter.creditor() != null) {
            conditions.add("c.creditor_id = :creditor");
            params.put("creditor", filter.creditor().value());
        }
        if (filter.status() != null) {
            conditions.add("c.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.invoiceNumber() != null) {
            conditions.add("c.invoice_number = :invoiceNumber");
            params.put("invoiceNumber", filter.invoiceNumber());
        }
        if (filter.customerNumber() != null) {
            conditions.add("d.customer_number = :customerNumber");
            params.put("customerNumber", filter.customerNumber());
        }
        if (filter.dueBefore() != null) {
            conditions.add("c.due_date < :dueBefore");
            params.put("dueBefore", filter.dueBefore());
        }
        if (filter.search() != null && !filter.search().isBlank()) {
            conditions.add("(lower(c.invoice_number) like :search or lower(d.name) like :search "
                    + "or lower(d.customer_number) like :search)");
            params.put("search", "%" + filter.search().strip().toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** The claim's ledger, oldest first; up to {@code asOf} when given. */
    public List<Posting> postings(CreditorId creditor, ClaimId id, LocalDate asOf) {
        return postingViews(creditor, id, asOf).stream()
                .map(v -> new Posting(v.id(), v.entryId(), PostingKind.valueOf(v.kind()), Bucket.valueOf(v.bucket()),
                        v.amount(), v.bookingDate(), v.periodFrom(), v.periodTo(), v.reference(), v.note()))
                .toList();
    }

    /** The postings up to {@code asOf} of several claims at once, oldest first per claim. */
    public Map<ClaimId, List<Posting>> postingsUpTo(Collection<ClaimId> claims, LocalDate asOf) {
        Map<ClaimId, List<Posting>> result = new HashMap<>();
        if (claims.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        select p.claim_id, p.id, p.entry_id, p.kind, p.bucket, p.amount, p.booking_date, p.period_from,
                               p.period_to, p.reference, p.note
                        from unnest(:claims) as wanted(claim_id) join ledger_posting p on p.claim_id = wanted.claim_id
                        where p.booking_date <= :asOf order by p.booking_date, p.id""")
                .param("claims", claims.stream().map(ClaimId::value).toArray(UUID[]::new))
                .param("asOf", asOf)
                .query(rs -> {
                    result.computeIfAbsent(new ClaimId(rs.getObject(1, UUID.class)), k -> new ArrayList<>())
                            .add(new Posting(rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                                    PostingKind.valueOf(rs.getString(4)), Bucket.valueOf(rs.getString(5)),
                                    Money.eur(rs.getBigDecimal(6)), rs.getObject(7, LocalDate.class),
                                    rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class),
                                    rs.getString(10), rs.getString(11)));
                });
        return result;
    }

    public List<PostingView> postingViews(CreditorId creditor, ClaimId id, LocalDate asOf) {
        return jdbc.sql("""
                        select id, entry_id, kind, bucket, amount, booking_date, period_from, period_to, reference, note,
                               created_at, created_by
                        from ledger_posting where claim_id = :claim and creditor_id = :creditor"""
                        + (asOf == null ? "" : " and booking_date <= :asOf") + " order by booking_date, id")
                .params(params(creditor, asOf == null ? Map.of("claim", id.value()) : Map.of("claim", id.value(), "asOf", asOf)))
                .query((rs, n) -> new PostingView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), Money.eur(rs.getBigDecimal(5)),
                        rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                        rs.getObject(8, LocalDate.class), rs.getString(9), rs.getString(10),
                        rs.getTimestamp(11).toInstant(), rs.getString(12)))
                .list();
    }

    private static Map<String, Object> params(CreditorId creditor, Map<String, Object> base) {
        Map<String, Object> params = new HashMap<>(base);
        if (creditor != null) {
            params.put("creditor", creditor.value());
        }
        return params;
    }

    /** Sums each claim's ledger per bucket: for checks that the cached balance equals the ledger. */
    public Map<ClaimId, OpenBuckets> ledgerSums(CreditorId creditor) {
        Map<ClaimId, OpenBuckets> sums = new HashMap<>();
        jdbc.sql("select claim_id, bucket, sum(amount) from ledger_posting where creditor_id = :creditor "
                        + "group by claim_id, bucket")
                .param("creditor", creditor.value())
                .query(rs -> {
                    ClaimId claim = new ClaimId(rs.getObject(1, UUID.class));
                    sums.merge(claim, OpenBuckets.zero().plus(Bucket.valueOf(rs.getString(2)), Money.eur(rs.getBigDecimal(3))),
                            (a, b) -> new OpenBuckets(a.principal().plus(b.principal()), a.interest().plus(b.interest()),
                                    a.fees().plus(b.fees()), a.costs().plus(b.costs())));
                });
        return sums;
    }
}
