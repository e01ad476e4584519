package de.kulant.reporting.internal;

import de.kulant.platform.CreditorId;
import de.kulant.platform.Ids;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns what happened into deliveries, one per event and endpoint that takes it. Called after the change committed
 * (from the event publication registry), so a rolled-back change never reaches a shop; the sender does the rest.
 */
@Component
public class WebhookOutbox {

    /** One event for one shop; {@code key} makes its id, the same when the event is handled again. */
    public record Event(String type, CreditorId creditorId, String key, Map<String, Object> data) {

        public UUID id() {
            return UUID.nameUUIDFromBytes((type + "|" + key).getBytes(StandardCharsets.UTF_8));
        }
    }

    private final WebhookStore store;
    private final JsonMapper json;
    private final Clock clock;

    WebhookOutbox(WebhookStore store, JsonMapper json, Clock clock) {
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public List<UUID> enqueue(List<Event> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<WebhookStore.Target> targets = store.subscribed(events.stream().map(Event::creditorId).distinct().toList());
        if (targets.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<WebhookStore.NewDelivery> deliveries = new ArrayList<>();
        for (Event event : events) {
            for (WebhookStore.Target target : targets) {
                if (target.creditorId().equals(event.creditorId()) && target.events().contains(event.type())) {
                    deliveries.add(new WebhookStore.NewDelivery(Ids.next(), event.creditorId(), target.id(),
                            event.id(), event.type(), payload(event, now), now));
                }
            }
        }
        store.insertDeliveries(deliveries);
        return deliveries.stream().map(WebhookStore.NewDelivery::id).toList();
    }

    /** A test event for one endpoint only, whatever events it takes; the ids of its delivery. */
    @Transactional
    public List<UUID> enqueueTest(CreditorId creditor, UUID endpoint, Map<String, Object> data) {
        Instant now = clock.instant();
        Event event = new Event("webhook.test", creditor, Ids.next().toString(), data);
        UUID id = Ids.next();
        store.insertDeliveries(List.of(new WebhookStore.NewDelivery(id, creditor, endpoint, event.id(), event.type(),
                payload(event, now), now)));
        return List.of(id);
    }

    /** Whether any endpoint takes {@code type}: a large event skips its lookups when none does. */
    public boolean anyFor(String type) {
        return store.anySubscribed(type);
    }

    private String payload(Event event, Instant now) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", event.id().toString());
        body.put("type", event.type());
        body.put("createdAt", now.toString());
        body.put("creditorId", event.creditorId().toString());
        body.put("data", event.data());
        return json.writeValueAsString(body);
    }
}
