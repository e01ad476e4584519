package de.kulant.correspondence;

import de.kulant.platform.CreditorId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A document that was sent: what kind, its SHA-256 and size, and when. */
public record DocumentView(UUID id, CreditorId creditorId, UUID combinedId, String kind, String mediaType,
                           String sha256, long sizeBytes, Integer pages, LocalDate issuedOn, Instant createdAt) {
}
