package de.kulant.collection;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The number printed on every collection letter: eight random characters and a check character, grouped in threes
 * ({@code 7KQ-M2P-4XZ}). The alphabet leaves out 0, 1, I and O, which are misread on paper and phones; the check
 * character (Luhn mod 32) catches a single wrong character and most swapped neighbours.
 */
public record CaseReference(String value) {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int BASE = ALPHABET.length();
    private static final SecureRandom RANDOM = new SecureRandom();

    public CaseReference {
        if (value == null || !value.equals(normalised(value))) {
            throw new IllegalArgumentException("not a case reference: " + value);
        }
    }

    public static CaseReference random() {
        StringBuilder payload = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            payload.append(ALPHABET.charAt(RANDOM.nextInt(BASE)));
        }
        return new CaseReference(format(payload.toString() + checkCharacter(payload.toString())));
    }

    /** A reference as a person typed it (any case, with or without dashes or spaces); null when it is not valid. */
    public static CaseReference parse(String typed) {
        String formatted = normalised(typed);
        return formatted == null ? null : new CaseReference(formatted);
    }

    /** The reference written {@code XXX-XXX-XXX}, or null when {@code typed} has a wrong character or check. */
    private static String normalised(String typed) {
        if (typed == null) {
            return null;
        }
        String plain = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (plain.length() != 9) {
            return null;
        }
        for (int i = 0; i < plain.length(); i++) {
            if (ALPHABET.indexOf(plain.charAt(i)) < 0) {
                return null;
            }
        }
        if (checkCharacter(plain.substring(0, 8)) != plain.charAt(8)) {
            return null;
        }
        return format(plain);
    }

    /** Luhn mod N over the alphabet: every second character from the right doubled, digits of base N summed. */
    static char checkCharacter(String payload) {
        int sum = 0;
        boolean twice = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int value = ALPHABET.indexOf(payload.charAt(i));
            if (twice) {
                value *= 2;
                value = value / BASE + value % BASE;
            }
            sum += value;
            twice = !twice;
        }
        return ALPHABET.charAt((BASE - sum % BASE) % BASE);
    }

    private static String format(String plain) {
        return plain.substring(0, 3) + "-" + plain.substring(3, 6) + "-" + plain.substring(6, 9);
    }

    @Override
    public String toString() {
        return value;
    }
}
