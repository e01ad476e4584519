package de.kulant.correspondence.internal;

import de.kulant.platform.money.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Money, dates and rates as the letter's language writes them; {@code f} in the letter templates. */
public record LetterFormat(Locale locale) {

    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public String money(Money money) {
        NumberFormat format = NumberFormat.getCurrencyInstance(german() ? Locale.GERMANY : Locale.UK);
        format.setCurrency(money.currency());
        return format.format(money.amount());
    }

    /** An amount given in its plain form ({@code 119.00}) as the reader writes euros. */
    public String money(String plain) {
        return plain == null || plain.isBlank() ? "" : money(Money.eur(plain));
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.format(german() ? GERMAN : ENGLISH);
    }

    public String rate(BigDecimal percent) {
        NumberFormat format = NumberFormat.getNumberInstance(german() ? Locale.GERMANY : Locale.UK);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(percent);
    }

    /** An IBAN in groups of four, as people read it. */
    public String iban(String iban) {
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < iban.length(); i += 4) {
            grouped.append(i == 0 ? "" : " ").append(iban, i, Math.min(iban.length(), i + 4));
        }
        return grouped.toString();
    }

    private boolean german() {
        return "de".equals(locale.getLanguage());
    }
}
