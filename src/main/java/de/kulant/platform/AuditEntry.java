package de.kulant.platform;

/**
 * One thing that happened, for the audit trail. {@code before} and {@code after} are snapshots
 * (records or maps) written as JSON; either may be null.
 */
public record AuditEntry(CreditorId creditorId, String entityType, String entityId, String action, Actor actor,
                         Object before, Object after) {
}
