package de.kulant.reporting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A shop's webhook endpoint: where its events go; the secret is never part of it ({@code previousUntil}: rotation). */
public record WebhookEndpoint(UUID id, String url, List<String> events, Instant createdAt, Instant previousUntil) {
}
