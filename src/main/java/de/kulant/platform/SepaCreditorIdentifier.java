package de.kulant.platform;

import java.util.Locale;

/**
 * A SEPA creditor identifier (Gläubiger-Identifikationsnummer), e.g. {@code DE98ZZZ09999999999}: country, two check
 * digits, a three-character business code that the check ignores, and the national identifier. The check digits are
 * computed like an IBAN's over the national identifier followed by the country and {@code 00} (ISO 7064, MOD 97-10).
 */
public record SepaCreditorIdentifier(String value) {

    public SepaCreditorIdentifier {
        if (!isValid(value)) {
            throw new IllegalArgumentException("'" + value + "' is not a valid SEPA creditor identifier");
        }
        value = value.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String value) {
        if (value == null) {
            return false;
        }
        String compact = value.replace(" ", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 8 || compact.length() > 35 || !compact.matches("[A-Z]{2}\\d{2}[A-Z0-9]{3}[A-Z0-9]+")) {
            return false;
        }
        String checked = compact.substring(7) + compact.substring(0, 2) + compact.substring(2, 4);
        int remainder = 0;
        for (char c : checked.toCharArray()) {
            int digit = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = (digit > 9 ? remainder * 100 + digit : remainder * 10 + digit) % 97;
        }
        return remainder == 1;
    }
}
