package de.kulant.reporting.internal;

import de.kulant.platform.BulkInsert;
import de.kulant.platform.CreditorId;
import de.kulant.reporting.WebhookDelivery;
import de.kulant.reporting.WebhookEndpoint;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Webhook endpoints, their deliveries (the outbox toward the shops) and every attempt. */
@Repository
public class WebhookStore {

    /** An endpoint with its sealed secrets, for signing. */
    public record Target(UUID id, CreditorId creditorId, String url, Set<String> events, String secretSealed,
                         String previousSealed, Instant previousUntil, boolean deleted) {
    }

    /** A delivery as the sender needs it. */
    public record Due(UUID id, CreditorId creditorId, UUID endpointId, String payload, int attempts, Instant createdAt) {
    }

    /** A delivery to insert. */
    public record NewDelivery(UUID id, CreditorId creditorId, UUID endpointId, UUID eventId, String eventType,
                              String payload, Instant at) {
    }

    private final JdbcClient jdbc;
    private final BulkInsert bulk;

    WebhookStore(JdbcClient jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    public void insertEndpoint(UUID id, CreditorId creditor, String url, List<String> events, String sealed,
                               Instant now) {
        jdbc.sql("insert into webhook_endpoint (id, creditor_id, url, events, secret_sealed, created_at) values (:id, "
                        + ":creditor, :url, :events, :secret, :now)").param("id", id).param("creditor", creditor.value())
                .param("url", url).param("events", String.join(",", events)).param("secret", sealed)
                .param("now", Timestamp.from(now)).update();
    }

    public List<WebhookEndpoint> endpoints(CreditorId creditor) {
        return jdbc.sql("select id, url, events, created_at, previous_until from webhook_endpoint where creditor_id = "
                        + ":creditor and deleted_at is null order by created_at, id").param("creditor", creditor.value())
                .query(WebhookStore::endpoint).list();
    }

    public Optional<WebhookEndpoint> endpoint(CreditorId creditor, UUID id) {
        return jdbc.sql("select id, url, events, created_at, previous_until from webhook_endpoint where creditor_id = "
                        + ":creditor and id = :id and deleted_at is null").param("creditor", creditor.value())
                .param("id", id).query(WebhookStore::endpoint).optional();
    }

    public int countEndpoints(CreditorId creditor) {
        return jdbc.sql("select count(*) from webhook_endpoint where creditor_id = :creditor and deleted_at is null")
                .param("creditor", creditor.value()).query(Integer.class).single();
    }

    public boolean delete(CreditorId creditor, UUID id, Instant now) {
        return jdbc.sql("update webhook_endpoint set deleted_at = :now where creditor_id = :creditor and id = :id and "
                        + "deleted_at is null").param("now", Timestamp.from(now)).param("creditor", creditor.value())
                .param("id", id).update() == 1;
    }

    public boolean rotate(CreditorId creditor, UUID id, String sealed, Instant previousUntil) {
        return jdbc.sql("update webhook_endpoint set previous_sealed = secret_sealed, previous_until = :until, "
                        + "secret_sealed = :secret where creditor_id = :creditor and id = :id and deleted_at is null")
                .param("until", Timestamp.from(previousUntil)).param("secret", sealed)
                .param("creditor", creditor.value()).param("id", id).update() == 1;
    }

    public Optional<Target> target(UUID endpointId) {
        return jdbc.sql("select id, creditor_id, url, events, secret_sealed, previous_sealed, previous_until, deleted_at "
                        + "from webhook_endpoint where id = :id").param("id", endpointId)
                .query(WebhookStore::target).optional();
    }

    /** The live endpoints of these shops that take {@code type}, or none at all: one query per batch of events. */
    public List<Target> subscribed(Collection<CreditorId> creditors) {
        if (creditors.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, creditor_id, url, events, secret_sealed, previous_sealed, previous_until, deleted_at "
                        + "from webhook_endpoint where creditor_id in (:creditors) and deleted_at is null")
                .param("creditors", creditors.stream().map(CreditorId::value).distinct().toList())
                .query(WebhookStore::target).list();
    }

    /** Whether any live endpoint at all takes {@code type}: lets a large event skip its lookups. */
    public boolean anySubscribed(String type) {
        return jdbc.sql("select count(*) from webhook_endpoint where deleted_at is null and events like :type")
                .param("type", "%" + type + "%").query(Integer.class).single() > 0;
    }

    /** Inserts the deliveries not there yet (an event handled again after a crash is not sent twice). */
    public int insertDeliveries(List<NewDelivery> deliveries) {
        if (deliveries.isEmpty()) {
            return 0;
        }
        Set<String> existing = new HashSet<>(jdbc.sql("select endpoint_id, event_id from webhook_delivery where "
                        + "event_id in (:events)")
                .param("events", deliveries.stream().map(NewDelivery::eventId).distinct().toList())
                .query((rs, n) -> rs.getObject(1, UUID.class) + "|" + rs.getObject(2, UUID.class)).list());
        // one COPY or batch for a chunk's events, not a statement per delivery
        List<Object[]> rows = new ArrayList<>();
        for (NewDelivery d : deliveries) {
            if (existing.add(d.endpointId() + "|" + d.eventId())) {
                Timestamp at = Timestamp.from(d.at());
                rows.add(new Object[] {d.id(), d.creditorId().value(), d.endpointId(), d.eventId(), d.eventType(),
                        d.payload(), "PENDING", 0, at, at});
            }
        }
        bulk.insert("webhook_delivery", List.of("id", "creditor_id", "endpoint_id", "event_id", "event_type", "payload",
                "status", "attempts", "next_attempt_at", "created_at"), rows);
        return rows.size();
    }

    public List<UUID> due(Instant now, int limit) {
        return jdbc.sql("select id from webhook_delivery where status = 'PENDING' and next_attempt_at <= :now and "
                        + "(lease_until is null or lease_until < :now) order by next_attempt_at, id fetch first "
                        + limit + " rows only").param("now", Timestamp.from(now)).query(UUID.class).list();
    }

    /** Takes a delivery for one attempt until {@code leaseUntil}; false when another instance has it. */
    public Optional<Due> lease(UUID id, Instant now, Instant leaseUntil) {
        int taken = jdbc.sql("update webhook_delivery set lease_until = :lease where id = :id and status = 'PENDING' "
                        + "and (lease_until is null or lease_until < :now)").param("lease", Timestamp.from(leaseUntil))
                .param("id", id).param("now", Timestamp.from(now)).update();
        if (taken != 1) {
            return Optional.empty();
        }
        return jdbc.sql("select id, creditor_id, endpoint_id, payload, attempts, created_at from webhook_delivery "
                        + "where id = :id").param("id", id)
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), new CreditorId(rs.getObject(2, UUID.class)),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getInt(5), rs.getTimestamp(6).toInstant()))
                .optional();
    }

    /** An attempt's outcome: its log row, then the delivery DELIVERED, FAILED or PENDING again at {@code next}. */
    public void attempted(Due delivery, Instant at, Integer statusCode, String error, int durationMs, String status,
                          Instant next) {
        jdbc.sql("insert into webhook_attempt (id, creditor_id, delivery_id, attempted_at, status_code, error, "
                        + "duration_ms) values (:id, :creditor, :delivery, :at, :code, :error, :ms)")
                .param("id", de.kulant.platform.Ids.next()).param("creditor", delivery.creditorId().value())
                .param("delivery", delivery.id()).param("at", Timestamp.from(at))
                .param("code", statusCode, java.sql.Types.INTEGER)
                .param("error", error == null ? null : error.length() > 300 ? error.substring(0, 300) : error)
                .param("ms", durationMs).update();
        jdbc.sql("update webhook_delivery set attempts = attempts + 1, status = :status, lease_until = null, "
                        + "next_attempt_at = :next, delivered_at = :delivered where id = :id")
                .param("status", status).param("next", Timestamp.from(next))
                .param("delivered", "DELIVERED".equals(status) ? Timestamp.from(at) : null, java.sql.Types.TIMESTAMP)
                .param("id", delivery.id()).update();
    }

    /** The newest deliveries of an endpoint, each with its attempts. */
    public List<WebhookDelivery> deliveries(CreditorId creditor, UUID endpoint, int limit) {
        List<WebhookDelivery> rows = jdbc.sql("select id, event_id, event_type, status, attempts, created_at, "
                        + "next_attempt_at, delivered_at from webhook_delivery where creditor_id = :creditor and "
                        + "endpoint_id = :endpoint order by created_at desc, id desc fetch first " + limit + " rows only")
                .param("creditor", creditor.value()).param("endpoint", endpoint)
                .query((rs, n) -> new WebhookDelivery(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getInt(5), rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7).toInstant(), instant(rs.getTimestamp(8)), List.of())).list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, List<WebhookDelivery.Attempt>> attempts = jdbc.sql("select delivery_id, attempted_at, status_code, "
                        + "error, duration_ms from webhook_attempt where creditor_id = :creditor and delivery_id in "
                        + "(:ids) order by attempted_at, id").param("creditor", creditor.value())
                .param("ids", rows.stream().map(WebhookDelivery::id).toList())
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), new WebhookDelivery.Attempt(
                        rs.getTimestamp(2).toInstant(), (Integer) rs.getObject(3), rs.getString(4), rs.getInt(5))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<WebhookDelivery> withLog = new ArrayList<>(rows.size());
        for (WebhookDelivery d : rows) {
            withLog.add(new WebhookDelivery(d.id(), d.eventId(), d.eventType(), d.status(), d.attempts(), d.createdAt(),
                    d.nextAttemptAt(), d.deliveredAt(), attempts.getOrDefault(d.id(), List.of())));
        }
        return withLog;
    }

    private static WebhookEndpoint endpoint(ResultSet rs, int n) throws SQLException {
        return new WebhookEndpoint(rs.getObject(1, UUID.class), rs.getString(2), Arrays.asList(rs.getString(3)
                .split(",")), rs.getTimestamp(4).toInstant(), instant(rs.getTimestamp(5)));
    }

    private static Target target(ResultSet rs, int n) throws SQLException {
        return new Target(rs.getObject(1, UUID.class), new CreditorId(rs.getObject(2, UUID.class)), rs.getString(3),
                Set.of(rs.getString(4).split(",")), rs.getString(5), rs.getString(6), instant(rs.getTimestamp(7)),
                rs.getTimestamp(8) != null);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
