package de.kulant.claims;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The id of a claim. */
public record ClaimId(UUID value) implements Serializable {

    public ClaimId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
