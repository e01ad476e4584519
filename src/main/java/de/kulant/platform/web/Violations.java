package de.kulant.platform.web;

import de.kulant.platform.FieldViolation;
import de.kulant.platform.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A refused input said as a sentence in the reader's language, naming the field as the form labels it
 * ({@code levels[1].fee} becomes "Gebühr (Stufe 2)"); used in templates as {@code @violations}.
 */
@Component("violations")
public class Violations {

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private final MessageSource messages;
    private final Formats formats;

    Violations(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    public String sentence(FieldViolation violation) {
        return sentence(violation, LocaleContextHolder.getLocale());
    }

    public String sentence(FieldViolation violation, Locale locale) {
        String label = label(violation.field(), locale);
        if (violation.code() != null) {
            List<Object> args = new ArrayList<>();
            args.add(label);
            violation.args().forEach(arg -> args.add(arg instanceof Money money ? formats.money(money, locale)
                    : arg instanceof java.time.LocalDate date ? formats.date(date, locale) : arg));
            String text = messages.getMessage("violation." + violation.code(), args.toArray(), null, locale);
            if (text != null) {
                return prefixed(violation, text, locale);
            }
        }
        // not yet a sentence of its own: the field's label and the English reason
        String message = violation.message();
        return prefixed(violation, label.isEmpty() ? message : label + ": " + message, locale);
    }

    /** The label the form gives a field, or the field's own name when no form labels it. */
    public String label(String field, Locale locale) {
        if (field == null || field.isEmpty()) {
            return "";
        }
        List<Object> positions = new ArrayList<>();
        Matcher index = INDEX.matcher(field);
        while (index.find()) {
            positions.add(Integer.parseInt(index.group(1)) + 1);
        }
        String key = "field." + INDEX.matcher(field).replaceAll("");
        return messages.getMessage(key, positions.toArray(), field, locale);
    }

    private String prefixed(FieldViolation violation, String text, Locale locale) {
        if (violation.line() != null) {
            return messages.getMessage("violation.atLine", new Object[] {violation.line(), text}, locale);
        }
        if (violation.index() != null) {
            return messages.getMessage("violation.atIndex", new Object[] {violation.index() + 1, text}, locale);
        }
        return text;
    }
}
