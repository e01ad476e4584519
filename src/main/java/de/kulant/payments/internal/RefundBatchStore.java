package de.kulant.payments.internal;

import de.kulant.payments.RefundTransfer;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Refund transfer files (tables {@code refund_batch} and {@code refund_item}), each with its pain.001 document. */
@Repository
public class RefundBatchStore {

    private static final String COLUMNS = "id, creditor_id, account_iban, message_id, items, total, execution_date,"
            + " created_at, created_by";

    private final JdbcClient jdbc;
    private final BulkInsert bulk;

    RefundBatchStore(JdbcClient jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    /** One refund in a transfer file. */
    public record RefundItemRow(UUID id, UUID paymentId, UUID creditBalanceId, String name, String iban,
                                BigDecimal amount, String endToEndId, String remittance) {
    }

    /** A transfer file as written: from which account, under which message id, to be executed when. */
    public record Batch(UUID id, CreditorId creditor, String accountIban, String messageId, LocalDate executionDate,
                        String document) {
    }

    public void insert(Batch batch, List<RefundItemRow> items, BigDecimal total, Instant now, String actor) {
        jdbc.sql("""
                        insert into refund_batch (id, creditor_id, account_iban, message_id, items, total, execution_date,
                            document, created_at, created_by)
                        values (:id, :creditor, :iban, :message, :items, :total, :date, :document, :now, :actor)""")
                .param("id", batch.id())
                .param("creditor", batch.creditor() == null ? null : batch.creditor().value(), Types.OTHER)
                .param("iban", batch.accountIban()).param("message", batch.messageId()).param("items", items.size())
                .param("total", total).param("date", batch.executionDate()).param("document", batch.document())
                .param("now", Timestamp.from(now)).param("actor", actor)
                .update();
        bulk.insert("refund_item", List.of("id", "batch_id", "payment_id", "credit_balance_id", "name", "iban", "amount",
                "end_to_end_id", "remittance"), items.stream().map(i -> new Object[] {i.id(), batch.id(), i.paymentId(),
                i.creditBalanceId(), PaymentStore.cut(i.name(), 140), i.iban(), i.amount(), i.endToEndId(),
                PaymentStore.cut(i.remittance(), 140)}).toList());
    }

    /** The list of transfers: newest first (default), or by how many refunds or how much money they carry. */
    public static final SortColumns LIST_ORDER = new SortColumns("id",
            new SortColumns.Column("createdAt", "created_at", SortColumns.KeyType.TIMESTAMP, true),
            new SortColumns.Column("items", "items", SortColumns.KeyType.INTEGER, true),
            new SortColumns.Column("total", "total", SortColumns.KeyType.NUMBER, true));

    /** One page of transfers in {@code order}, after the position {@code after} gave out. */
    public SortColumns.Keyed<RefundTransfer> page(CreditorId scope, ListOrder order, String after, int size) {
        Map<String, Object> params = new HashMap<>();
        if (scope != null) {
            params.put("creditor", scope.value());
        }
        return LIST_ORDER.page(jdbc, "select " + COLUMNS, " from refund_batch"
                + (scope == null ? "" : " where creditor_id = :creditor"), params, order, after, size,
                (rs, n) -> view(rs));
    }

    /** A refund transfer with its pain.001 document; another creditor's is not found. */
    public Optional<Map.Entry<RefundTransfer, String>> document(CreditorId scope, UUID id) {
        var spec = jdbc.sql("select " + COLUMNS + ", document from refund_batch where id = :id"
                + (scope == null ? "" : " and creditor_id = :creditor")).param("id", id);
        if (scope != null) {
            spec = spec.param("creditor", scope.value());
        }
        return spec.query((rs, n) -> Map.entry(view(rs), rs.getString(10))).optional();
    }

    private static RefundTransfer view(ResultSet rs) throws SQLException {
        UUID creditor = rs.getObject(2, UUID.class);
        return new RefundTransfer(rs.getObject(1, UUID.class), creditor == null ? null : new CreditorId(creditor),
                rs.getString(3), rs.getString(4), rs.getInt(5), Money.eur(rs.getBigDecimal(6)),
                rs.getObject(7, LocalDate.class), rs.getTimestamp(8).toInstant(), rs.getString(9));
    }
}
