package de.kulant.payments;

import java.util.Arrays;
import java.util.List;

/**
 * Why a payment is where it is, as a code and its details, so that the UI says it in the reader's language
 * (message {@code payReason.<code>}) and the API can give both. Stored as {@code code|detail|detail}.
 */
public record Reason(String code, List<String> details) {

    public static Reason of(String code, String... details) {
        return new Reason(code, List.of(details));
    }

    public String encode() {
        StringBuilder text = new StringBuilder(code);
        details.forEach(d -> text.append('|').append(d == null ? "" : d.replace('|', '/')));
        return text.toString();
    }

    public static Reason decode(String stored) {
        if (stored == null || stored.isEmpty()) {
            return null;
        }
        String[] parts = stored.split("\\|", -1);
        return new Reason(parts[0], List.copyOf(Arrays.asList(parts).subList(1, parts.length)));
    }

    /** The details as message arguments. */
    public Object[] arguments() {
        return details.toArray();
    }
}
