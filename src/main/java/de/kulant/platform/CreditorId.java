package de.kulant.platform;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The id of a creditor (a shop, our tenant). Every business row carries one. */
public record CreditorId(UUID value) implements Serializable {

    public CreditorId {
        Objects.requireNonNull(value, "value");
    }

    public static CreditorId of(String value) {
        return new CreditorId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
