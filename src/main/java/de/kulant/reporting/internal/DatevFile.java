package de.kulant.reporting.internal;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A DATEV EXTF "Buchungsstapel" (format category 21, version 700, format version 9): a header line with consultant,
 * client, fiscal year and period, the line of column names, then one line per booking. Windows-1252, semicolons, CRLF,
 * texts in quotes, amounts with a decimal comma and without sign (the debit/credit flag says the direction).
 */
public final class DatevFile {

    public static final Charset ENCODING = Charset.forName("windows-1252");

    /** The 120 columns of a booking line as DATEV names them. */
    static final List<String> COLUMNS = List.of(
            "Umsatz (ohne Soll/Haben-Kz)", "Soll/Haben-Kennzeichen", "WKZ Umsatz", "Kurs", "Basisumsatz",
            "WKZ Basisumsatz", "Konto", "Gegenkonto (ohne BU-Schlüssel)", "BU-Schlüssel", "Belegdatum",
            "Belegfeld 1", "Belegfeld 2", "Skonto", "Buchungstext", "Postensperre", "Diverse Adressnummer",
            "Geschäftspartnerbank", "Sachverhalt", "Zinssperre", "Beleglink", "Beleginfo – Art 1",
            "Beleginfo – Inhalt 1", "Beleginfo – Art 2", "Beleginfo – Inhalt 2", "Beleginfo – Art 3",
            "Beleginfo – Inhalt 3", "Beleginfo – Art 4", "Beleginfo – Inhalt 4", "Beleginfo – Art 5",
            "Beleginfo – Inhalt 5", "Beleginfo – Art 6", "Beleginfo – Inhalt 6", "Beleginfo – Art 7",
            "Beleginfo – Inhalt 7", "Beleginfo – Art 8", "Beleginfo – Inhalt 8", "KOST1 – Kostenstelle",
            "KOST2 – Kostenstelle", "Kost Menge", "EU-Land u. USt-IdNr.", "EU-Steuersatz", "Abw. Versteuerungsart",
            "Sachverhalt L+L", "Funktionsergänzung L+L", "BU 49 Hauptfunktionstyp", "BU 49 Hauptfunktionsnummer",
            "BU 49 Funktionsergänzung", "Zusatzinformation – Art 1", "Zusatzinformation – Inhalt 1",
            "Zusatzinformation – Art 2", "Zusatzinformation – Inhalt 2", "Zusatzinformation – Art 3",
            "Zusatzinformation – Inhalt 3", "Zusatzinformation – Art 4", "Zusatzinformation – Inhalt 4",
            "Zusatzinformation – Art 5", "Zusatzinformation – Inhalt 5", "Zusatzinformation – Art 6",
            "Zusatzinformation – Inhalt 6", "Zusatzinformation – Art 7", "Zusatzinformation – Inhalt 7",
            "Zusatzinformation – Art 8", "Zusatzinformation – Inhalt 8", "Zusatzinformation – Art 9",
            "Zusatzinformation – Inhalt 9", "Zusatzinformation – Art 10", "Zusatzinformation – Inhalt 10",
            "Zusatzinformation – Art 11", "Zusatzinformation – Inhalt 11", "Zusatzinformation – Art 12",
            "Zusatzinformation – Inhalt 12", "Zusatzinformation – Art 13", "Zusatzinformation – Inhalt 13",
            "Zusatzinformation – Art 14", "Zusatzinformation – Inhalt 14", "Zusatzinformation – Art 15",
            "Zusatzinformation – Inhalt 15", "Zusatzinformation – Art 16", "Zusatzinformation – Inhalt 16",
            "Zusatzinformation – Art 17", "Zusatzinformation – Inhalt 17", "Zusatzinformation – Art 18",
            "Zusatzinformation – Inhalt 18", "Zusatzinformation – Art 19", "Zusatzinformation – Inhalt 19",
            "Zusatzinformation – Art 20", "Zusatzinformation – Inhalt 20", "Stück", "Gewicht", "Zahlweise",
            "Forderungsart", "Veranlagungsjahr", "Zugeordnete Fälligkeit", "Skontotyp", "Auftragsnummer",
            "Buchungstyp", "USt-Schlüssel (Anzahlungen)", "EU-Mitgliedstaat (Anzahlungen)",
            "Sachverhalt L+L (Anzahlungen)", "EU-Steuersatz (Anzahlungen)", "Erlöskonto (Anzahlungen)",
            "Herkunft-Kz", "Leerfeld", "KOST-Datum", "SEPA-Mandatsreferenz", "Skontosperre", "Gesellschaftername",
            "Beteiligtennummer", "Identifikationsnummer", "Zeichnernummer", "Postensperre bis", "Bezeichnung",
            "Kennzeichen", "Festschreibung", "Leistungsdatum", "Datum Zuord.", "Fälligkeit", "Generalumkehr",
            "Steuersatz", "Land"
    );

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter DOCUMENT_DATE = DateTimeFormatter.ofPattern("ddMM");

    private DatevFile() {
    }

    /** The header's facts: who the file is for and which period of which fiscal year it holds. */
    public record Header(LocalDateTime created, int consultantNumber, int clientNumber, LocalDate fiscalYearStart,
                         LocalDate from, LocalDate to, String title, String chart) {
    }

    /**
     * One booking: {@code amount} positive; {@code debit} true books it to the debit side of {@code account} ("S"),
     * false to the credit side ("H"); {@code taxKey} a BU key (e.g. "9": 19 % input tax) or null.
     */
    public record Booking(BigDecimal amount, boolean debit, int account, int counterAccount, String taxKey,
                          LocalDate date, String document, String text) {
    }

    public static byte[] write(Header header, List<Booking> bookings) {
        StringBuilder file = new StringBuilder();
        line(file, headerFields(header));
        line(file, COLUMNS);
        for (Booking b : bookings) {
            line(file, fields(b));
        }
        return file.toString().getBytes(ENCODING);
    }

    private static List<String> headerFields(Header h) {
        return List.of(quoted("EXTF"), "700", "21", quoted("Buchungsstapel"), "9", CREATED.format(h.created()), "",
                quoted("KU"), quoted("Kulant"), quoted(""), Integer.toString(h.consultantNumber()),
                Integer.toString(h.clientNumber()), DAY.format(h.fiscalYearStart()), "4", DAY.format(h.from()),
                DAY.format(h.to()), quoted(text(h.title(), 30)), quoted(""), "1", "", "0", quoted("EUR"), "",
                quoted(""), "", "", quoted(h.chart()), "", "", quoted(""), quoted(""));
    }

    private static List<String> fields(Booking b) {
        List<String> f = new ArrayList<>(Collections.nCopies(COLUMNS.size(), ""));
        f.set(0, b.amount().setScale(2).toPlainString().replace('.', ','));
        f.set(1, quoted(b.debit() ? "S" : "H"));
        f.set(2, quoted("EUR"));
        f.set(5, quoted(""));
        f.set(6, Integer.toString(b.account()));
        f.set(7, Integer.toString(b.counterAccount()));
        f.set(8, quoted(b.taxKey() == null ? "" : b.taxKey()));
        f.set(9, DOCUMENT_DATE.format(b.date()));
        f.set(10, quoted(document(b.document())));
        f.set(13, quoted(text(b.text(), 60)));
        return f;
    }

    /** Belegfeld 1: at most 36 characters of letters, digits and $ & % * + - / (DATEV refuses others). */
    static String document(String number) {
        if (number == null) {
            return "";
        }
        String kept = number.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9$&%*+\\-/]", "");
        return kept.length() > 36 ? kept.substring(0, 36) : kept;
    }

    /** A text field: no quotes or line breaks, cut to the field's length, only what Windows-1252 can write. */
    static String text(String value, int length) {
        if (value == null) {
            return "";
        }
        String plain = value.replace('"', '\'').replaceAll("[\\r\\n;]+", " ").strip();
        StringBuilder kept = new StringBuilder();
        plain.codePoints().forEach(c -> kept.append(ENCODING.newEncoder().canEncode(Character.toString(c))
                ? Character.toString(c) : "?"));
        return kept.length() > length ? kept.substring(0, length) : kept.toString();
    }

    private static String quoted(String value) {
        return "\"" + value + "\"";
    }

    private static void line(StringBuilder file, List<String> fields) {
        file.append(String.join(";", fields)).append("\r\n");
    }
}
