package de.kulant.payments.internal;

import de.kulant.claims.ClaimId;
import de.kulant.claims.DebtorId;
import de.kulant.payments.PaymentKind;
import de.kulant.payments.PaymentStatus;
import de.kulant.payments.PaymentView;
import de.kulant.payments.Reason;
import de.kulant.payments.RefundTransfer;
import de.kulant.payments.StatementView;
import de.kulant.platform.BulkInsert;
import de.kulant.platform.CreditorId;
import de.kulant.platform.Ids;
import de.kulant.platform.PageRequest;
import de.kulant.platform.money.Money;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Statements, entries, payments and allocations; every read is scoped by creditor unless staff read all. */
@Repository
public class PaymentStore {


    private final JdbcClient jdbc;
    private final BulkInsert bulk;

    PaymentStore(JdbcClient jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    public record EntryRow(UUID id, UUID statementId, CreditorId creditor, String accountIban, String contentKey,
                           String bankReference, boolean credit, boolean reversal, boolean returned, BigDecimal amount,
                           String currency, LocalDate bookingDate, LocalDate valueDate, String bankCode) {
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

    public record AllocationRow(UUID paymentId, CreditorId creditor, ClaimId claim, String invoiceNumber, DebtorId debtor,
                                Money amount,
                                Money costs, Money fees, Money interest, Money principal) {
    }

    /** A booked credit that a return may take back. */
    public record Original(UUID id, CreditorId creditor, BigDecimal amount, LocalDate bookingDate, String endToEndId,
                           String mandateId, String payerIban) {
    }

    public void insertStatement(UUID id, CreditorId creditor, String fileName, String actor, Instant now) {
        jdbc.sql("""
                        insert into bank_statement (id, creditor_id, format, file_name, file_sha256, accounts, entries,
                            credits, matched, unmatched, duplicates, returns, matched_amount, imported_at, imported_by)
                        values (:id, :creditor, '-', :fileName, '-', '-', 0, 0, 0, 0, 0, 0, 0, :now, :actor)""")
                .param("id", id).param("creditor", creditor == null ? null : creditor.value(), Types.OTHER)
                .param("fileName", fileName).param("now", Timestamp.from(now)).param("actor", actor)
                .update();
    }

    public void completeStatement(UUID id, String format, String sha256, String accounts, int entries, int credits,
                                  int matched, int unmatched, int duplicates, int returns, BigDecimal matchedAmount,
                                  String warnings) {
        jdbc.sql("""
                        update bank_statement set format = :format, file_sha256 = :sha, accounts = :accounts,
                            entries = :entries, credits = :credits, matched = :matched, unmatched = :unmatched,
                            duplicates = :duplicates, returns = :returns, matched_amount = :amount, warnings = :warnings
                        where id = :id""")
                .param("format", format).param("sha", sha256).param("accounts", accounts).param("entries", entries)
                .param("credits", credits).param("matched", matched).param("unmatched", unmatched)
                .param("duplicates", duplicates).param("returns", returns).param("amount", matchedAmount)
                .param("warnings", warnings).param("id", id)
                .update();
    }

    private static final String STATEMENT_COLUMNS = """
            id, creditor_id, format, file_name, accounts, entries, credits, matched, unmatched, duplicates, returns,
            matched_amount, warnings, imported_at, imported_by""";

    /** One imported statement; another creditor's is not found. */
    public Optional<StatementView> statement(CreditorId scope, UUID id) {
        var spec = jdbc.sql("select " + STATEMENT_COLUMNS + " from bank_statement where id = :id and format <> '-'"
                + (scope == null ? "" : " and creditor_id = :creditor")).param("id", id);
        if (scope != null) {
            spec = spec.param("creditor", scope.value());
        }
        return spec.query(PaymentStore::statement).optional();
    }

    /** The latest imported statements, newest first. */
    public List<StatementView> statements(CreditorId scope, int limit) {
        var spec = jdbc.sql("select " + STATEMENT_COLUMNS + " from bank_statement where format <> '-'"
                + (scope == null ? "" : " and creditor_id = :creditor") + " order by imported_at desc, id limit :limit")
                .param("limit", limit);
        if (scope != null) {
            spec = spec.param("creditor", scope.value());
        }
        return spec.query(PaymentStore::statement).list();
    }

    private static StatementView statement(ResultSet rs, int row) throws SQLException {
        UUID creditor = rs.getObject(2, UUID.class);
        String warnings = rs.getString(13);
        return new StatementView(rs.getObject(1, UUID.class), creditor == null ? null : new CreditorId(creditor),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8),
                rs.getInt(9), rs.getInt(10), rs.getInt(11), Money.eur(rs.getBigDecimal(12)),
                warnings == null ? List.of() : Arrays.stream(warnings.split("\n")).map(Reason::decode).toList(),
                rs.getTimestamp(14).toInstant(),
                rs.getString(15));
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

    /** Of these entry keys of one account, those already stored (by content key or by the bank's reference). */
    /** An account locked for an import, with the latest booking date of its stored entries (null: none yet). */
    public record LockedAccount(LocalDate latestBooking) {
    }

    /** Locks the account's row until the transaction ends; empty if Kulant has not seen the account before. */
    public Optional<LockedAccount> lockAccount(String accountIban) {
        return jdbc.sql("select latest_booking from bank_account where iban = :iban for update")
                .param("iban", accountIban)
                .query((rs, n) -> new LockedAccount(rs.getObject(1, LocalDate.class))).optional();
    }

    /** Moves an account's latest booking date forward to {@code date}, never back. */
    public void advanceAccount(String accountIban, LocalDate date) {
        jdbc.sql("update bank_account set latest_booking = :date where iban = :iban"
                        + " and (latest_booking is null or latest_booking < :date)")
                .param("date", date).param("iban", accountIban).update();
    }

    /** Records an account seen for the first time (nothing if another import recorded it meanwhile). */
    public void addAccount(String accountIban, Instant now) {
        jdbc.sql("insert into bank_account (iban, first_seen) select :iban, :now from (values (1)) one"
                        + " where not exists (select 1 from bank_account where iban = :iban)")
                .param("iban", accountIban).param("now", Timestamp.from(now)).update();
    }

    public Set<String> known(String accountIban, Collection<String> contentKeys, Collection<String> bankReferences) {
        Set<String> found = new HashSet<>();
        if (!contentKeys.isEmpty()) {
            found.addAll(jdbc.sql("select content_key from bank_entry where account_iban = :iban and content_key = any(:keys)")
                    .param("iban", accountIban).param("keys", contentKeys.toArray(String[]::new))
                    .query(String.class).list());
        }
        if (!bankReferences.isEmpty()) {
            jdbc.sql("select bank_reference from bank_entry where account_iban = :iban and bank_reference = any(:refs)")
                    .param("iban", accountIban).param("refs", bankReferences.toArray(String[]::new))
                    .query(String.class).list()
                    .forEach(ref -> found.add("ref:" + ref));
        }
        return found;
    }

    public void insertEntries(List<EntryRow> rows) {
        bulk.insert("bank_entry", List.of("id", "statement_id", "creditor_id", "account_iban", "content_key",
                "bank_reference", "credit", "reversal", "returned", "amount", "currency", "booking_date", "value_date",
                "bank_code"), rows.stream().map(r -> new Object[] {r.id(), r.statementId(),
                r.creditor() == null ? null : r.creditor().value(), r.accountIban(), r.contentKey(), r.bankReference(),
                r.credit(), r.reversal(), r.returned(), r.amount(), r.currency(), r.bookingDate(), r.valueDate(),
                r.bankCode()}).toList());
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

    public void insertAllocations(List<AllocationRow> rows, Instant now) {
        bulk.insert("payment_allocation", List.of("id", "payment_id", "creditor_id", "claim_id", "invoice_number",
                "debtor_id", "amount", "costs", "fees", "interest", "principal", "reversed", "created_at"),
                rows.stream().map(r -> new Object[] {Ids.next(), r.paymentId(), r.creditor().value(), r.claim().value(),
                        r.invoiceNumber(), r.debtor().value(), r.amount().amount(), r.costs().amount(),
                        r.fees().amount(), r.interest().amount(), r.principal().amount(), false, now}).toList());
    }

    /** Debtors who paid from these IBANs in booked payments before, by IBAN. */
    public Map<String, Collection<DebtorId>> debtorsByIban(CreditorId scope, Collection<String> ibans) {
        Map<String, Collection<DebtorId>> result = new HashMap<>();
        if (ibans.isEmpty()) {
            return result;
        }
        var spec = jdbc.sql("select distinct p.payer_iban, a.debtor_id from payment p"
                        + " join payment_allocation a on a.payment_id = p.id"
                        + " where p.payer_iban = any(:ibans) and p.status = 'BOOKED' and not a.reversed"
                        + (scope == null ? "" : " and a.creditor_id = :creditor"))
                .param("ibans", ibans.toArray(String[]::new));
        if (scope != null) {
            spec = spec.param("creditor", scope.value());
        }
        spec.query(rs -> {
            result.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new DebtorId(rs.getObject(2, UUID.class)));
        });
        return result;
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

    public List<PaymentView.Share> allocations(UUID paymentId) {
        return allocations(List.of(paymentId)).getOrDefault(paymentId, List.of());
    }

    public Map<UUID, List<PaymentView.Share>> allocations(Collection<UUID> paymentIds) {
        Map<UUID, List<PaymentView.Share>> result = new HashMap<>();
        if (paymentIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        select payment_id, claim_id, amount, costs, fees, interest, principal, reversed, invoice_number
                        from payment_allocation where payment_id = any(:ids) order by created_at, id""")
                .param("ids", paymentIds.toArray(UUID[]::new))
                .query(rs -> {
                    result.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new PaymentView.Share(new ClaimId(rs.getObject(2, UUID.class)), rs.getString(9),
                                    Money.eur(rs.getBigDecimal(3)), Money.eur(rs.getBigDecimal(4)),
                                    Money.eur(rs.getBigDecimal(5)), Money.eur(rs.getBigDecimal(6)),
                                    Money.eur(rs.getBigDecimal(7)), rs.getBoolean(8)));
                });
        return result;
    }

    /** Marks booked credits as returned and their allocations as reversed; the number of credits so marked. */
    public int markReturned(Collection<UUID> originals) {
        if (originals.isEmpty()) {
            return 0;
        }
        UUID[] ids = originals.toArray(UUID[]::new);
        int marked = jdbc.sql("update payment set status = 'RETURNED' where id = any(:ids) and status = 'BOOKED'")
                .param("ids", ids).update();
        jdbc.sql("update payment_allocation set reversed = true where payment_id = any(:ids)").param("ids", ids).update();
        return marked;
    }

    /** A booked credit waits for a person again, its allocations reversed; false when it is no longer booked. */
    public boolean markUnassigned(UUID id, CreditorId owner, String reason, String actor, Instant now) {
        boolean waiting = jdbc.sql("""
                        update payment set status = 'UNMATCHED', creditor_id = :owner, confidence = null,
                            reason = :reason, decided_by = :actor, decided_at = :now
                        where id = :id and status = 'BOOKED' and kind = 'CREDIT'""")
                .param("owner", owner == null ? null : owner.value(), Types.OTHER).param("reason", cut(reason, 500))
                .param("actor", actor).param("now", Timestamp.from(now)).param("id", id)
                .update() == 1;
        if (waiting) {
            jdbc.sql("update payment_allocation set reversed = true where payment_id = :id").param("id", id).update();
        }
        return waiting;
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

    /** One refund in a transfer file. */
    public record RefundItemRow(UUID id, UUID paymentId, UUID creditBalanceId, String name, String iban,
                                BigDecimal amount, String endToEndId, String remittance) {
    }

    public void insertRefundBatch(UUID id, CreditorId creditor, String accountIban, String messageId,
                                  List<RefundItemRow> items, BigDecimal total, LocalDate executionDate, String document,
                                  Instant now, String actor) {
        jdbc.sql("""
                        insert into refund_batch (id, creditor_id, account_iban, message_id, items, total, execution_date,
                            document, created_at, created_by)
                        values (:id, :creditor, :iban, :message, :items, :total, :date, :document, :now, :actor)""")
                .param("id", id).param("creditor", creditor == null ? null : creditor.value(), Types.OTHER)
                .param("iban", accountIban).param("message", messageId).param("items", items.size())
                .param("total", total).param("date", executionDate).param("document", document)
                .param("now", Timestamp.from(now)).param("actor", actor)
                .update();
        bulk.insert("refund_item", List.of("id", "batch_id", "payment_id", "credit_balance_id", "name", "iban", "amount",
                "end_to_end_id", "remittance"), items.stream().map(i -> new Object[] {i.id(), id, i.paymentId(),
                i.creditBalanceId(), cut(i.name(), 140), i.iban(), i.amount(), i.endToEndId(), cut(i.remittance(), 140)})
                .toList());
    }

    private static final String BATCH_COLUMNS = "id, creditor_id, account_iban, message_id, items, total, execution_date,"
            + " created_at, created_by";

    public List<RefundTransfer> refundBatches(CreditorId scope, int limit) {
        var spec = jdbc.sql("select " + BATCH_COLUMNS + " from refund_batch"
                        + (scope == null ? "" : " where creditor_id = :creditor")
                        + " order by created_at desc, id desc limit :limit")
                .param("limit", limit);
        if (scope != null) {
            spec = spec.param("creditor", scope.value());
        }
        return spec.query((rs, n) -> refundBatch(rs)).list();
    }

    /** A refund transfer with its pain.001 document; another creditor's is not found. */
    public Optional<Map.Entry<RefundTransfer, String>> refundDocument(CreditorId scope, UUID id) {
        var spec = jdbc.sql("select " + BATCH_COLUMNS + ", document from refund_batch where id = :id"
                + (scope == null ? "" : " and creditor_id = :creditor")).param("id", id);
        if (scope != null) {
            spec = spec.param("creditor", scope.value());
        }
        return spec.query((rs, n) -> Map.entry(refundBatch(rs), rs.getString(10))).optional();
    }

    private static RefundTransfer refundBatch(ResultSet rs) throws SQLException {
        UUID creditor = rs.getObject(2, UUID.class);
        return new RefundTransfer(rs.getObject(1, UUID.class), creditor == null ? null : new CreditorId(creditor),
                rs.getString(3), rs.getString(4), rs.getInt(5), Money.eur(rs.getBigDecimal(6)),
                rs.getObject(7, LocalDate.class), rs.getTimestamp(8).toInstant(), rs.getString(9));
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
                .map(v -> withShares(v, allocations(v.id())));
    }

    public List<PaymentView> list(CreditorId scope, Collection<PaymentStatus> statuses, UUID statementId,
                                  PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(scope, statuses, statementId, params);
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<PaymentView> views = jdbc.sql("select " + VIEW_COLUMNS + " from payment" + where
                        + " order by booking_date desc, created_at desc, id limit :limit offset :offset")
                .params(params).query((rs, n) -> view(rs, List.of())).list();
        return withShares(views);
    }

    public long count(CreditorId scope, Collection<PaymentStatus> statuses, UUID statementId) {
        Map<String, Object> params = new HashMap<>();
        String where = where(scope, statuses, statementId, params);
        return jdbc.sql("select count(*) from payment" + where).params(params).query(Long.class).single();
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

    /** The payments with what each was allocated to, read in one query. */
    private List<PaymentView> withShares(List<PaymentView> views) {
        Map<UUID, List<PaymentView.Share>> shares = allocations(views.stream().map(PaymentView::id).toList());
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
