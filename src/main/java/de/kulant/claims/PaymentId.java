package de.kulant.claims;

import java.util.Objects;
import java.util.UUID;

/** A payment as the ledger knows it: a bank payment (its id in payments) or one a shop reported. */
public record PaymentId(UUID value) {

    public PaymentId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
