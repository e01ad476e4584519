package de.kulant.creditors;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A code a shop may give when it signs up: it waives the success commission for a number of months. Valid until a
 * day (inclusive) and for a number of sign-ups, each when set.
 */
public record PromoCode(String code, int waivesCommissionMonths, LocalDate validUntil, Integer maxUses, int uses,
                        Instant createdAt, String createdBy) implements Serializable {
}
