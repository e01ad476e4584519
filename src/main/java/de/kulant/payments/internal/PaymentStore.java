package de.kulant.payments.internal;

import de.kulant.payments.PaymentCursor;
import de.kulant.payments.PaymentKind;
import de.kulant.payments.PaymentStatus;
import de.kulant.payments.PaymentView;
import de.kulant.payments.Reason;
import de.kulant.platform.BulkInsert;
import de.kulant.platform.CreditorId;
import de.kulant.platform.ListOrder;
import de.kulant.platform.SortColumns;
import de.kulant.platform.money.Money;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Payments (table {@code payment}): each credit, return or debit of a statement and what became of it; every read is
 * scoped by creditor unless staff read all.
 */
@Repository
public class PaymentStore {


    private final JdbcClient jdbc;
    private final BulkInsert bulk;
    private final AllocationStore allocations;

    PaymentStore(JdbcClient jdbc, BulkInsert bulk, AllocationStore allocations) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.allocations = allocations;
    }

    public record PaymentRow(UUID id, UUID entryId, UUID statementId, CreditorId creditor, String accountIban,
                             PaymentKind kind, BigDecimal amount, LocalDate bookingDate, String endToEndId,
                             String bankReference, String mandateId, String payerName, String payerIban,
                             String remittance, String creditorReference, String returnReason, PaymentStatus status,
                             BigDecimal confidence, String reason, UUID returnsPaymentId) {

        public PaymentRow with(PaymentStatus newStatus, CreditorId matchedCreditor, BigDecimal newConfidence,
                               String newReason) {
            return new PaymentRow(id, entryId, statementId, creditor != null ? creditor : matchedCreditor, accountIban,
                    kind, amount, bookingDate, endToEndId, bankReference, mandateId, payerName, payerIban, remittance,
                    creditorReference, returnReason, newStatus, newConfidence, newReason, returnsPaymentId);
        }

        /** This return, booked against the payment it takes back. */
        public PaymentRow returning(UUID original, CreditorId originalCreditor) {
            return new PaymentRow(id, entryId, statementId, creditor != null ? creditor : originalCreditor, accountIban,
                    kind, amount, bookingDate, endToEndId, bankReference, mandateId, payerName, payerIban, remittance,
                    creditorReference, returnReason, PaymentStatus.BOOKED, null, Reason.of("returned").encode(), original);
        }
    }

    /** A booked credit that a return may take back. */
    public record Original(UUID id, CreditorId creditor, BigDecimal amount, LocalDate bookingDate, String endToEndId,
                           String mandateId, String payerIban) {
    }

    /** Payments by status, for the counters on the overview. */
    public Map<PaymentStatus, Long> countsByStatus(CreditorId scope) {
        Map<PaymentStatus, Long> counts = new EnumMap<>(PaymentStatus.class);
        var spec = jdbc.sql("select status, count(*) from payment"
                + (scope == null ? "" : " where creditor_id = :creditor") + " group by status");
        if (scope != null) {
            spec = spec.param("creditor", scope.value());
        }
        spec.query(rs -> {
            counts.put(PaymentStatus.valueOf(rs.getString(1)), rs.getLong(2));
        });
        return counts;
    }

    public void insertPayments(List<PaymentRow> rows, Instant now) {
        bulk.insert("payment", List.of("id", "entry_id", "statement_id", "creditor_id", "account_iban", "kind", "amount",
                "booking_date", "end_to_end_id", "bank_reference", "mandate_id", "payer_name", "payer_iban", "remittance",
                "creditor_reference", "return_reason", "status", "confidence", "reason", "returns_payment_id",
                "created_at"), rows.stream().map(r -> new Object[] {r.id(), r.entryId(), r.statementId(),
                r.creditor() == null ? null : r.creditor().value(), r.accountIban(), r.kind().name(), r.amount(),
                r.bookingDate(), cut(r.endToEndId(), 140), cut(r.bankReference(), 140), cut(r.mandateId(), 140),
                cut(r.payerName(), 140), cut(r.payerIban(), 34), cut(r.remittance(), 1000),
                cut(r.creditorReference(), 40), cut(r.returnReason(), 35), r.status().name(), r.confidence(),
                cut(r.reason(), 500), r.returnsPaymentId(), now}).toList());
    }

    /**
     * The booked credits of an account that returns may take back: those with one of these end-to-end ids or
     * mandates, or from one of these payer IBANs, newest first: one query per kind of key for all returns of a chunk.
     */
    public List<Original> returnable(String accountIban, Collection<String> endToEndIds, Collection<String> mandateIds,
                                     Collection<String> payerIbans) {
        // one query per key, each on its own index; an OR of the three would scan the table
        Map<UUID, Original> found = new LinkedHashMap<>();
        for (var key : List.of(Map.entry("end_to_end_id", endToEndIds), Map.entry("mandate_id", mandateIds),
                Map.entry("payer_iban", payerIbans))) {
            if (key.getValue().isEmpty()) {
                continue;
            }
            jdbc.sql("select id, creditor_id, amount, booking_date, end_to_end_id, mandate_id, payer_iban from payment"
                            + " where account_iban = :iban and " + key.getKey() + " = any(:values)"
                            + " and kind = 'CREDIT' and status = 'BOOKED'")
                    .param("iban", accountIban).param("values", key.getValue().toArray(String[]::new))
                    .query((rs, n) -> {
                        UUID creditor = rs.getObject(2, UUID.class);
                        return new Original(rs.getObject(1, UUID.class),
                                creditor == null ? null : new CreditorId(creditor), rs.getBigDecimal(3),
                                rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7));
                    })
                    .list().forEach(o -> found.putIfAbsent(o.id(), o));
        }
        List<Original> newestFirst = new ArrayList<>(found.values());
        newestFirst.sort(Comparator.comparing(Original::bookingDate).thenComparing(Original::id).reversed());
        return newestFirst;
    }

    /** Marks booked credits as returned; the number of credits so marked. */
    public int markReturned(Collection<UUID> originals) {
        if (originals.isEmpty()) {
            return 0;
        }
        UUID[] ids = originals.toArray(UUID[]::new);
        return jdbc.sql("update payment set status = 'RETURNED' where id = any(:ids) and status = 'BOOKED'")
                .param("ids", ids).update();
    }

    /** A booked credit waits for a person again; false when it is no longer booked. */
    public boolean markUnassigned(UUID id, CreditorId owner, String reason, String actor, Instant now) {
        return jdbc.sql("""
                        update payment set status = 'UNMATCHED', creditor_id = :owner, confidence = null,
                            reason = :reason, decided_by = :actor, decided_at = :now
                        where id = :id and status = 'BOOKED' and kind = 'CREDIT'""")
                .param("owner", owner == null ? null : owner.value(), Types.OTHER).param("reason", cut(reason, 500))
                .param("actor", actor).param("now", Timestamp.from(now)).param("id", id)
                .update() == 1;
    }

    /** A person's choice of the credit a waiting return takes back; false when the return no longer waits. */
    public boolean decideReturn(UUID id, UUID original, CreditorId creditor, String reason, String actor, Instant now) {
        return jdbc.sql("""
                        update payment set status = 'BOOKED', returns_payment_id = :original,
                            creditor_id = coalesce(creditor_id, :creditor), reason = :reason, decided_by = :actor,
                            decided_at = :now
                        where id = :id and status = 'UNMATCHED' and kind = 'RETURN'""")
                .param("original", original).param("creditor", creditor == null ? null : creditor.value(), Types.OTHER)
                .param("reason", cut(reason, 500)).param("actor", actor).param("now", Timestamp.from(now))
                .param("id", id)
                .update() == 1;
    }

    /**
     * Booked credits of an account a waiting return may take back, newest first: those from the same payer IBAN,
     * end-to-end id or mandate, and those whose payer name contains {@code text} or whose amount is {@code amount}.
     */
    public List<PaymentView> returnCandidates(CreditorId scope, String accountIban, LocalDate until, Collection<String> keys,
                                              String text, BigDecimal amount, int limit) {
        Map<String, Object> params = new HashMap<>();
        List<String> conditions = new ArrayList<>();
        if (!keys.isEmpty()) {
            params.put("keys", keys.toArray(String[]::new));
            conditions.add("payer_iban = any(:keys) or end_to_end_id = any(:keys) or mandate_id = any(:keys)");
        }
        if (text != null && !text.isBlank()) {
            params.put("name", "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
            conditions.add("lower(payer_name) like :name");
        }
        if (amount != null) {
            params.put("amount", amount);
            conditions.add("amount = :amount");
        }
        if (conditions.isEmpty()) {
            return List.of();
        }
        params.put("iban", accountIban);
        params.put("until", until);
        params.put("limit", limit);
        String sql = "select " + VIEW_COLUMNS + " from payment where account_iban = :iban and kind = 'CREDIT'"
                + " and status = 'BOOKED' and booking_date <= :until and (" + String.join(" or ", conditions) + ")";
        if (scope != null) {
            sql += " and creditor_id = :creditor";
            params.put("creditor", scope.value());
        }
        List<PaymentView> views = jdbc.sql(sql + " order by booking_date desc, id desc limit :limit").params(params)
                .query((rs, n) -> view(rs, List.of())).list();
        return withShares(views);
    }

    /** Where a payment came from, for paying it back. */
    public record Origin(UUID id, String accountIban, CreditorId creditor, String payerName, String payerIban,
                         LocalDate bookingDate) {
    }

    public Map<UUID, Origin> origins(Collection<UUID> paymentIds) {
        Map<UUID, Origin> result = new HashMap<>();
        if (paymentIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select id, account_iban, creditor_id, payer_name, payer_iban, booking_date from payment"
                        + " where id = any(:ids)")
                .param("ids", paymentIds.toArray(UUID[]::new))
                .query(rs -> {
                    UUID creditor = rs.getObject(3, UUID.class);
                    result.put(rs.getObject(1, UUID.class), new Origin(rs.getObject(1, UUID.class), rs.getString(2),
                            creditor == null ? null : new CreditorId(creditor), rs.getString(4), rs.getString(5),
                            rs.getObject(6, LocalDate.class)));
                });
        return result;
    }

    /** Payments that were not ours and are now paid back; the number so marked. */
    public int markRefunded(Collection<UUID> paymentIds, String actor, Instant now) {
        if (paymentIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("update payment set status = 'REFUNDED', decided_by = :actor, decided_at = :now"
                        + " where id = any(:ids) and status = 'NOT_OURS'")
                .param("ids", paymentIds.toArray(UUID[]::new)).param("actor", actor).param("now", Timestamp.from(now))
                .update();
    }

    /** Records a person's decision on a waiting payment; false when it no longer waits (decided meanwhile). */
    public boolean decide(UUID id, PaymentStatus from, PaymentStatus to, CreditorId creditor, String reason,
                          String actor, Instant now) {
        return jdbc.sql("""
                        update payment set status = :to, creditor_id = coalesce(creditor_id, :creditor), reason = :reason,
                            decided_by = :actor, decided_at = :now
                        where id = :id and status = :from""")
                .param("to", to.name()).param("creditor", creditor == null ? null : creditor.value(), Types.OTHER)
                .param("reason", cut(reason, 500)).param("actor", actor).param("now", Timestamp.from(now))
                .param("id", id).param("from", from.name())
                .update() == 1;
    }

    private static final String VIEW_COLUMNS = """
            id, statement_id, creditor_id, account_iban, kind, status, amount, booking_date, payer_name, payer_iban,
            remittance, creditor_reference, end_to_end_id, return_reason, confidence, reason, created_at, decided_by,
            returns_payment_id""";

    /** One payment; {@code scope} null for staff. Another creditor's payment is not found. */
    public Optional<PaymentView> find(CreditorId scope, UUID id) {
        var spec = jdbc.sql("select " + VIEW_COLUMNS + " from payment where id = :id"
                + (scope == null ? "" : " and creditor_id = :creditor")).param("id", id);
        if (scope != null) {
            spec = spec.param("creditor", scope.value());
        }
        return spec.query((rs, n) -> view(rs, List.of())).optional()
                .map(v -> withShares(v, allocations.of(v.id())));
    }

    /** The payment lists' columns: booking date (newest first) and amount (largest first). */
    public static final SortColumns LIST_ORDER = new SortColumns("id",
            new SortColumns.Column("bookingDate", "booking_date", SortColumns.KeyType.DATE, true),
            new SortColumns.Column("amount", "amount", SortColumns.KeyType.NUMBER, true));

    /**
     * Up to {@code limit} payments in the order after the position {@code after}, or with {@code before} the ones just
     * before it (returned in the order too); {@code offset} only for page numbers.
     */
    public List<PaymentView> list(CreditorId scope, Collection<PaymentStatus> statuses, UUID statementId,
                                  ListOrder order, PaymentCursor after, PaymentCursor before, long offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(scope, statuses, statementId, params);
        PaymentCursor cursor = before != null ? before : after;
        if (cursor != null) {
            where += (where.isEmpty() ? " where " : " and ")
                    + LIST_ORDER.continuing(order, before != null, cursor.key(), cursor.id(), params);
        }
        params.put("limit", limit);
        params.put("offset", offset);
        List<PaymentView> views = new ArrayList<>(jdbc.sql("select " + VIEW_COLUMNS + " from payment" + where
                        + LIST_ORDER.orderBy(order, before != null) + " limit :limit offset :offset")
                .params(params).query((rs, n) -> view(rs, List.of())).list());
        if (before != null) {
            Collections.reverse(views);
        }
        return withShares(views);
    }

    /** How many payments the filter finds, counted up to {@code limit}. */
    public long countUpTo(CreditorId scope, Collection<PaymentStatus> statuses, UUID statementId, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(scope, statuses, statementId, params);
        params.put("limit", limit);
        return jdbc.sql("select count(*) from (select 1 from payment" + where + " limit :limit) found").params(params)
                .query(Long.class).single();
    }

    private static String where(CreditorId scope, Collection<PaymentStatus> statuses, UUID statementId,
                                Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (scope != null) {
            conditions.add("creditor_id = :creditor");
            params.put("creditor", scope.value());
        }
        if (statuses != null && !statuses.isEmpty()) {
            conditions.add("status in (:statuses)");
            params.put("statuses", statuses.stream().map(Enum::name).toList());
        }
        if (statementId != null) {
            conditions.add("statement_id = :statement");
            params.put("statement", statementId);
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /**
     * Up to {@code size} payments booked from {@code from} to {@code to} (either may be null), in booking order after
     * the position ({@code afterDate}, {@code afterId}), with their allocations: one chunk of an export.
     */
    public List<PaymentView> chunk(CreditorId scope, Collection<PaymentStatus> statuses, LocalDate from, LocalDate to,
                                   LocalDate afterDate, UUID afterId, int size) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(where(scope, statuses, null, params));
        List<String> more = new ArrayList<>();
        if (from != null) {
            more.add("booking_date >= :from");
            params.put("from", from);
        }
        if (to != null) {
            more.add("booking_date <= :to");
            params.put("to", to);
        }
        if (afterDate != null) {
            more.add("(booking_date > :afterDate or booking_date = :afterDate and id > :afterId)");
            params.put("afterDate", afterDate);
            params.put("afterId", afterId);
        }
        for (String condition : more) {
            where.append(where.isEmpty() ? " where " : " and ").append(condition);
        }
        params.put("limit", size);
        return withShares(jdbc.sql("select " + VIEW_COLUMNS + " from payment" + where
                        + " order by booking_date, id limit :limit")
                .params(params).query((rs, n) -> view(rs, List.of())).list());
    }

    /** Every payment booked on one of the claims, in booking order, with its allocations. */
    public List<PaymentView> byClaims(Collection<UUID> claims) {
        if (claims.isEmpty()) {
            return List.of();
        }
        return withShares(jdbc.sql("select " + VIEW_COLUMNS + " from payment where id in "
                        + "(select payment_id from payment_allocation where claim_id in (:claims)) order by booking_date, id")
                .param("claims", claims).query((rs, n) -> view(rs, List.of())).list());
    }

    /** The payments with what each was allocated to, read in one query. */
    private List<PaymentView> withShares(List<PaymentView> views) {
        Map<UUID, List<PaymentView.Share>> shares = allocations.of(views.stream().map(PaymentView::id).toList());
        return views.stream().map(v -> withShares(v, shares.getOrDefault(v.id(), List.of()))).toList();
    }

    private static PaymentView withShares(PaymentView v, List<PaymentView.Share> shares) {
        return new PaymentView(v.id(), v.statementId(), v.creditorId(), v.accountIban(), v.kind(), v.status(), v.amount(),
                v.bookingDate(), v.payerName(), v.payerIban(), v.remittance(), v.creditorReference(), v.endToEndId(),
                v.returnReason(), v.confidence(), v.reason(), v.createdAt(), v.decidedBy(), v.returnsPaymentId(), shares);
    }

    private static PaymentView view(ResultSet rs, List<PaymentView.Share> shares) throws SQLException {
        UUID creditor = rs.getObject(3, UUID.class);
        Timestamp created = rs.getTimestamp(17);
        return new PaymentView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                creditor == null ? null : new CreditorId(creditor), rs.getString(4), PaymentKind.valueOf(rs.getString(5)),
                PaymentStatus.valueOf(rs.getString(6)), Money.eur(rs.getBigDecimal(7)),
                rs.getObject(8, LocalDate.class), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
                rs.getString(13), rs.getString(14), rs.getBigDecimal(15), Reason.decode(rs.getString(16)),
                created == null ? null : created.toInstant(), rs.getString(18), rs.getObject(19, UUID.class), shares);
    }

    public static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
