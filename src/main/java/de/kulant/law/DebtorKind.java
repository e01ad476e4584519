package de.kulant.law;

import java.util.Locale;

/** Consumer (§13 BGB) or business (§14 BGB); decides the interest margin and the B2B flat fee. */
public enum DebtorKind {
    CONSUMER, BUSINESS;

    public static DebtorKind parse(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new LawInputException(field, "is required (CONSUMER or BUSINESS)");
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new LawInputException(field, "unknown debtor kind '" + value + "' (CONSUMER or BUSINESS)");
        }
    }
}
