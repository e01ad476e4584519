package de.kulant.creditors;

import java.time.Instant;
import java.util.UUID;

/**
 * One of a shop's users as the shop's user list shows them; {@code confirmedAt} is null while an invitation or the
 * address confirmation is open.
 */
public record ShopMember(UUID id, String email, String role, Instant confirmedAt, Instant createdAt) {
}
