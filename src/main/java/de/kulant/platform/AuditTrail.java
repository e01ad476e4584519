package de.kulant.platform;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only record of who changed what, when, with the state before and after. Written in the
 * same transaction as the change it records, so one never exists without the other.
 */
@Service
public class AuditTrail {

    private static final String INSERT = """
            insert into audit_event (id, creditor_id, entity_type, entity_id, action, actor, occurred_at,
                                     before_state, after_state)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final JdbcClient client;
    private final JsonMapper json;
    private final Clock clock;

    AuditTrail(JdbcTemplate jdbc, JdbcClient client, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.client = client;
        this.json = json;
        this.clock = clock;
    }

    public void record(AuditEntry entry) {
        recordAll(List.of(entry));
    }

    public void recordAll(List<AuditEntry> entries) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                AuditEntry entry = entries.get(i);
                ps.setObject(1, Ids.next());
                ps.setObject(2, entry.creditorId() == null ? null : entry.creditorId().value());
                ps.setString(3, entry.entityType());
                ps.setString(4, entry.entityId());
                ps.setString(5, entry.action());
                ps.setString(6, entry.actor().label());
                ps.setTimestamp(7, now);
                ps.setString(8, toJson(entry.before()));
                ps.setString(9, toJson(entry.after()));
            }

            @Override
            public int getBatchSize() {
                return entries.size();
            }
        });
    }

    /** The history of one entity, oldest first, restricted to the tenant when one is given. */
    public List<AuditEvent> historyOf(String entityType, String entityId, CreditorId creditor) {
        String tenant = creditor == null ? "" : " and creditor_id = :creditor";
        JdbcClient.StatementSpec statement = client.sql("""
                        select action, actor, occurred_at, before_state, after_state from audit_event
                        where entity_type = :type and entity_id = :id""" + tenant + " order by occurred_at, id")
                .param("type", entityType)
                .param("id", entityId);
        if (creditor != null) {
            statement = statement.param("creditor", creditor.value());
        }
        return statement
                .query((rs, n) -> new AuditEvent(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    private String toJson(Object state) {
        return state == null ? null : json.writeValueAsString(state);
    }
}
