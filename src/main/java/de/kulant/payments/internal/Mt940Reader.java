package de.kulant.payments.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads SWIFT MT940 as German banks write it (the DFÜ agreement's structured {@code :86:} with {@code ?NN}
 * subfields and SEPA tags such as {@code EREF+} and {@code SVWZ+}), statement by statement and entry by entry.
 */
final class Mt940Reader {

    private static final Pattern TAG = Pattern.compile("^:(\\d{2}[A-Z]?):(.*)$");
    private static final Pattern LOOKS_LIKE_TAG = Pattern.compile("^:[^:]{0,6}:.*");
    private static final Pattern BALANCE = Pattern.compile("^([CD])(\\d{6})([A-Z]{3})(\\d{1,15},\\d{0,2})\\s*$");
    private static final Pattern STATEMENT_LINE = Pattern.compile(
            "^(\\d{6})(\\d{4})?(RC|RD|C|D)([A-Z])?(\\d{1,15},\\d{0,2})([NFS][A-Z0-9]{3})?([^/]*)(?://(.*))?$",
            Pattern.DOTALL);
    private static final Pattern SEPA_TAG = Pattern.compile("(EREF|KREF|MREF|CRED|DEBT|SVWZ|ABWA|ABWE|IBAN|BIC)\\+");
    private static final Set<String> RETURN_GVC = Set.of("108", "109", "159", "160");

    private final StatementSink sink;
    private String statementId;
    private String account;
    private String currency = "EUR";
    private BigDecimal opening;
    private int counted;
    private BigDecimal countedNet = BigDecimal.ZERO.setScale(2);
    private boolean open;
    private Line pendingEntry;
    private final List<Line> fields = new ArrayList<>();

    private record Line(int number, String tag, String value) {
    }

    private Mt940Reader(StatementSink sink) {
        this.sink = sink;
    }

    static void read(Reader text, StatementSink sink) {
        new Mt940Reader(sink).run(text);
    }

    private void run(Reader text) {
        BufferedReader lines = new BufferedReader(text);
        int number = 0;
        int tagged = 0;
        String tag = null;
        int tagLine = 0;
        StringBuilder value = new StringBuilder();
        try {
            String line;
            String carried = null;
            while ((line = lines.readLine()) != null) {
                number++;
                if (carried != null) {
                    // a tag split after its first colon (":" then "86:..." on the next line) is still that tag
                    line = carried + line;
                    carried = null;
                }
                String trimmed = stripEnvelope(line);
                if (trimmed.equals(":")) {
                    carried = ":";
                    continue;
                }
                Matcher m = TAG.matcher(trimmed);
                if (m.matches()) {
                    if (tag != null) {
                        field(new Line(tagLine, tag, value.toString()));
                    }
                    tag = m.group(1);
                    tagLine = number;
                    value.setLength(0);
                    value.append(m.group(2));
                    tagged++;
                } else if (LOOKS_LIKE_TAG.matcher(trimmed).matches()) {
                    throw new StatementFormatException("line " + number, "broken field tag '"
                            + trimmed.substring(0, Math.min(trimmed.length(), 8)) + "'");
                } else if (trimmed.equals("-") || trimmed.isEmpty()) {
                    if (tag != null) {
                        field(new Line(tagLine, tag, value.toString()));
                        tag = null;
                    }
                    if (trimmed.equals("-")) {
                        endStatement();
                    }
                } else if (tag == null) {
                    if (tagged == 0) {
                        throw new StatementFormatException("line " + number,
                                "the file is neither ISO 20022 XML nor MT940 (no field tag such as ':20:')");
                    }
                    throw new StatementFormatException("line " + number, "text outside any field");
                } else {
                    value.append('\n').append(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (tag != null) {
            field(new Line(tagLine, tag, value.toString()));
        }
        endStatement();
        if (tagged == 0) {
            throw new StatementFormatException(null, "the file is empty");
        }
    }

    private static String stripEnvelope(String line) {
        String s = line.strip();
        // SWIFT envelopes: "{1:F01...}{2:...}{4:" before and "-}" after the text block
        if (s.startsWith("{")) {
            int block = s.indexOf("{4:");
            s = block >= 0 ? s.substring(block + 3) : "";
        }
        if (s.equals("-}") || s.equals("}")) {
            s = "-";
        }
        return s;
    }

    private void field(Line line) {
        switch (line.tag()) {
            case "20" -> {
                if (open) {
                    endStatement();
                }
                open = true;
                statementId = line.value().strip();
            }
            case "25" -> account = line.value().strip().replace(" ", "");
            case "28C", "28" -> statementId = (statementId == null ? "" : statementId + "/") + line.value().strip();
            case "60F", "60M" -> {
                Matcher m = balance(line);
                currency = m.group(3);
                opening = signed(m.group(1), BankAmounts.parse(m.group(4), at(line), "opening balance"));
            }
            case "61" -> {
                flushEntry(null);
                pendingEntry = line;
            }
            case "86" -> flushEntry(line);
            case "62F", "62M" -> {
                flushEntry(null);
                Matcher m = balance(line);
                BigDecimal closing = signed(m.group(1), BankAmounts.parse(m.group(4), at(line), "closing balance"));
                sink.statementEnd(new StatementTotals(statementId, account, null, null, opening, closing, counted, countedNet));
                resetStatement();
            }
            default -> {
                // :13D:, :21:, :34F:, :64:, :65:, :90C:/:90D: and others carry nothing Kulant books
            }
        }
    }

    private void endStatement() {
        flushEntry(null);
        if (counted > 0) {
            sink.statementEnd(new StatementTotals(statementId, account, null, null, opening, null, counted, countedNet));
        }
        resetStatement();
    }

    private void resetStatement() {
        open = false;
        opening = null;
        counted = 0;
        countedNet = BigDecimal.ZERO.setScale(2);
    }

    private Matcher balance(Line line) {
        Matcher m = BALANCE.matcher(line.value().replace("\n", ""));
        if (!m.matches()) {
            throw new StatementFormatException(at(line), ":" + line.tag() + ": '" + line.value()
                    + "' is not a balance (mark C or D, date YYMMDD, currency, amount)");
        }
        return m;
    }

    private void flushEntry(Line details) {
        if (pendingEntry == null) {
            if (details != null) {
                throw new StatementFormatException(at(details), ":86: without a preceding :61:");
            }
            return;
        }
        Line line = pendingEntry;
        pendingEntry = null;
        String value = line.value();
        Matcher m = STATEMENT_LINE.matcher(value);
        if (!m.matches()) {
            // a :61: wrapped in the middle of its first part reads as one line
            m = STATEMENT_LINE.matcher(value.replace("\n", ""));
        } else if (m.group(8) == null && value.contains("\n")) {
            m = STATEMENT_LINE.matcher(value.substring(0, value.indexOf('\n')));
        }
        if (!m.matches()) {
            throw new StatementFormatException(at(line), ":61: '" + value.replace("\n", " ")
                    + "' is not a statement line (date, mark C/D/RC/RD, amount, transaction type)");
        }
        LocalDate valueDate = yymmdd(m.group(1), line);
        LocalDate bookingDate = valueDate;
        if (m.group(2) != null) {
            bookingDate = nearest(valueDate, m.group(2), line);
        }
        String mark = m.group(3);
        BigDecimal amount = BankAmounts.parse(m.group(5), at(line), "amount");
        boolean credit = mark.equals("C") || mark.equals("RD");
        boolean reversal = mark.startsWith("R");
        String bankRef = m.group(8) == null ? null : m.group(8).split("\n")[0].strip();
        String customerRef = m.group(7) == null ? null : m.group(7).strip();

        Structured info = details == null ? Structured.EMPTY : Structured.of(details.value());
        boolean returned = reversal || (info.gvc != null && RETURN_GVC.contains(info.gvc))
                || (info.bookingText != null && info.bookingText.toUpperCase().matches(".*(RETOURE|RUECKLASTSCHRIFT|RÜCKLASTSCHRIFT).*"));
        String endToEnd = info.sepa.get("EREF");
        BankTransaction transaction = new BankTransaction(amount, blankToNull(endToEnd), null,
                "NONREF".equals(bankRef) ? null : blankToNull(bankRef), blankToNull(info.sepa.get("MREF")),
                blankToNull(info.name), blankToNull(info.account), blankToNull(info.remittance()), null, null);
        String reference = bankRef != null && !bankRef.isEmpty() && !bankRef.equals("NONREF") ? bankRef
                : customerRef != null && !customerRef.isEmpty() && !customerRef.equals("NONREF") ? customerRef : null;
        BankEntry entry = new BankEntry(at(line), statementId, account, currency, amount, credit, reversal, returned, true,
                bookingDate, valueDate, reference, info.gvc != null ? info.gvc : m.group(6), List.of(transaction));
        counted++;
        countedNet = countedNet.add(entry.signedAmount());
        sink.entry(entry);
    }

    private static BigDecimal signed(String mark, BigDecimal amount) {
        return mark.equals("D") ? amount.negate() : amount;
    }

    private static LocalDate yymmdd(String text, Line line) {
        try {
            int yy = Integer.parseInt(text.substring(0, 2));
            return LocalDate.of(yy < 80 ? 2000 + yy : 1900 + yy, Integer.parseInt(text.substring(2, 4)),
                    Integer.parseInt(text.substring(4, 6)));
        } catch (DateTimeException e) {
            throw new StatementFormatException(at(line), "'" + text + "' is not a date (YYMMDD)");
        }
    }

    /** The booking date MMDD in the year that puts it closest to the value date (they straddle New Year at times). */
    private static LocalDate nearest(LocalDate valueDate, String mmdd, Line line) {
        try {
            int month = Integer.parseInt(mmdd.substring(0, 2));
            int day = Integer.parseInt(mmdd.substring(2, 4));
            LocalDate best = null;
            for (int year = valueDate.getYear() - 1; year <= valueDate.getYear() + 1; year++) {
                LocalDate candidate = LocalDate.of(year, month, day);
                if (best == null || Math.abs(candidate.toEpochDay() - valueDate.toEpochDay())
                        < Math.abs(best.toEpochDay() - valueDate.toEpochDay())) {
                    best = candidate;
                }
            }
            return best;
        } catch (DateTimeException e) {
            throw new StatementFormatException(at(line), "'" + mmdd + "' is not a booking date (MMDD)");
        }
    }

    private static String at(Line line) {
        return "line " + line.number();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The German structured {@code :86:}: transaction code, booking text, remittance, payer, SEPA tags. */
    private static final class Structured {

        static final Structured EMPTY = new Structured(null, null, "", null, null);

        final String gvc;
        final String bookingText;
        final String text;
        final String name;
        final String account;
        final Map<String, String> sepa = new LinkedHashMap<>();

        private Structured(String gvc, String bookingText, String text, String name, String account) {
            this.gvc = gvc;
            this.bookingText = bookingText;
            this.text = text;
            this.name = name;
            this.account = account;
            Matcher m = SEPA_TAG.matcher(text);
            String key = null;
            int from = 0;
            while (m.find()) {
                if (key != null) {
                    sepa.put(key, text.substring(from, m.start()).strip());
                }
                key = m.group(1);
                from = m.end();
            }
            if (key != null) {
                sepa.put(key, text.substring(from).strip());
            }
        }

        String remittance() {
            String svwz = sepa.get("SVWZ");
            return svwz != null ? svwz : sepa.isEmpty() ? text.strip() : null;
        }

        static Structured of(String raw) {
            String joined = raw.replace("\n", "");
            if (joined.length() < 4 || !joined.substring(0, 3).chars().allMatch(Character::isDigit)
                    || Character.isLetterOrDigit(joined.charAt(3))) {
                return new Structured(null, null, raw.replace("\n", " "), null, null);
            }
            String gvc = joined.substring(0, 3);
            char separator = joined.charAt(3);
            Map<Integer, StringBuilder> parts = new LinkedHashMap<>();
            int i = 3;
            while (i < joined.length()) {
                if (joined.charAt(i) == separator && i + 2 < joined.length()
                        && Character.isDigit(joined.charAt(i + 1)) && Character.isDigit(joined.charAt(i + 2))) {
                    int code = Integer.parseInt(joined.substring(i + 1, i + 3));
                    int next = joined.indexOf(separator, i + 3);
                    while (next >= 0 && !(next + 2 < joined.length() && Character.isDigit(joined.charAt(next + 1))
                            && Character.isDigit(joined.charAt(next + 2)))) {
                        next = joined.indexOf(separator, next + 1);
                    }
                    String part = joined.substring(i + 3, next < 0 ? joined.length() : next);
                    parts.computeIfAbsent(code, c -> new StringBuilder()).append(part);
                    i = next < 0 ? joined.length() : next;
                } else {
                    i++;
                }
            }
            StringBuilder text = new StringBuilder();
            StringBuilder spaced = new StringBuilder();
            for (int code : parts.keySet()) {
                if ((code >= 20 && code <= 29) || (code >= 60 && code <= 63)) {
                    text.append(parts.get(code));
                    spaced.append(spaced.length() == 0 ? "" : " ").append(parts.get(code));
                }
            }
            String name = join(parts.get(32), parts.get(33));
            // SEPA remittance is cut into fixed-width lines mid-word; older free text is cut between words
            String remittance = SEPA_TAG.matcher(text).find() ? text.toString() : spaced.toString();
            return new Structured(gvc, str(parts.get(0)), remittance, name, str(parts.get(31)));
        }

        private static String str(StringBuilder part) {
            return part == null ? null : part.toString().strip();
        }

        private static String join(StringBuilder a, StringBuilder b) {
            if (a == null) {
                return str(b);
            }
            return b == null ? str(a) : (a.toString() + b).strip();
        }
    }
}
