package de.kulant.creditors;

import java.time.Instant;
import java.util.UUID;

/** What can be shown about a stored key: never the key itself, only its first characters. */
public record ApiKeyInfo(UUID id, String prefix, Instant createdAt, String createdBy, Instant revokedAt) {
}
