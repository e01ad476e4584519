package de.kulant.platform;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The columns a list can be sorted by and its keyset paging: each column is an SQL expression with an index that
 * starts with it (after the list's fixed filters), a page continues after the last row's key and id, so a page costs
 * the same on the thousandth page as on the first.
 */
public final class SortColumns {

    /** How a column's key is carried in a cursor and compared by the database. */
    public enum KeyType {
        TEXT, DATE, TIMESTAMP, NUMBER, INTEGER;

        Object parse(String key) {
            return switch (this) {
                case TEXT -> key;
                case DATE -> LocalDate.parse(key);
                case TIMESTAMP -> Timestamp.from(java.time.Instant.parse(key));
                case NUMBER -> new BigDecimal(key);
                case INTEGER -> Long.parseLong(key);
            };
        }

        String read(ResultSet rs, String label) throws SQLException {
            return switch (this) {
                case TEXT -> rs.getString(label);
                case DATE -> rs.getObject(label, LocalDate.class).toString();
                case TIMESTAMP -> rs.getTimestamp(label).toInstant().toString();
                case NUMBER -> rs.getBigDecimal(label).toPlainString();
                case INTEGER -> Long.toString(rs.getLong(label));
            };
        }
    }

    /** A sortable column: its name in links, its SQL expression (never null) and whether a click starts descending. */
    public record Column(String name, String expression, KeyType type, boolean startsDescending) {
    }

    /** One page in an order; {@code next} is the cursor of the following page, null on the last. */
    public record Keyed<T>(List<T> items, String next) {

        /** Every row of a list, page after page as {@code pages} reads them from a position, for an export. */
        public static <T> void forEachRow(java.util.function.Function<String, Keyed<T>> pages,
                                          java.util.function.Consumer<T> row) {
            String after = null;
            do {
                Keyed<T> page = pages.apply(after);
                page.items().forEach(row);
                after = page.next();
            } while (after != null);
        }
    }

    private final Map<String, Column> columns = new LinkedHashMap<>();
    private final ListOrder fallback;
    private final String idColumn;

    /** The first column is the list's default order, in its starting direction; {@code idColumn} breaks ties. */
    public SortColumns(String idColumn, Column... sortable) {
        for (Column column : sortable) {
            columns.put(column.name(), column);
        }
        this.fallback = new ListOrder(sortable[0].name(), sortable[0].startsDescending());
        this.idColumn = idColumn;
    }

    public ListOrder defaultOrder() {
        return fallback;
    }

    public List<String> names() {
        return List.copyOf(columns.keySet());
    }

    /** The order a link or request asks for ({@code amount}, {@code -amount}); empty when it names no such column. */
    public Optional<ListOrder> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(fallback);
        }
        String wanted = text.strip();
        boolean descending = wanted.startsWith("-");
        String name = descending ? wanted.substring(1) : wanted;
        return columns.containsKey(name) ? Optional.of(new ListOrder(name, descending)) : Optional.empty();
    }

    /** The order an API request asks for; an unknown one is a violation of {@code sort} naming the columns. */
    public ListOrder checked(InputCheck check, String text) {
        return checked(check, "sort", text);
    }

    /** As {@link #checked(InputCheck, String)} for a list whose order a parameter of another name carries. */
    public ListOrder checked(InputCheck check, String field, String text) {
        return parse(text).orElseGet(() -> {
            String names = String.join(", ", names());
            check.violation(field, "sortBy", "sorts by " + names + ", with a leading '-' for descending", names);
            return fallback;
        });
    }

    /** The order of a page's link: an unknown one falls back to the default, as a stale bookmark should. */
    public ListOrder orderOrDefault(String text) {
        return parse(text).orElse(fallback);
    }

    /** What a click on a column header asks for: the other way round when sorted by it, else its starting direction. */
    public ListOrder clicked(ListOrder current, String name) {
        return current.column().equals(name) ? current.reversed()
                : new ListOrder(name, columns.get(name).startsDescending());
    }

    /**
     * Reads one page: {@code select} (the select list) and {@code from} (the from clause with the list's filters, if any,
     * as a where clause) as the list builds them, continued after {@code cursor} when it is one of this order (anything
     * else starts at the top).
     */
    public <T> Keyed<T> page(JdbcClient jdbc, String select, String from, Map<String, Object> filters, ListOrder order,
                             String cursor, int size, RowMapper<T> rows) {
        Column column = columns.get(order.column());
        Map<String, Object> params = new LinkedHashMap<>(filters);
        StringBuilder sql = new StringBuilder(select).append(", ").append(column.expression()).append(" as sort_key")
                .append(from);
        boolean filtered = from.toLowerCase(Locale.ROOT).contains(" where ");
        position(cursor, order).ifPresent(position ->
                sql.append(filtered ? " and " : " where ")
                        .append(continuing(order, false, position.key(), position.id(), params)));
        sql.append(orderBy(order, false)).append(" limit ").append(size + 1);
        List<T> items = new ArrayList<>();
        String[] last = new String[2];
        boolean[] more = {false};
        String idLabel = idColumn.substring(idColumn.indexOf('.') + 1);
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            if (items.size() == size) {
                more[0] = true;
                return;
            }
            items.add(rows.mapRow(rs, items.size()));
            last[0] = column.type().read(rs, "sort_key");
            last[1] = rs.getObject(idLabel, UUID.class).toString();
        });
        return new Keyed<>(List.copyOf(items), more[0] ? encode(order, last[0], last[1]) : null);
    }

    /**
     * The condition that continues a list after a position in the order, or before it ({@code backwards}), with its
     * parameters, as a row comparison the database reads on the index; a key that is not one of the column's type throws {@link IllegalArgumentException}.
     */
    public String continuing(ListOrder order, boolean backwards, String key, UUID id, Map<String, Object> params) {
        Column column = columns.get(order.column());
        String comparison = order.descending() != backwards ? " < " : " > ";
        params.put("sortKey", column.type().parse(key));
        params.put("sortId", id);
        return "(" + column.expression() + ", " + idColumn + ")" + comparison + "(:sortKey, :sortId)";
    }

    /** The order by clause of the order, or of its reverse ({@code backwards}, for the page before a position). */
    public String orderBy(ListOrder order, boolean backwards) {
        String direction = order.descending() != backwards ? " desc" : "";
        return " order by " + columns.get(order.column()).expression() + direction + ", " + idColumn + direction;
    }

    /** A position in a list: the key of its column and the id of the row, in the order it was given out for. */
    public record Position(String key, UUID id) {
    }

    /** The position a cursor of this order names, empty when it is not one (another order, unreadable, a bad key). */
    public Optional<Position> position(String cursor, ListOrder order) {
        Column column = columns.get(order.column());
        return decode(cursor, order).filter(position -> parses(column, position.key()));
    }

    /** The cursor of a position in the order, as links and the API carry it. */
    public static String cursor(ListOrder order, String key, UUID id) {
        return encode(order, key, id.toString());
    }

    private static Optional<Position> decode(String cursor, ListOrder order) {
        if (cursor == null || cursor.isBlank()) {
            return Optional.empty();
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            String[] parts = text.split("\n", 3);
            return parts.length == 3 && parts[0].equals(order.param())
                    ? Optional.of(new Position(parts[2], UUID.fromString(parts[1]))) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean parses(Column column, String key) {
        try {
            column.type().parse(key);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String encode(ListOrder order, String key, String id) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((order.param() + "\n" + id + "\n" + key).getBytes(StandardCharsets.UTF_8));
    }
}
