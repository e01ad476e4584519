package de.kulant.platform;

import java.time.Instant;

/** A stored audit entry as shown in a history: who did what when, with the JSON before and after. */
public record AuditEvent(String action, String actor, Instant occurredAt, String before, String after) {
}
