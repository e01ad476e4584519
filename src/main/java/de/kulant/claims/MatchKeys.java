package de.kulant.claims;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How invoice numbers and names are compared with what payers type: keys that ignore case, spaces,
 * dashes, prefixes and the order of names. Stored on claims and debtors so that a match is an index lookup.
 */
public final class MatchKeys {

    /** Shorter digit runs are too common to point to one invoice. */
    public static final int MIN_DIGITS = 4;
    private static final Set<String> NAME_NOISE = Set.of("herr", "herrn", "frau", "dr", "prof", "und", "u", "von",
            "familie", "fam", "eheleute", "mr", "mrs", "ms");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NON_LETTERS = Pattern.compile("[^a-z]+");

    private MatchKeys() {
    }

    /** {@code R-2026/0815} → {@code R20260815}. */
    public static String invoiceKey(String invoiceNumber) {
        StringBuilder key = new StringBuilder(invoiceNumber.length());
        for (int i = 0; i < invoiceNumber.length(); i++) {
            char c = invoiceNumber.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                key.append(c);
            } else if (c >= 'a' && c <= 'z') {
                key.append((char) (c - 32));
            }
        }
        return key.toString();
    }

    /** {@code R-2026/0815} → {@code 20260815}: the digits without leading zeros, or null when too few to be telling. */
    public static String invoiceDigits(String invoiceNumber) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < invoiceNumber.length(); i++) {
            char c = invoiceNumber.charAt(i);
            if (c >= '0' && c <= '9' && !(digits.length() == 0 && c == '0')) {
                digits.append(c);
            }
        }
        return digits.length() >= MIN_DIGITS ? digits.toString() : null;
    }

    /** {@code Müller, Hans-Peter} and {@code HANS PETER MUELLER} → {@code hans mueller peter}; null when nothing is left. */
    public static String nameKey(String name) {
        if (name == null) {
            return null;
        }
        String folded = name.toLowerCase(Locale.GERMAN).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss");
        folded = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
        String key = Arrays.stream(NON_LETTERS.split(folded))
                .filter(token -> token.length() > 1 && !NAME_NOISE.contains(token))
                .distinct()
                .sorted()
                .collect(Collectors.joining(" "));
        return key.isEmpty() ? null : key.length() > 140 ? key.substring(0, 140) : key;
    }
}
