package de.kulant.claims.internal;

import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimStatus;
import de.kulant.claims.CreditBalance;
import de.kulant.claims.DebtorId;
import de.kulant.claims.MatchCandidate;
import de.kulant.claims.MatchKeys;
import de.kulant.claims.RefundToRecover;
import de.kulant.platform.CreditorId;
import de.kulant.platform.ListOrder;
import de.kulant.platform.SortColumns;
import de.kulant.platform.money.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The queries behind payment matching: index lookups by reference number, invoice keys and debtor names. */
@Repository
public class CandidateStore {

    private static final String SELECT = """
            select c.id, c.creditor_id, c.debtor_id, c.invoice_number, c.reference_number, c.status, c.amount,
                   c.principal_open + c.interest_open + c.fees_open + c.costs_open as outstanding, c.due_date,
                   d.name, d.name_key
            from claim c join debtor d on d.id = c.debtor_id
            """;
    private static final String OPEN = " and c.status not in ('PAID', 'CANCELLED', 'WRITTEN_OFF')";

    private final JdbcClient jdbc;

    CandidateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<MatchCandidate> where(CreditorId scope, String condition, Object[] values, boolean openOnly) {
        if (values.length == 0) {
            return List.of();
        }
        var spec = jdbc.sql(SELECT + "where " + condition + (openOnly ? OPEN : "")
                        + (scope == null ? "" : " and c.creditor_id = :creditor"))
                .param("values", values);
        if (scope != null) {
            spec = spec.param("creditor", scope.value());
        }
        return spec.query(sharing()).list();
    }

    public List<MatchCandidate> search(CreditorId scope, String text, int limit) {
        String key = MatchKeys.invoiceKey(text);
        String name = "%" + text.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        var spec = jdbc.sql(SELECT + "where (c.invoice_key like :key or lower(d.name) like :name"
                        + " or lower(d.customer_number) like :name)" + OPEN
                        + (scope == null ? "" : " and c.creditor_id = :creditor")
                        + " order by c.due_date, c.invoice_number limit :limit")
                .param("key", key.isEmpty() ? "-" : key + "%")
                .param("name", name)
                .param("limit", limit);
        if (scope != null) {
            spec = spec.param("creditor", scope.value());
        }
        return spec.query(sharing()).list();
    }

    public Map<String, Integer> debtorsPerName(CreditorId scope, Collection<String> nameKeys) {
        Map<String, Integer> counts = new HashMap<>();
        if (nameKeys.isEmpty()) {
            return counts;
        }
        var spec = jdbc.sql("select name_key, count(*) from debtor where name_key = any(:keys)"
                        + (scope == null ? "" : " and creditor_id = :creditor") + " group by name_key")
                .param("keys", nameKeys.toArray(String[]::new));
        if (scope != null) {
            spec = spec.param("creditor", scope.value());
        }
        spec.query(rs -> {
            counts.put(rs.getString(1), rs.getInt(2));
        });
        return counts;
    }

    /** Refunds paid out of money the bank then returned, waiting for a person; one by id when {@code id} is given. */
    public List<RefundToRecover> toRecover(CreditorId scope, UUID id, int limit) {
        return overpayments("RECOVER", "o.returned_on", "o.returned_on", scope, id, limit).query((rs, n) -> recover(rs))
                .list();
    }

    public List<CreditBalance> creditBalances(CreditorId scope, UUID id, int limit) {
        return overpayments("OPEN", "o.reference", "o.booking_date", scope, id, limit).query((rs, n) -> balance(rs))
                .list();
    }

    /** The refund list's parts: credit balances by booking date (default) or amount, refunds to recover by return. */
    public static final SortColumns BALANCE_ORDER = new SortColumns("o.id",
            new SortColumns.Column("bookingDate", "o.booking_date", SortColumns.KeyType.DATE, true),
            new SortColumns.Column("amount", "o.amount", SortColumns.KeyType.NUMBER, true));
    public static final SortColumns RECOVER_ORDER = new SortColumns("o.id",
            new SortColumns.Column("returnedOn", "o.returned_on", SortColumns.KeyType.DATE, true),
            new SortColumns.Column("amount", "o.amount", SortColumns.KeyType.NUMBER, true));

    /** One page of open credit balances in {@code order}, after the position {@code after} gave out. */
    public SortColumns.Keyed<CreditBalance> creditBalancePage(CreditorId scope, ListOrder order, String after,
                                                              int size) {
        Map<String, Object> params = new HashMap<>();
        return BALANCE_ORDER.page(jdbc, OVERPAYMENT_COLUMNS + "o.reference, o.payment_id",
                overpaymentsFrom("OPEN", scope, params), params, order, after, size, (rs, n) -> balance(rs));
    }

    /** One page of refunds to recover in {@code order}, after the position {@code after} gave out. */
    public SortColumns.Keyed<RefundToRecover> toRecoverPage(CreditorId scope, ListOrder order, String after,
                                                            int size) {
        Map<String, Object> params = new HashMap<>();
        return RECOVER_ORDER.page(jdbc, OVERPAYMENT_COLUMNS + "o.returned_on, o.payment_id",
                overpaymentsFrom("RECOVER", scope, params), params, order, after, size, (rs, n) -> recover(rs));
    }

    /** How many overpayments of a status there are (open credit balances, refunds to recover). */
    public long countOverpayments(String status, CreditorId scope) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*)" + overpaymentsFrom(status, scope, params)).params(params).query(Long.class)
                .single();
    }

    private static final String OVERPAYMENT_COLUMNS = "select o.id, o.creditor_id, o.claim_id, c.invoice_number, "
            + "o.debtor_id, d.name, o.amount, o.booking_date, ";

    private static String overpaymentsFrom(String status, CreditorId scope, Map<String, Object> params) {
        params.put("status", status);
        if (scope != null) {
            params.put("creditor", scope.value());
        }
        return " from overpayment o join claim c on c.id = o.claim_id join debtor d on d.id = o.debtor_id"
                + " where o.status = :status" + (scope == null ? "" : " and o.creditor_id = :creditor");
    }

    private static CreditBalance balance(ResultSet rs) throws SQLException {
        return new CreditBalance(rs.getObject(1, UUID.class), new CreditorId(rs.getObject(2, UUID.class)),
                new ClaimId(rs.getObject(3, UUID.class)), rs.getString(4), new DebtorId(rs.getObject(5, UUID.class)),
                rs.getString(6), Money.eur(rs.getBigDecimal(7)), rs.getObject(8, LocalDate.class), rs.getString(9),
                rs.getObject(10, UUID.class));
    }

    private static RefundToRecover recover(ResultSet rs) throws SQLException {
        return new RefundToRecover(rs.getObject(1, UUID.class), new CreditorId(rs.getObject(2, UUID.class)),
                new ClaimId(rs.getObject(3, UUID.class)), rs.getString(4), new DebtorId(rs.getObject(5, UUID.class)),
                rs.getString(6), Money.eur(rs.getBigDecimal(7)), rs.getObject(8, LocalDate.class),
                rs.getObject(9, LocalDate.class), rs.getObject(10, UUID.class));
    }

    /**
     * Overpayments of a status with their claim and debtor, newest by {@code newest} first; the ninth column is
     * {@code ninth}. A scope of null is staff's (all creditors); with an id, that one only.
     */
    private JdbcClient.StatementSpec overpayments(String status, String ninth, String newest, CreditorId scope, UUID id,
                                                  int limit) {
        var spec = jdbc.sql("select o.id, o.creditor_id, o.claim_id, c.invoice_number, o.debtor_id, d.name, o.amount, "
                        + "o.booking_date, " + ninth + ", o.payment_id from overpayment o join claim c on c.id = o.claim_id "
                        + "join debtor d on d.id = o.debtor_id where o.status = :status"
                        + (scope == null ? "" : " and o.creditor_id = :creditor") + (id == null ? "" : " and o.id = :id")
                        + " order by " + newest + " desc, o.id limit :limit")
                .param("status", status).param("limit", limit);
        if (scope != null) {
            spec = spec.param("creditor", scope.value());
        }
        return id == null ? spec : spec.param("id", id);
    }

    /** Reads candidates sharing one object per creditor and per name key: imports keep many of them at once. */
    private static RowMapper<MatchCandidate> sharing() {
        Map<UUID, CreditorId> creditors = new HashMap<>();
        Map<String, String> nameKeys = new HashMap<>();
        return (rs, row) -> {
            String nameKey = rs.getString(11);
            return new MatchCandidate(new ClaimId(rs.getObject(1, UUID.class)),
                    creditors.computeIfAbsent(rs.getObject(2, UUID.class), CreditorId::new),
                    new DebtorId(rs.getObject(3, UUID.class)), rs.getString(4), rs.getLong(5),
                    ClaimStatus.valueOf(rs.getString(6)), Money.eur(rs.getBigDecimal(7)), Money.eur(rs.getBigDecimal(8)),
                    rs.getObject(9, LocalDate.class), rs.getString(10),
                    nameKey == null ? null : nameKeys.computeIfAbsent(nameKey, k -> k));
        };
    }
}
