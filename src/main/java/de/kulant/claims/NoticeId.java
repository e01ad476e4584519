package de.kulant.claims;

import java.util.Objects;
import java.util.UUID;

/** A dunning notice: one claim's step in the chain, its fee's source on the ledger. */
public record NoticeId(UUID value) {

    public NoticeId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
