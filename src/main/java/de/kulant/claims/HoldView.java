package de.kulant.claims;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A hold on a claim; {@code liftedAt} is set once lifted. */
public record HoldView(UUID id, HoldKind kind, String reason, LocalDate until, Instant createdAt, String createdBy,
                       Instant liftedAt, String liftedBy) {

    public boolean isActiveOn(LocalDate date) {
        return liftedAt == null && (until == null || !until.isBefore(date));
    }
}
