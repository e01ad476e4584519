package de.kulant.platform.web;

import de.kulant.platform.CsvWriter;
import de.kulant.platform.XlsxWriter;
import de.kulant.platform.money.Money;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * A list exported as it is shown, streamed row by row as CSV (German pages: semicolons and decimal commas, as German
 * spreadsheets read them; formula cells neutralised) or as an Excel workbook with typed numbers and dates.
 */
public final class TableExport implements AutoCloseable {

    public enum Format {
        CSV, XLSX;

        /** The format a file name's ending asks for; CSV unless it is {@code xlsx}. */
        public static Format of(String extension) {
            return "xlsx".equalsIgnoreCase(extension) ? XLSX : CSV;
        }
    }

    private final Writer csv;
    private final XlsxWriter xlsx;
    private final char separator;
    private final boolean german;
    private final Locale locale;
    private final Formats formats;

    private TableExport(Writer csv, XlsxWriter xlsx, Locale locale, Formats formats) {
        this.csv = csv;
        this.xlsx = xlsx;
        this.german = !"en".equals(locale.getLanguage());
        this.separator = german ? ';' : ',';
        this.locale = locale;
        this.formats = formats;
    }

    /** Starts the download {@code <fileBase>.<csv|xlsx>} with its header row. */
    public static TableExport start(HttpServletResponse response, Format format, String fileBase, List<String> headers,
                                    Locale locale, Formats formats) throws IOException {
        String file = fileBase + (format == Format.XLSX ? ".xlsx" : ".csv");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
        response.setHeader("Cache-Control", "no-store");
        TableExport export;
        if (format == Format.XLSX) {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            export = new TableExport(null, new XlsxWriter(response.getOutputStream(), fileBase), locale, formats);
            export.xlsx.header(headers);
        } else {
            response.setContentType("text/csv; charset=UTF-8");
            Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
            out.write('\uFEFF'); // spreadsheets read the file as UTF-8 only with this mark
            export = new TableExport(out, null, locale, formats);
            out.write(new CsvWriter(export.separator).row(headers).toString());
        }
        return export;
    }

    /** The header row of a list's export: message {@code <prefix>.<column>} of each column in the reader's language. */
    public static List<String> titles(MessageSource messages, Locale locale, String prefix, String... columns) {
        return Arrays.stream(columns).map(column -> messages.getMessage(prefix + "." + column, null, locale))
                .toList();
    }

    /** One row: text, {@link Money}, {@link LocalDate}, whole numbers; null is an empty cell. */
    public void row(Object... cells) {
        if (xlsx != null) {
            xlsx.row(cells);
            return;
        }
        List<String> texts = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            texts.add(text(cell));
        }
        try {
            csv.write(new CsvWriter(separator).row(texts).toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Money money) {
            return number(money.amount());
        }
        if (cell instanceof BigDecimal decimal) {
            return number(decimal);
        }
        if (cell instanceof LocalDate date) {
            return formats.date(date, locale);
        }
        return cell.toString();
    }

    /** An amount as the spreadsheet of the reader's language reads a number: 1234,56 or 1234.56. */
    private String number(BigDecimal value) {
        String plain = value.toPlainString();
        return german ? plain.replace('.', ',') : plain;
    }

    @Override
    public void close() throws IOException {
        if (xlsx != null) {
            xlsx.close();
        } else {
            csv.flush();
        }
    }
}
