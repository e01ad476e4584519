package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Primary keys, unique constraints and foreign keys found by table and columns: H2 and PostgreSQL name unnamed
 * constraints differently, so a migration that changes them looks their names up.
 */
public final class Keys {

    /** A foreign key from {@code child (columns)} to {@code parent (parentColumns)}. */
    public record ForeignKey(String name, String child, List<String> columns, String parent,
                             List<String> parentColumns) {
    }

    private Keys() {
    }

    /** The primary key's name and its columns in key order; null when the table has none. */
    public static PrimaryKey primaryKey(Connection connection, String table) throws SQLException {
        TreeMap<Integer, String> columns = new TreeMap<>();
        String name = null;
        try (ResultSet keys = meta(connection).getPrimaryKeys(connection.getCatalog(), connection.getSchema(), table)) {
            while (keys.next()) {
                columns.put(keys.getInt("KEY_SEQ"), keys.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                name = keys.getString("PK_NAME");
            }
        }
        return name == null ? null : new PrimaryKey(name, List.copyOf(columns.values()));
    }

    public record PrimaryKey(String name, List<String> columns) {
    }

    /** Every foreign key that points at {@code parent}. */
    public static List<ForeignKey> pointingAt(Connection connection, String parent) throws SQLException {
        TreeMap<String, List<String[]>> byName = new TreeMap<>();
        try (ResultSet keys = meta(connection).getExportedKeys(connection.getCatalog(), connection.getSchema(),
                parent)) {
            while (keys.next()) {
                if (keys.getShort("DELETE_RULE") == DatabaseMetaData.importedKeyCascade) {
                    throw new IllegalStateException("cascading key " + keys.getString("FK_NAME") + " not expected");
                }
                byName.computeIfAbsent(keys.getString("FK_NAME"), n -> new ArrayList<>()).add(new String[] {
                        keys.getString("FKTABLE_NAME").toLowerCase(Locale.ROOT),
                        keys.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT),
                        keys.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT)});
            }
        }
        List<ForeignKey> found = new ArrayList<>();
        byName.forEach((name, rows) -> found.add(new ForeignKey(name, rows.get(0)[0],
                rows.stream().map(r -> r[1]).toList(), parent, rows.stream().map(r -> r[2]).toList())));
        return found;
    }

    /** The name of the unique constraint on exactly these columns (in this order). */
    public static String unique(Connection connection, String table, List<String> columns) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select tc.constraint_name, k.column_name, k.ordinal_position
                from information_schema.table_constraints tc
                join information_schema.key_column_usage k on k.constraint_name = tc.constraint_name
                    and k.table_name = tc.table_name and k.table_schema = tc.table_schema
                where tc.constraint_type = 'UNIQUE' and lower(tc.table_name) = ? and tc.table_schema = ?
                order by tc.constraint_name, k.ordinal_position""")) {
            query.setString(1, table);
            query.setString(2, connection.getSchema());
            TreeMap<String, List<String>> byName = new TreeMap<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    byName.computeIfAbsent(rs.getString(1), n -> new ArrayList<>())
                            .add(rs.getString(2).toLowerCase(Locale.ROOT));
                }
            }
            byName.forEach((name, cols) -> {
                if (cols.equals(columns)) {
                    names.add(name);
                }
            });
        }
        if (names.size() != 1) {
            throw new IllegalStateException("expected one unique constraint " + table + columns + ", found " + names);
        }
        return names.get(0);
    }

    public static void dropConstraint(Connection connection, String table, String name) throws SQLException {
        execute(connection, "alter table " + table + " drop constraint \"" + name + "\"");
    }

    public static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static DatabaseMetaData meta(Connection connection) throws SQLException {
        return connection.getMetaData();
    }
}
