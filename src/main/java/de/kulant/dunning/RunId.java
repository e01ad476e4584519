package de.kulant.dunning;

import java.util.Objects;
import java.util.UUID;

/** A dunning run. */
public record RunId(UUID value) {

    public RunId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
