package de.kulant.portal.web;

import de.kulant.platform.FieldViolation;
import de.kulant.platform.money.Money;
import de.kulant.platform.web.Formats;
import de.kulant.platform.web.Violations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Says a statement line's message key with its arguments in the page's language: amounts and dates as people write them. */
@Component("portalText")
public class PortalText {

    private final MessageSource messages;
    private final Formats formats;
    private final Violations violations;

    PortalText(MessageSource messages, Formats formats, Violations violations) {
        this.messages = messages;
        this.formats = formats;
        this.violations = violations;
    }

    /** A refused input as the debtor reads it: the portal's own wording where staff wording would not fit. */
    public String error(FieldViolation violation) {
        var locale = LocaleContextHolder.getLocale();
        if (violation.code() != null) {
            String own = messages.getMessage("portal.violation." + violation.code(), null, null, locale);
            if (own != null) {
                return own;
            }
        }
        return violations.sentence(violation, locale);
    }

    public String say(String key, List<Object> args) {
        var locale = LocaleContextHolder.getLocale();
        Object[] shown = args.stream().map(arg -> arg instanceof Money money ? formats.money(money, locale)
                : arg instanceof LocalDate date ? formats.date(date, locale)
                : arg instanceof BigDecimal number ? formats.decimal(number)
                : arg instanceof List<?> list ? String.join(" / ", list.stream().map(item -> item instanceof BigDecimal n
                ? formats.decimal(n) : String.valueOf(item)).toList()) : arg).toArray();
        return messages.getMessage(key, shown, locale);
    }
}
