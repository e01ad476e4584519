package de.kulant.platform.web;

import de.kulant.platform.BusinessDates;
import de.kulant.platform.money.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Money, dates and times as the reader's language writes them; used in templates as {@code @fmt}. */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter GERMAN_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    public String money(Money money) {
        return money(money, LocaleContextHolder.getLocale());
    }

    public String money(Money money, Locale locale) {
        if (money == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance("en".equals(locale.getLanguage()) ? Locale.UK : Locale.GERMANY);
        format.setCurrency(money.currency());
        return format.format(money.amount());
    }

    public String decimal(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(german() ? Locale.GERMANY : Locale.UK);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(6);
        return format.format(value);
    }

    /** A number with one decimal, as the reader's language writes it ("51,3" / "51.3"), for days and averages. */
    public String tenths(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(german() ? Locale.GERMANY : Locale.UK);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.format(german() ? GERMAN_DATE : ENGLISH_DATE);
    }

    public String date(LocalDate date, Locale locale) {
        return date == null ? "" : date.format("en".equals(locale.getLanguage()) ? ENGLISH_DATE : GERMAN_DATE);
    }

    public String time(Instant instant) {
        return instant == null ? "" : instant.atZone(BusinessDates.ZONE).format(german() ? GERMAN_TIME : ENGLISH_TIME);
    }

    public String month(java.time.YearMonth month) {
        return month == null ? "" : month.format(DateTimeFormatter.ofPattern("MMM yyyy", german() ? Locale.GERMANY : Locale.UK));
    }

    /** A percentage with one decimal, as the reader's language writes it ("87,5 %" / "87.5%"). */
    public String percent(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(german() ? Locale.GERMANY : Locale.UK);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value) + (german() ? " %" : "%");
    }

    private static boolean german() {
        return !"en".equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
