package de.kulant.reporting;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One event sent to one endpoint, with every attempt and what the endpoint answered. {@code status}: PENDING (next
 * attempt at {@code nextAttemptAt}), DELIVERED, or FAILED after a day of retries.
 */
public record WebhookDelivery(UUID id, UUID eventId, String eventType, String status, int attempts, Instant createdAt,
                              Instant nextAttemptAt, Instant deliveredAt, List<Attempt> log) implements Serializable {

    /** {@code statusCode} null when no answer came (refused, timed out); then {@code error} says why. */
    public record Attempt(Instant at, Integer statusCode, String error, int durationMs) implements Serializable {
    }
}
