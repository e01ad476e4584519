package de.kulant.claims;

import java.util.Objects;
import java.util.UUID;

/** The id of a debtor, who belongs to exactly one creditor. */
public record DebtorId(UUID value) {

    public DebtorId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
