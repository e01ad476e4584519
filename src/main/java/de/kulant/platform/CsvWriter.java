package de.kulant.platform;

import java.util.List;

/**
 * The one way Kulant writes CSV: cells separated by {@code separator}, lines ended by CRLF, a cell quoted when it
 * holds the separator, a quote or a line break, and every cell that a spreadsheet would read as a formula (starting
 * with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return) neutralised by a leading apostrophe, as
 * OWASP advises against CSV injection.
 */
public final class CsvWriter {

    private final char separator;
    private final StringBuilder text = new StringBuilder();

    public CsvWriter(char separator) {
        this.separator = separator;
    }

    public CsvWriter row(String... cells) {
        return row(List.of(cells));
    }

    public CsvWriter row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(separator);
            }
            text.append(cell(cells.get(i), separator));
        }
        text.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** One cell as written: neutralised if it could start a formula, quoted if it must be. */
    static String cell(String value, char separator) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        boolean neutralise = startsFormula(value);
        String safe = neutralise ? "'" + value : value;
        boolean quote = neutralise || safe.indexOf(separator) >= 0 || safe.contains("\"") || safe.contains("\n")
                || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    private static boolean startsFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
