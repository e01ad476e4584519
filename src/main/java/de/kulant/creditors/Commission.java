package de.kulant.creditors;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The success commission a shop pays on the principal and interest the agency collects for it, in percent, and the
 * last day a promo code waives it (null when none does).
 */
public record Commission(BigDecimal percent, LocalDate waivedUntil) {

    /** Whether money first paid on {@code day} bears no commission. */
    public boolean waivedOn(LocalDate day) {
        return waivedUntil != null && !day.isAfter(waivedUntil);
    }
}
