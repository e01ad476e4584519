package de.kulant.claims.csv;

import de.kulant.claims.ClaimRequest;
import de.kulant.claims.ClaimRequest.AddressRequest;
import de.kulant.claims.ClaimRequest.DebtorRequest;
import de.kulant.platform.CsvText;
import de.kulant.platform.FieldViolation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The claim CSV of api.md: a header naming the columns in any order (case-insensitive), one claim per
 * line, amounts with decimal comma or point, dates as {@code dd.MM.yyyy} or ISO.
 */
public final class ClaimCsv {

    public static final int MAX_ROWS = 100_000;
    public static final List<String> COLUMNS = List.of("invoiceNumber", "invoiceDate", "dueDate", "amount", "currency",
            "consumerNoticeGiven", "calendarDueDateAgreed", "debtorKind", "customerNumber", "name", "email", "phone",
            "street", "postalCode", "city", "country", "customerTag");
    public static final Set<String> REQUIRED = Set.of("invoiceNumber", "invoiceDate", "dueDate", "amount", "debtorKind",
            "name", "street", "postalCode", "city");

    private static final Pattern GROUPED_DOTS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");

    /** The claims read, each with the line it came from, or every violation found. */
    public record Parsed(List<ClaimRequest> requests, List<Integer> lines, List<FieldViolation> violations) {
    }

    private ClaimCsv() {
    }

    public static Parsed parse(byte[] content) {
        CsvText.Result text = CsvText.read(content);
        if (!text.violations().isEmpty()) {
            return new Parsed(List.of(), List.of(), text.violations());
        }
        List<CsvText.Record> records = text.records();
        List<FieldViolation> violations = new ArrayList<>();
        Map<String, Integer> columns = header(records.get(0), violations);
        if (!violations.isEmpty()) {
            return new Parsed(List.of(), List.of(), violations);
        }
        if (records.size() == 1) {
            violations.add(FieldViolation.coded("file", "csvNoClaims", "the file has a header but no claims").atLine(1));
        }
        if (records.size() - 1 > MAX_ROWS) {
            violations.add(FieldViolation.coded("file", "csvTooManyRows", "at most " + MAX_ROWS
                    + " claims per file, not " + (records.size() - 1), MAX_ROWS, records.size() - 1).atLine(1));
        }
        if (!violations.isEmpty()) {
            return new Parsed(List.of(), List.of(), violations);
        }
        int width = records.get(0).fields().size();
        List<ClaimRequest> requests = new ArrayList<>(records.size() - 1);
        List<Integer> lines = new ArrayList<>(records.size() - 1);
        for (CsvText.Record record : records.subList(1, records.size())) {
            if (record.fields().size() != width) {
                violations.add(FieldViolation.coded("line", "csvWidth", "expected " + width
                        + " fields as in the header, found " + record.fields().size(), width, record.fields().size()).atLine(record.line()));
                continue;
            }
            Row row = new Row(record, columns, violations);
            requests.add(new ClaimRequest(row.text("invoiceNumber"), row.text("invoiceDate"), row.text("dueDate"),
                    amount(row.text("amount")), row.text("currency"), row.bool("consumerNoticeGiven"),
                    row.bool("calendarDueDateAgreed"),
                    new DebtorRequest(row.text("debtorKind"), row.text("customerNumber"), row.text("name"),
                            row.text("email"), row.text("phone"),
                            new AddressRequest(row.text("street"), row.text("postalCode"), row.text("city"),
                                    row.text("country")), row.text("customerTag"))));
            lines.add(record.line());
        }
        if (!violations.isEmpty()) {
            return new Parsed(List.of(), List.of(), violations);
        }
        return new Parsed(requests, lines, List.of());
    }

    private static Map<String, Integer> header(CsvText.Record header, List<FieldViolation> violations) {
        Map<String, String> known = new HashMap<>();
        for (String column : COLUMNS) {
            known.put(column.toLowerCase(Locale.ROOT), column);
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).strip();
            String column = known.get(name.toLowerCase(Locale.ROOT));
            if (column == null) {
                violations.add(FieldViolation.coded(name, "csvUnknownColumn", "unknown column; the columns are "
                        + String.join(", ", COLUMNS), String.join(", ", COLUMNS))
                        .atLine(1));
            } else if (columns.putIfAbsent(column, i) != null) {
                violations.add(FieldViolation.coded(name, "csvColumnTwice", "the column appears twice").atLine(1));
            }
        }
        for (String required : COLUMNS) {
            if (REQUIRED.contains(required) && !columns.containsKey(required)) {
                violations.add(FieldViolation.coded(required, "csvColumnMissing", "the required column is missing").atLine(1));
            }
        }
        return columns;
    }

    /** {@code 1.234,56} and {@code 1,234.56} and {@code 1234,56} become {@code 1234.56}; the rest is left to the check. */
    public static String amount(String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.strip().replace("€", "").replace("EUR", "").replace(" ", "").replace("\u00a0", "");
        int comma = text.lastIndexOf(',');
        int dot = text.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            return comma > dot ? text.replace(".", "").replace(',', '.') : text.replace(",", "");
        }
        if (comma >= 0) {
            return text.indexOf(',') == comma ? text.replace(',', '.') : text;
        }
        if (dot >= 0 && text.indexOf('.') != dot && GROUPED_DOTS.matcher(text).matches()) {
            return text.replace(".", "");
        }
        return text;
    }

    /** One data line, read by column name; a column not in the file reads as null. */
    private static final class Row {

        private final CsvText.Record record;
        private final Map<String, Integer> columns;
        private final List<FieldViolation> violations;

        Row(CsvText.Record record, Map<String, Integer> columns, List<FieldViolation> violations) {
            this.record = record;
            this.columns = columns;
            this.violations = violations;
        }

        String text(String column) {
            Integer index = columns.get(column);
            if (index == null) {
                return null;
            }
            String value = record.fields().get(index).strip();
            return value.isEmpty() ? null : value;
        }

        Boolean bool(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "ja", "yes", "1", "x", "wahr", "j", "y":
                    return true;
                case "false", "nein", "no", "0", "falsch", "n":
                    return false;
                default:
                    violations.add(FieldViolation.coded(column, "csvNotYesNo", "'" + value
                            + "' is not yes/no (true, false, ja, nein, 1, 0)", value)
                            .atLine(record.line()));
                    return null;
            }
        }
    }
}
