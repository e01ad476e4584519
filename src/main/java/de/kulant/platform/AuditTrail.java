package de.kulant.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

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

    /**
     * Overwrites the named fields in the recorded states of these entities with {@code replacement}: erasing a person
     * keeps the record of what was done, without what identified them.
     */
    public int redact(CreditorId creditor, String entityType, Collection<String> entityIds, Set<String> fields,
                      String replacement) {
        if (entityIds.isEmpty()) {
            return 0;
        }
        List<Object[]> rows = client.sql("""
                        select id, before_state, after_state from audit_event
                        where creditor_id = :creditor and entity_type = :type and entity_id in (:ids)""")
                .param("creditor", creditor.value()).param("type", entityType).param("ids", entityIds)
                .query((rs, n) -> new Object[] {rs.getObject(1), rs.getString(2), rs.getString(3)}).list();
        int changed = 0;
        for (Object[] row : rows) {
            String before = redacted((String) row[1], fields, replacement);
            String after = redacted((String) row[2], fields, replacement);
            if (!Objects.equals(before, row[1]) || !Objects.equals(after, row[2])) {
                client.sql("update audit_event set before_state = :before, after_state = :after where id = :id")
                        .param("before", before).param("after", after).param("id", row[0]).update();
                changed++;
            }
        }
        return changed;
    }

    private String redacted(String state, Set<String> fields, String replacement) {
        if (state == null || !(json.readTree(state) instanceof ObjectNode node)) {
            return state;
        }
        boolean touched = false;
        for (String field : fields) {
            if (node.has(field) && !node.get(field).isNull()) {
                node.put(field, replacement);
                touched = true;
            }
        }
        return touched ? json.writeValueAsString(node) : state;
    }

    private String toJson(Object state) {
        return state == null ? null : json.writeValueAsString(state);
    }
}
