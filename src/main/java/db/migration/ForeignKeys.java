package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Drops a foreign key found by its table and column: H2 and PostgreSQL name unnamed constraints differently. */
public final class ForeignKeys {

    private ForeignKeys() {
    }

    public static void drop(Connection connection, String table, String column) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet keys = connection.getMetaData().getImportedKeys(connection.getCatalog(), connection.getSchema(),
                table)) {
            while (keys.next()) {
                if (keys.getString("FKCOLUMN_NAME").equalsIgnoreCase(column)) {
                    names.add(keys.getString("FK_NAME"));
                }
            }
        }
        if (names.size() != 1) {
            throw new IllegalStateException("expected one foreign key on " + table + "." + column + ", found " + names);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table " + table + " drop constraint \"" + names.get(0) + "\"");
        }
    }
}
