package de.kulant.payments;

import java.util.Objects;
import java.util.UUID;

/** An imported bank statement file. */
public record StatementId(UUID value) {

    public StatementId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
