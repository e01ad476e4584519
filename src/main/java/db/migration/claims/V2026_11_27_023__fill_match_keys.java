package db.migration.claims;

import de.kulant.claims.MatchKeys;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Fills the match keys of claims and debtors stored before they existed; the keys are computed in Java only. */
public class V2026_11_27_023__fill_match_keys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        try (Statement select = connection.createStatement();
             PreparedStatement update = connection.prepareStatement(
                     "update claim set invoice_key = ?, invoice_digits = ? where id = ?")) {
            select.setFetchSize(1000);
            int pending = 0;
            try (ResultSet rs = select.executeQuery("select id, invoice_number from claim")) {
                while (rs.next()) {
                    String number = rs.getString(2);
                    update.setString(1, MatchKeys.invoiceKey(number));
                    update.setString(2, MatchKeys.invoiceDigits(number));
                    update.setObject(3, rs.getObject(1, UUID.class));
                    update.addBatch();
                    if (++pending % 1000 == 0) {
                        update.executeBatch();
                    }
                }
            }
            update.executeBatch();
        }
        try (Statement select = connection.createStatement();
             PreparedStatement update = connection.prepareStatement("update debtor set name_key = ? where id = ?")) {
            select.setFetchSize(1000);
            int pending = 0;
            try (ResultSet rs = select.executeQuery("select id, name from debtor")) {
                while (rs.next()) {
                    update.setString(1, MatchKeys.nameKey(rs.getString(2)));
                    update.setObject(2, rs.getObject(1, UUID.class));
                    update.addBatch();
                    if (++pending % 1000 == 0) {
                        update.executeBatch();
                    }
                }
            }
            update.executeBatch();
        }
    }
}
