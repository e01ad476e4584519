package de.kulant.platform;

import de.kulant.platform.money.Amounts;
import de.kulant.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.iban4j.BicUtil;
import org.iban4j.Iban4jException;
import org.iban4j.IbanUtil;

/**
 * Collects every violation of one input instead of stopping at the first, so the caller learns
 * all that is wrong in one answer. Each check returns the parsed value, or null when invalid.
 */
public final class InputCheck {

    // dot-atom local part as mail servers accept it: no leading, trailing or double dot, no specials
    private static final Pattern EMAIL = Pattern.compile(
            "^(?=[^@]{1,64}@)[^@\\s.()<>,;:\\\\\"\\[\\]]+(\\.[^@\\s.()<>,;:\\\\\"\\[\\]]+)*@[^@\\s.]+(\\.[^@\\s.]+)+$");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final DateTimeFormatter GERMAN_DATE =
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern GERMAN_POSTAL_CODE = Pattern.compile("\\d{5}");
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final String prefix;
    private final List<FieldViolation> violations;
    private final Locale typedBy;

    /** Checks input of a program (the API): amounts in their one form, {@code 119.00}. */
    public InputCheck() {
        this("", new ArrayList<>(), null);
    }

    private InputCheck(String prefix, List<FieldViolation> violations, Locale typedBy) {
        this.prefix = prefix;
        this.violations = violations;
        this.typedBy = typedBy;
    }

    /** Checks what a person typed in a form in their language: amounts also as {@code 1.234,56} or {@code 1,234.56}. */
    public static InputCheck typedBy(Locale locale) {
        return new InputCheck("", new ArrayList<>(), locale);
    }

    /** A check for a nested object whose fields are reported as {@code prefix.field}. */
    public InputCheck nested(String name) {
        return new InputCheck(prefix + name + ".", violations, typedBy);
    }

    public void violation(String field, String message) {
        violations.add(FieldViolation.of(name(field), message));
    }

    /** A violation a page can say in its reader's language: message key {@code violation.<code>}, then the args. */
    public void violation(String field, String code, String message, Object... args) {
        violations.add(FieldViolation.coded(name(field), code, message, args));
    }

    private String name(String field) {
        return field.isEmpty() && prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix + field;
    }

    public List<FieldViolation> violations() {
        return Collections.unmodifiableList(violations);
    }

    public boolean isValid() {
        return violations.isEmpty();
    }

    public void throwIfInvalid() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    public String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            violation(field, "required", "is required");
            return null;
        }
        return optional(field, value, maxLength);
    }

    public String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            violation(field, "tooLong", "must have at most " + maxLength + " characters", maxLength);
            return null;
        }
        if (trimmed.chars().anyMatch(c -> c < 0x20)) {
            violation(field, "controlCharacters", "must not contain control characters");
            return null;
        }
        if (hasLoneSurrogate(trimmed)) {
            violation(field, "contains a character that is not valid text (half of a UTF-16 surrogate pair)");
            return null;
        }
        return trimmed;
    }

    public String email(String field, String value, boolean required) {
        String text = required ? required(field, value, 254) : optional(field, value, 254);
        if (text != null && !EMAIL.matcher(text).matches()) {
            violation(field, "email", "'" + text + "' is not an e-mail address", text);
            return null;
        }
        return text;
    }

    /** ISO 3166-1 alpha-2; blank means Germany. */
    public String country(String field, String value) {
        if (value == null || value.isBlank()) {
            return "DE";
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            violation(field, "country", "'" + value.strip() + "' is not an ISO 3166 country code (e.g. DE, AT)", value.strip());
            return null;
        }
        return code;
    }

    public String postalCode(String field, String value, String country) {
        String code = required(field, value, 10);
        if (code != null && "DE".equals(country) && !GERMAN_POSTAL_CODE.matcher(code).matches()) {
            violation(field, "postalCode", "a German postal code has five digits");
            return null;
        }
        return code;
    }

    public String iban(String field, String value) {
        String text = required(field, value, 42);
        if (text == null) {
            return null;
        }
        String compact = text.replace(" ", "").toUpperCase(Locale.ROOT);
        try {
            IbanUtil.validate(compact);
            return compact;
        } catch (Iban4jException e) {
            violation(field, "iban", "'" + text + "' is not a valid IBAN (" + e.getMessage() + ")", text);
            return null;
        }
    }

    public String bic(String field, String value) {
        String text = optional(field, value, 11);
        if (text == null) {
            return null;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        try {
            BicUtil.validate(upper);
            return upper;
        } catch (Iban4jException e) {
            violation(field, "bic", "'" + text + "' is not a valid BIC", text);
            return null;
        }
    }

    /** An ISO date ({@code 2026-09-01}) or a German one ({@code 01.09.2026}). */
    public LocalDate date(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                violation(field, "required", "is required");
            }
            return null;
        }
        String text = value.strip();
        LocalDate date;
        try {
            date = text.contains(".") ? LocalDate.parse(text, GERMAN_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            violation(field, "date", "'" + text + "' is not a date (YYYY-MM-DD or DD.MM.YYYY)", text);
            return null;
        }
        // both databases store the years 1 to 9999; PostgreSQL would store others as infinity or refuse them
        if (date.getYear() < 1 || date.getYear() > 9999) {
            violation(field, "year", "'" + text + "' lies outside the years 0001 to 9999", text);
            return null;
        }
        return date;
    }

    /** A positive amount with at most two decimals, up to {@code maximum}; the API form {@code "119.00"}. */
    public Money amount(String field, String value, Money maximum) {
        if (value == null || value.isBlank()) {
            violation(field, "required", "is required");
            return null;
        }
        String text = value.strip();
        BigDecimal number = number(text);
        if (number == null) {
            violation(field, "amount", "'" + text + "' is not an amount (e.g. \"119.00\")", text);
            return null;
        }
        return amount(field, number, maximum);
    }

    /** An amount of zero or more with at most two decimals, up to {@code maximum} (a limit, a tolerance). */
    public Money amountOrZero(String field, String value, Money maximum) {
        if (value == null || value.isBlank()) {
            violation(field, "required", "is required");
            return null;
        }
        String text = value.strip();
        if (text.startsWith("-")) {
            violation(field, "negative", "must not be negative");
            return null;
        }
        BigDecimal amount = number(text);
        if (amount == null) {
            violation(field, "amount", "'" + text + "' is not an amount (e.g. \"5.00\")", text);
            return null;
        }
        return amount.signum() == 0 ? Money.eur(amount.setScale(2)) : amount(field, amount, maximum);
    }

    public Money amount(String field, BigDecimal value, Money maximum) {
        if (value.signum() <= 0) {
            violation(field, "positive", "must be greater than 0");
            return null;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            violation(field, "decimals", "must have at most two decimals");
            return null;
        }
        Money money = Money.eur(value);
        if (money.isGreaterThan(maximum)) {
            violation(field, "maximum", "must not exceed " + maximum.toPlainString(), maximum);
            return null;
        }
        return money;
    }

    /** The number in the API's form, or as the person typed it in their language; null when it is none. */
    private BigDecimal number(String text) {
        if (typedBy == null) {
            return PLAIN_DECIMAL.matcher(text).matches() ? new BigDecimal(text) : null;
        }
        return Amounts.parse(text, "de".equals(typedBy.getLanguage())).orElse(null);
    }

    /** A high surrogate without its low half or a low one without its high half cannot be stored as UTF-8. */
    static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** Only EUR for now (api.md); blank means EUR. */
    public String currency(String field, String value) {
        if (value == null || value.isBlank() || "EUR".equals(value.strip().toUpperCase(Locale.ROOT))) {
            return "EUR";
        }
        violation(field, "only EUR is supported, not '" + value.strip() + "'");
        return null;
    }
}
