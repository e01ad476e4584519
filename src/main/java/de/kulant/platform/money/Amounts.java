package de.kulant.platform.money;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an amount as people type it: {@code 119.00} (the API form), {@code 1.234,56} and {@code 500,00} (German),
 * {@code 1,234.56} (English), with or without a euro sign. A lone separator followed by exactly three digits is a
 * thousands separator in the reader's language ({@code 1.234} is 1234 in German, 1.234 in English).
 */
public final class Amounts {

    private static final Pattern DIGITS_WITH_SEPARATORS = Pattern.compile("-?[0-9][0-9.,]*");
    private static final Pattern GROUPED = Pattern.compile("-?[0-9]{1,3}(\\x{0}[0-9]{3})*");

    private Amounts() {
    }

    /** The number typed, or empty when it is not one; {@code german} decides the one ambiguous form. */
    public static Optional<BigDecimal> parse(String typed, boolean german) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip().replace("€", "").replace("EUR", "").replace("\u00a0", "").replace(" ", "")
                .replace("'", "");
        if (text.isEmpty() || !DIGITS_WITH_SEPARATORS.matcher(text).matches()) {
            return Optional.empty();
        }
        int dot = text.lastIndexOf('.');
        int comma = text.lastIndexOf(',');
        char decimal;
        if (dot >= 0 && comma >= 0) {
            decimal = dot > comma ? '.' : ',';
        } else if (dot < 0 && comma < 0) {
            return Optional.of(new BigDecimal(text));
        } else {
            char only = dot >= 0 ? '.' : ',';
            int at = Math.max(dot, comma);
            boolean once = text.indexOf(only) == at;
            boolean threeAfter = text.length() - at - 1 == 3;
            if (!once) {
                decimal = only == '.' ? ',' : '.';
            } else if (threeAfter) {
                decimal = german ? ',' : '.';
            } else {
                decimal = only;
            }
        }
        char grouping = decimal == '.' ? ',' : '.';
        int decimalAt = text.lastIndexOf(decimal);
        String whole = decimalAt < 0 ? text : text.substring(0, decimalAt);
        String fraction = decimalAt < 0 ? "" : text.substring(decimalAt + 1);
        if (fraction.indexOf('.') >= 0 || fraction.indexOf(',') >= 0 || (decimalAt >= 0 && fraction.isEmpty())
                || whole.indexOf(decimal) >= 0) {
            return Optional.empty();
        }
        if (whole.indexOf(grouping) >= 0
                && !Pattern.compile(GROUPED.pattern().replace("\\x{0}", Pattern.quote(String.valueOf(grouping))))
                        .matcher(whole).matches()) {
            return Optional.empty();
        }
        String plain = whole.replace(String.valueOf(grouping), "") + (fraction.isEmpty() ? "" : "." + fraction);
        return Optional.of(new BigDecimal(plain));
    }
}
