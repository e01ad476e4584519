package db.migration.claims;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Gives the payment postings booked before sources were recorded their source, from the payments' allocations: for
 * each allocation the oldest payment entry of its claim with the same amounts per bucket, and for a reversed one
 * also the oldest matching return entry, so that a payment's reversal can be read from the ledger alone.
 */
public class V2026_12_02_076__payment_posting_sources extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement select = connection.createStatement();
             ResultSet rs = select.executeQuery("select payment_id, claim_id, costs, fees, interest, principal, reversed "
                     + "from payment_allocation order by created_at, id")) {
            while (rs.next()) {
                UUID payment = rs.getObject(1, UUID.class);
                UUID claim = rs.getObject(2, UUID.class);
                BigDecimal[] parts = {rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6)};
                tag(connection, claim, "PAYMENT", parts, true, payment);
                if (rs.getBoolean(7)) {
                    tag(connection, claim, "PAYMENT_RETURNED", parts, false, payment);
                }
            }
        }
    }

    /** Sets the source of the oldest untagged entry of {@code kind} on the claim whose buckets match {@code parts}. */
    private static void tag(Connection connection, UUID claim, String kind, BigDecimal[] parts, boolean negative,
                            UUID payment) throws SQLException {
        String entries = """
                select entry_id,
                       sum(case when bucket = 'COSTS' then amount else 0 end),
                       sum(case when bucket = 'FEES' then amount else 0 end),
                       sum(case when bucket = 'INTEREST' then amount else 0 end),
                       sum(case when bucket = 'PRINCIPAL' then amount else 0 end),
                       min(created_at)
                from ledger_posting where claim_id = ? and kind = ? and source_id is null
                group by entry_id order by min(created_at), entry_id""";
        try (PreparedStatement find = connection.prepareStatement(entries)) {
            find.setObject(1, claim);
            find.setString(2, kind);
            try (ResultSet rs = find.executeQuery()) {
                while (rs.next()) {
                    boolean same = true;
                    for (int i = 0; i < 4; i++) {
                        BigDecimal posted = rs.getBigDecimal(i + 2);
                        same &= (negative ? posted.negate() : posted).compareTo(parts[i]) == 0;
                    }
                    if (same) {
                        try (PreparedStatement update = connection.prepareStatement(
                                "update ledger_posting set source_kind = 'PAYMENT', source_id = ? where entry_id = ?")) {
                            update.setObject(1, payment);
                            update.setObject(2, rs.getObject(1, UUID.class));
                            update.executeUpdate();
                        }
                        return;
                    }
                }
            }
        }
    }
}
