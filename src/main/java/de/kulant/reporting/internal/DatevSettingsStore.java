package de.kulant.reporting.internal;

import de.kulant.platform.CreditorId;
import de.kulant.reporting.DatevSettings;
import de.kulant.reporting.DatevSettings.Accounts;
import de.kulant.reporting.DatevSettings.Chart;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A shop's DATEV settings; accounts it did not set are stored empty and read as the chart's standard ones. */
@Repository
public class DatevSettingsStore {

    private static final String[] ACCOUNTS = {"debtors_account", "bank_account", "client_money_account",
            "interest_account", "fees_account", "credit_notes_account", "write_offs_account", "commission_account"};

    private final JdbcClient jdbc;

    DatevSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DatevSettings> find(CreditorId creditor) {
        return jdbc.sql("select consultant_number, client_number, chart, fiscal_year_start, "
                        + String.join(", ", ACCOUNTS) + " from datev_settings where creditor_id = :id")
                .param("id", creditor.value()).query(DatevSettingsStore::settings).optional();
    }

    /** {@code own} holds the accounts the shop set, null where it keeps the chart's. */
    public void save(CreditorId creditor, int consultant, int client, Chart chart, int fiscalYearStart, Integer[] own,
                     Instant now) {
        jdbc.sql("delete from datev_settings where creditor_id = :id").param("id", creditor.value()).update();
        var sql = jdbc.sql("insert into datev_settings (creditor_id, consultant_number, client_number, chart, "
                        + "fiscal_year_start, " + String.join(", ", ACCOUNTS) + ", updated_at) values (:id, :consultant, "
                        + ":client, :chart, :start, :a0, :a1, :a2, :a3, :a4, :a5, :a6, :a7, :now)")
                .param("id", creditor.value()).param("consultant", consultant).param("client", client)
                .param("chart", chart.name()).param("start", fiscalYearStart).param("now", Timestamp.from(now));
        for (int i = 0; i < ACCOUNTS.length; i++) {
            sql = sql.param("a" + i, own[i], java.sql.Types.INTEGER);
        }
        sql.update();
    }

    private static DatevSettings settings(ResultSet rs, int n) throws SQLException {
        Chart chart = Chart.valueOf(rs.getString(3));
        Accounts d = chart.standard();
        int[] standard = {d.debtors(), d.bank(), d.clientMoney(), d.interest(), d.fees(), d.creditNotes(),
                d.writeOffs(), d.commission()};
        int[] used = new int[standard.length];
        for (int i = 0; i < used.length; i++) {
            int own = rs.getInt(5 + i);
            used[i] = rs.wasNull() ? standard[i] : own;
        }
        return new DatevSettings(rs.getInt(1), rs.getInt(2), chart, rs.getInt(4), new Accounts(used[0], used[1],
                used[2], used[3], used[4], used[5], used[6], used[7]));
    }
}
