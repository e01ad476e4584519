package de.kulant.reporting.internal;

import de.kulant.platform.SecretBox;
import de.kulant.reporting.WebhookProperties;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries: each signed, one attempt at a time per delivery (a lease lets several instances share the
 * work), answered 2xx is delivered; anything else is tried again after the configured waits until a day after the
 * event, then it has failed. Redirects are not followed and the target is checked again before each attempt.
 */
@Component
public class WebhookSender {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    private static final int BATCH = 50;

    private final WebhookStore store;
    private final SecretBox secrets;
    private final WebhookProperties properties;
    private final Clock clock;
    private final HttpClient http;

    WebhookSender(WebhookStore store, SecretBox secrets, WebhookProperties properties, Clock clock) {
        this.store = store;
        this.secrets = secrets;
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(properties.timeout()).build();
    }

    @Scheduled(fixedDelayString = "${kulant.webhooks.dispatch-delay:5s}", initialDelayString = "10s")
    void scheduled() {
        if (properties.dispatchEnabled()) {
            deliverDue();
        }
    }

    /** Attempts every delivery that is due now; the number of attempts made. */
    public int deliverDue() {
        int attempted = 0;
        List<UUID> due;
        do {
            due = store.due(clock.instant(), BATCH);
            for (UUID id : due) {
                if (attempt(id)) {
                    attempted++;
                }
            }
        } while (due.size() == BATCH);
        return attempted;
    }

    /** One attempt of one delivery, if no other instance is at it; true when it was made. */
    public boolean attempt(UUID deliveryId) {
        Instant now = clock.instant();
        Optional<WebhookStore.Due> leased = store.lease(deliveryId, now, now.plus(properties.timeout().multipliedBy(3)));
        if (leased.isEmpty()) {
            return false;
        }
        WebhookStore.Due delivery = leased.get();
        Optional<WebhookStore.Target> target = store.target(delivery.endpointId()).filter(t -> !t.deleted());
        if (target.isEmpty()) {
            store.attempted(delivery, now, null, "the endpoint was deleted", 0, "FAILED", now);
            return true;
        }
        Integer code = null;
        String error = null;
        long started = System.nanoTime();
        Optional<String> refused = WebhookTargets.refusal(target.get().url(), properties.allowLocalhost());
        if (refused.isPresent()) {
            error = "not sent: " + refused.get();
        } else {
            try {
                HttpResponse<Void> response = http.send(request(target.get(), delivery, now),
                        HttpResponse.BodyHandlers.discarding());
                code = response.statusCode();
            } catch (IOException e) {
                error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error = "interrupted";
            }
        }
        int millis = (int) Duration.ofNanos(System.nanoTime() - started).toMillis();
        boolean ok = code != null && code >= 200 && code < 300;
        Instant next = ok ? now : next(delivery, now);
        store.attempted(delivery, now, code, error, millis, ok ? "DELIVERED" : next == null ? "FAILED" : "PENDING",
                next == null ? now : next);
        if (!ok && next == null) {
            log.info("Webhook delivery {} to endpoint {} failed for good after {} attempts", delivery.id(),
                    delivery.endpointId(), delivery.attempts() + 1);
        }
        return true;
    }

    /** When to try again, or null when the day is over: the waits in turn, and a last attempt at the day's end. */
    Instant next(WebhookStore.Due delivery, Instant now) {
        Instant end = delivery.createdAt().plus(properties.giveUpAfter());
        if (!now.isBefore(end)) {
            return null;
        }
        List<Duration> waits = properties.retryDelays();
        Duration wait = waits.get(Math.min(delivery.attempts(), waits.size() - 1));
        Instant next = now.plus(wait);
        return next.isAfter(end) ? end : next;
    }

    private HttpRequest request(WebhookStore.Target target, WebhookStore.Due delivery, Instant now) {
        List<String> keys = new ArrayList<>(2);
        keys.add(secrets.open(target.secretSealed()));
        if (target.previousSealed() != null && target.previousUntil() != null && now.isBefore(target.previousUntil())) {
            keys.add(secrets.open(target.previousSealed()));
        }
        return HttpRequest.newBuilder(URI.create(target.url().strip())).timeout(properties.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Kulant-Webhooks/1")
                .header("Kulant-Delivery", delivery.id().toString())
                .header("Kulant-Signature", WebhookSignature.header(now.getEpochSecond(), delivery.payload(), keys))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload())).build();
    }
}
