package de.kulant.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only record of who changed what, when, with the state before and after. Written in the
 * same transaction as the change it records, so one never exists without the other.
 */
@Service
public class AuditTrail {

    private static final List<String> COLUMNS = List.of("id", "creditor_id", "entity_type", "entity_id", "action",
            "actor", "occurred_at", "before_state", "after_state");

    private final BulkInsert bulk;
    private final JdbcClient client;
    private final JsonMapper json;
    private final Clock clock;

    AuditTrail(BulkInsert bulk, JdbcClient client, JsonMapper json, Clock clock) {
        this.bulk = bulk;
        this.client = client;
        this.json = json;
        this.clock = clock;
    }

    public void record(AuditEntry entry) {
        recordAll(List.of(entry));
    }

    public void recordAll(List<AuditEntry> entries) {
        Timestamp now = Timestamp.from(clock.instant());
        bulk.insert("audit_event", COLUMNS, entries.stream().map(entry -> new Object[] {Ids.next(),
                entry.creditorId() == null ? null : entry.creditorId().value(), entry.entityType(), entry.entityId(),
                entry.action(), entry.actor().label(), now, toJson(entry.before()), toJson(entry.after())}).toList());
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
