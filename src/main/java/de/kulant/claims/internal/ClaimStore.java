package de.kulant.claims.internal;

import de.kulant.claims.ClaimAsOf;
import de.kulant.claims.ClaimId;
import de.kulant.claims.DebtorView;
import de.kulant.claims.PaymentId;
import de.kulant.claims.PostingSource;
import de.kulant.claims.PostingView;
import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reading the {@code claim} and {@code ledger_posting} tables (the {@link Ledger} writes them). Every query names its tenant. */
@Repository
public class ClaimStore {

    private final JdbcClient jdbc;

    ClaimStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** One claim with its debtor; {@code creditor} null only for staff, who see every tenant. */
    public Optional<Row> row(CreditorId creditor, ClaimId id) {
        return jdbc.sql("select " + ClaimRows.COLUMNS + " from claim c join debtor d on d.id = c.debtor_id "
                        + "where c.id = :id" + (creditor == null ? "" : " and c.creditor_id = :creditor"))
                .params(params(creditor, Map.of("id", id.value())))
                .query((rs, n) -> Row.read(rs))
                .optional();
    }

    /** Several claims at once, each only if it belongs to the creditor given with it: one query. */
    public List<Row> rows(Map<ClaimId, CreditorId> wanted) {
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<Map.Entry<ClaimId, CreditorId>> entries = new ArrayList<>(wanted.entrySet());
        return jdbc.sql("select " + ClaimRows.COLUMNS + " from unnest(:ids, :creditors) as wanted(id, creditor_id)"
                        + " join claim c on c.id = wanted.id and c.creditor_id = wanted.creditor_id"
                        + " join debtor d on d.id = c.debtor_id")
                .param("ids", entries.stream().map(e -> e.getKey().value()).toArray(UUID[]::new))
                .param("creditors", entries.stream().map(e -> e.getValue().value()).toArray(UUID[]::new))
                .query((rs, n) -> Row.read(rs))
                .list();
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
                               d.postal_code, d.city, d.country, d.customer_tag, d.preferred_channel
                        from unnest(:ids, :creditors) as wanted(id, creditor_id)
                        join debtor d on d.id = wanted.id and d.creditor_id = wanted.creditor_id""")
                .param("ids", entries.stream().map(e -> e.getKey().value()).toArray(UUID[]::new))
                .param("creditors", entries.stream().map(e -> e.getValue().value()).toArray(UUID[]::new))
                .query((rs, n) -> ClaimRows.debtor(rs)).list()
                .forEach(debtor -> found.put(debtor.id(), debtor));
        return found;
    }

    /** The claim's ledger, oldest first; up to {@code asOf} when given. */
    public List<Posting> postings(CreditorId creditor, ClaimId id, LocalDate asOf) {
        return postingViews(creditor, id, asOf).stream()
                .map(v -> new Posting(v.id(), v.entryId(), PostingKind.valueOf(v.kind()), Bucket.valueOf(v.bucket()),
                        v.amount(), v.bookingDate(), v.periodFrom(), v.periodTo(), v.reference(), v.note(), v.source()))
                .toList();
    }

    /** The §288 Abs. 5 BGB flat fees charged on each of these claims (those without one are left out). */
    public Map<ClaimId, Money> flatFees(Collection<ClaimId> ids) {
        Map<ClaimId, Money> fees = new HashMap<>();
        if (ids.isEmpty()) {
            return fees;
        }
        jdbc.sql("select claim_id, sum(amount) from ledger_posting where claim_id = any(:ids) and kind = 'FEE' "
                        + "and note = :basis group by claim_id")
                .param("ids", ids.stream().map(ClaimId::value).distinct().toArray(UUID[]::new))
                .param("basis", de.kulant.law.FlatFee.BASIS)
                .query(rs -> {
                    Money fee = Money.eur(rs.getBigDecimal(2));
                    if (fee.isPositive()) {
                        fees.put(new ClaimId(rs.getObject(1, UUID.class)), fee);
                    }
                });
        return fees;
    }

    /**
     * The postings of several claims at once, each up to its date, oldest first; a claim that does not belong to the
     * creditor given with it has none. One query.
     */
    public Map<ClaimAsOf, List<Posting>> postingsUpTo(List<ClaimAsOf> wanted) {
        Map<ClaimAsOf, List<Posting>> result = new HashMap<>();
        if (wanted.isEmpty()) {
            return result;
        }
        List<ClaimAsOf> distinct = List.copyOf(new java.util.LinkedHashSet<>(wanted));
        jdbc.sql("""
                        select wanted.claim_id, wanted.creditor_id, wanted.as_of, p.id, p.entry_id, p.kind, p.bucket,
                               p.amount, p.booking_date, p.period_from, p.period_to, p.reference, p.note, p.source_kind,
                               p.source_id
                        from unnest(:claims, :creditors, :asOf) as wanted(claim_id, creditor_id, as_of)
                        join ledger_posting p on p.claim_id = wanted.claim_id and p.creditor_id = wanted.creditor_id
                        where p.booking_date <= cast(wanted.as_of as date) order by p.booking_date, p.id""")
                .param("claims", distinct.stream().map(w -> w.claim().value()).toArray(UUID[]::new))
                .param("creditors", distinct.stream().map(w -> w.creditor().value()).toArray(UUID[]::new))
                .param("asOf", distinct.stream().map(w -> w.asOf().toString()).toArray(String[]::new))
                .query(rs -> {
                    ClaimAsOf key = new ClaimAsOf(new ClaimId(rs.getObject(1, UUID.class)),
                            new CreditorId(rs.getObject(2, UUID.class)), LocalDate.parse(rs.getString(3)));
                    result.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(new Posting(rs.getObject(4, UUID.class), rs.getObject(5, UUID.class),
                                    PostingKind.valueOf(rs.getString(6)), Bucket.valueOf(rs.getString(7)),
                                    Money.eur(rs.getBigDecimal(8)), rs.getObject(9, LocalDate.class),
                                    rs.getObject(10, LocalDate.class), rs.getObject(11, LocalDate.class),
                                    rs.getString(12), rs.getString(13), source(rs.getString(14),
                                    rs.getObject(15, UUID.class))));
                });
        return result;
    }

    public List<PostingView> postingViews(CreditorId creditor, ClaimId id, LocalDate asOf) {
        return jdbc.sql("""
                        select id, entry_id, kind, bucket, amount, booking_date, period_from, period_to, reference, note,
                               created_at, created_by, source_kind, source_id
                        from ledger_posting where claim_id = :claim and creditor_id = :creditor"""
                        + (asOf == null ? "" : " and booking_date <= :asOf") + " order by booking_date, id")
                .params(params(creditor, asOf == null ? Map.of("claim", id.value()) : Map.of("claim", id.value(), "asOf", asOf)))
                .query((rs, n) -> new PostingView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), Money.eur(rs.getBigDecimal(5)),
                        rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                        rs.getObject(8, LocalDate.class), rs.getString(9), rs.getString(10),
                        rs.getTimestamp(11).toInstant(), rs.getString(12),
                        source(rs.getString(13), rs.getObject(14, UUID.class))))
                .list();
    }

    /**
     * What payments put into each claim's buckets, read from the ledger by the payments' source: their PAYMENT
     * postings less what PAYMENT_RETURNED postings of the same source took back. Only the creditor's own claims.
     */
    public Map<PaymentId, Map<ClaimId, OpenBuckets>> paidBy(CreditorId creditor, Collection<PaymentId> payments) {
        Map<PaymentId, Map<ClaimId, OpenBuckets>> paid = new HashMap<>();
        if (payments.isEmpty()) {
            return paid;
        }
        jdbc.sql("""
                        select p.source_id, p.claim_id, p.bucket, sum(p.amount)
                        from unnest(:payments) as wanted(id) join ledger_posting p on p.source_id = wanted.id
                        where p.source_kind = 'PAYMENT' and p.kind in ('PAYMENT', 'PAYMENT_RETURNED')
                            and p.creditor_id = :creditor
                        group by p.source_id, p.claim_id, p.bucket""")
                .param("payments", payments.stream().map(PaymentId::value).toArray(UUID[]::new))
                .param("creditor", creditor.value())
                .query(rs -> {
                    paid.computeIfAbsent(new PaymentId(rs.getObject(1, UUID.class)), k -> new HashMap<>())
                            .merge(new ClaimId(rs.getObject(2, UUID.class)), OpenBuckets.zero()
                                            .plus(Bucket.valueOf(rs.getString(3)), Money.eur(rs.getBigDecimal(4)).negate()),
                                    OpenBuckets::plusAll);
                });
        return paid;
    }

    private static PostingSource source(String kind, UUID id) {
        return kind == null ? null : new PostingSource(PostingSource.Kind.valueOf(kind), id);
    }

    private static Map<String, Object> params(CreditorId creditor, Map<String, Object> base) {
        Map<String, Object> params = new HashMap<>(base);
        if (creditor != null) {
            params.put("creditor", creditor.value());
        }
        return params;
    }
}
