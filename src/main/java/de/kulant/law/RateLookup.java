package de.kulant.law;

/** The base rate for a date; {@code provisional} when the date lies beyond the last published value. */
public record RateLookup(BaseRate rate, boolean provisional) {
}
