package de.kulant.platform;

import java.util.Locale;

/**
 * A structured creditor reference (ISO 11649, "RF" reference): {@code RF}, two check digits and up to 21
 * letters or digits. Checked like an IBAN: the reference followed by {@code RF00}, letters as numbers
 * (A = 10), modulo 97; the check digits are 98 minus that remainder.
 */
public record CreditorReference(String value) {

    public CreditorReference {
        if (!isValid(value)) {
            throw new IllegalArgumentException("'" + value + "' is not a valid RF creditor reference");
        }
    }

    /** The reference of a claim: its reference number as the reference part. */
    public static CreditorReference of(long number) {
        return ofReference(Long.toString(number));
    }

    public static CreditorReference ofReference(String reference) {
        String body = reference.toUpperCase(Locale.ROOT);
        if (body.isEmpty() || body.length() > 21 || !body.chars().allMatch(Character::isLetterOrDigit)) {
            throw new IllegalArgumentException("a reference has 1 to 21 letters or digits: " + reference);
        }
        int check = 98 - mod97(body + "RF00");
        return new CreditorReference("RF" + (check < 10 ? "0" : "") + check + body);
    }

    public static boolean isValid(String value) {
        if (value == null) {
            return false;
        }
        String compact = value.replace(" ", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 5 || compact.length() > 25 || !compact.startsWith("RF")
                || !compact.chars().allMatch(Character::isLetterOrDigit)) {
            return false;
        }
        return mod97(compact.substring(4) + compact.substring(0, 4)) == 1;
    }

    /** {@code RF18 5390 0754 7034}: in groups of four, as printed on letters. */
    public String printed() {
        StringBuilder printed = new StringBuilder();
        for (int i = 0; i < value.length(); i += 4) {
            printed.append(i == 0 ? "" : " ").append(value, i, Math.min(value.length(), i + 4));
        }
        return printed.toString();
    }

    /** The remainder modulo 97 of the text with letters as numbers, digit by digit (no big number is built). */
    private static int mod97(String text) {
        int remainder = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String digits = Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10);
            for (int j = 0; j < digits.length(); j++) {
                remainder = (remainder * 10 + Character.digit(digits.charAt(j), 10)) % 97;
            }
        }
        return remainder;
    }
}
