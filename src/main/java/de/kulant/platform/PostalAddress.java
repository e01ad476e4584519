package de.kulant.platform;

/** A postal address; {@code country} is ISO 3166-1 alpha-2. */
public record PostalAddress(String street, String postalCode, String city, String country) {
}
