package de.kulant.collection;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The id of a collection case. */
public record CaseId(UUID value) implements Serializable {

    public CaseId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
