package de.kulant.platform.web;

import de.kulant.platform.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An audited change said as sentences in the reader's language ("Offen von 119,00 € auf 100,00 € geändert"), read
 * from the JSON the audit trail keeps before and after; used in templates as {@code @changes}.
 */
@Component("changes")
public class ChangeSentences {

    private static final Pattern MONEY = Pattern.compile("-?\\d+\\.\\d{2}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final JsonMapper json;
    private final MessageSource messages;
    private final Formats formats;

    ChangeSentences(JsonMapper json, MessageSource messages, Formats formats) {
        this.json = json;
        this.messages = messages;
        this.formats = formats;
    }

    public List<String> of(String before, String after) {
        Locale locale = LocaleContextHolder.getLocale();
        JsonNode old = read(before);
        JsonNode now = read(after);
        Set<String> keys = new LinkedHashSet<>();
        now.propertyNames().forEach(keys::add);
        old.propertyNames().forEach(keys::add);
        List<String> lines = new ArrayList<>();
        for (String key : keys) {
            String was = value(old.get(key), key, locale);
            String is = value(now.get(key), key, locale);
            if (was == null && is == null) {
                continue;
            }
            if (was == null && isZero(now.get(key)) || is == null && isZero(old.get(key))) {
                continue; // a zero on one side only (no costs, no overpayment) says nothing
            }
            String label = messages.getMessage("history.field." + key, null, key, locale);
            if (was != null && is != null && !was.equals(is)) {
                lines.add(messages.getMessage("history.changed", new Object[] {label, was, is}, locale));
            } else if (is != null) {
                lines.add(messages.getMessage("history.value", new Object[] {label, is}, locale));
            } else {
                lines.add(messages.getMessage("history.before", new Object[] {label, was}, locale));
            }
        }
        return lines;
    }

    private static boolean isZero(JsonNode node) {
        return node != null && node.isString() && MONEY.matcher(node.asString()).matches()
                && new java.math.BigDecimal(node.asString()).signum() == 0;
    }

    private JsonNode read(String text) {
        if (text == null || text.isBlank()) {
            return json.createObjectNode();
        }
        try {
            JsonNode node = json.readTree(text);
            return node.isObject() ? node : json.createObjectNode();
        } catch (JacksonException e) {
            return json.createObjectNode();
        }
    }

    /** A value as people read it; null for what says nothing to them (ids, empty values, nested data). */
    private String value(JsonNode node, String key, Locale locale) {
        if (node == null || node.isNull() || node.isContainer()) {
            return null;
        }
        String text = node.asString();
        if (text.isEmpty() || UUID_TEXT.matcher(text).matches()) {
            return null;
        }
        if (node.isBoolean()) {
            return messages.getMessage(node.asBoolean() ? "history.yes" : "history.no", null, locale);
        }
        if ("status".equals(key)) {
            return messages.getMessage("status." + text, null, text, locale);
        }
        if (MONEY.matcher(text).matches()) {
            return formats.money(Money.eur(text), locale);
        }
        if (DATE.matcher(text).matches()) {
            return formats.date(LocalDate.parse(text), locale);
        }
        return messages.getMessage("history.code." + key + "." + text, null, text, locale);
    }
}
