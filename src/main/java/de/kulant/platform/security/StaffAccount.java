package de.kulant.platform.security;

import de.kulant.platform.Role;
import java.time.Instant;
import java.util.UUID;

/**
 * A staff member as admins see them; {@code passwordSet} is false while an invitation is still open,
 * {@code linkExpiresAt} when an unused invitation or reset link exists.
 */
record StaffAccount(UUID id, String username, String name, String email, Role role, boolean active,
                    Instant createdAt, boolean passwordSet, Instant linkExpiresAt) {
}
