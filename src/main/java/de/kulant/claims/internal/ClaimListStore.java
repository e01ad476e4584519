package de.kulant.claims.internal;

import de.kulant.claims.ClaimCursor;
import de.kulant.claims.ClaimSort;
import de.kulant.claims.ClaimFilter;
import de.kulant.claims.ClaimListPage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The claim list in one of its orders (due date newest first by default), then id, read by keyset on the indexes of
 * migrations 078 and 084: a page costs the same on page 1 as on page 20,000.
 */
@Repository
public class ClaimListStore {

    /** The column behind each sort field; every one is indexed after the creditor. */
    private static final Map<String, String> COLUMN = Map.of("dueDate", "c.due_date", "invoiceNumber",
            "c.invoice_number", "amount", "c.amount");

    private final JdbcClient jdbc;

    ClaimListStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Up to {@code limit} rows after {@code after} in list order, or, with {@code before}, the rows just before it
     * (returned in list order); {@code offset} only for the page numbers of older clients.
     */
    public List<ClaimStore.Row> rows(ClaimFilter filter, ClaimCursor after, ClaimCursor before, long offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        List<String> conditions = conditions(filter, params);
        ClaimCursor cursor = before != null ? before : after;
        ClaimSort sort = filter.sort();
        String column = COLUMN.get(sort.field());
        // reading backwards (the page before a position) walks the same index the other way
        boolean descending = sort.descending() != (before != null);
        if (cursor != null) {
            conditions.add("(" + column + ", c.id) " + (descending ? "<" : ">") + " (:cursorKey, :cursorId)");
            params.put("cursorKey", cursor.typedKey());
            params.put("cursorId", cursor.id().value());
        }
        params.put("limit", limit);
        params.put("offset", offset);
        String direction = descending ? " desc" : "";
        String order = column + direction + ", c.id" + direction;
        List<ClaimStore.Row> rows = new ArrayList<>(jdbc.sql("select " + ClaimRows.COLUMNS
                        + " from claim c join debtor d on d.id = c.debtor_id" + where(conditions)
                        + " order by " + order + " limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> ClaimStore.Row.read(rs))
                .list());
        if (before != null) {
            java.util.Collections.reverse(rows);
        }
        return rows;
    }

    /** The number of claims the filter finds, counted up to {@link ClaimListPage#COUNT_LIMIT} + 1. */
    public long countUpToLimit(ClaimFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(conditions(filter, params));
        params.put("limit", ClaimListPage.COUNT_LIMIT + 1);
        return jdbc.sql("select count(*) from (select 1 from claim c join debtor d on d.id = c.debtor_id" + where
                        + " limit :limit) found")
                .params(params).query(Long.class).single();
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static List<String> conditions(ClaimFilter filter, Map<String, Object> params) {
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
        if (filter.openOnly()) {
            conditions.add("c.status in ('OPEN', 'DUNNING', 'COLLECTION', 'RETURNED')");
        }
        if (filter.dunningLevel() != null) {
            conditions.add("c.dunning_level = :level");
            params.put("level", filter.dunningLevel());
        }
        if (filter.dueFrom() != null) {
            conditions.add("c.due_date >= :dueFrom");
            params.put("dueFrom", filter.dueFrom());
        }
        if (filter.dueBefore() != null) {
            conditions.add("c.due_date < :dueBefore");
            params.put("dueBefore", filter.dueBefore());
        }
        if (filter.search() != null && !filter.search().isBlank()) {
            conditions.add("(lower(c.invoice_number) like :search or lower(d.name) like :search "
                    + "or lower(d.customer_number) like :search)");
            params.put("search", "%" + filter.search().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return conditions;
    }
}
