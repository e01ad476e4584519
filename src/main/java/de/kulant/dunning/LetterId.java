package de.kulant.dunning;

import java.util.Objects;
import java.util.UUID;

/** A combined letter: the notices of one debtor from one run, sent together (its id is the notices' combined id). */
public record LetterId(UUID value) {

    public LetterId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
