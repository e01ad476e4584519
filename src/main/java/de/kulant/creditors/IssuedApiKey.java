package de.kulant.creditors;

import java.util.UUID;

/** A newly issued API key: {@code key} is shown only now; Kulant keeps only its hash. */
public record IssuedApiKey(UUID id, String key) {
}
