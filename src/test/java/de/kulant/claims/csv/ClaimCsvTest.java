package de.kulant.claims.csv;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.claims.ClaimRequest;
import de.kulant.platform.FieldViolation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimCsvTest {

    private static final String GERMAN_HEADER =
            "invoiceNumber;invoiceDate;dueDate;amount;debtorKind;customerNumber;name;street;postalCode;city";

    @Test
    void readsASemicolonFileInWindows1252WithGermanNumbersAndDates() {
        String text = GERMAN_HEADER + "\r\n"
                + "R-1;01.09.2026;15.09.2026;1.234,56;CONSUMER;K-1;Jürgen Müller;Weißdornweg 3;80331;München\r\n";

        ClaimCsv.Parsed parsed = ClaimCsv.parse(text.getBytes(Charset.forName("windows-1252")));

        assertThat(parsed.violations()).isEmpty();
        ClaimRequest claim = parsed.requests().get(0);
        assertThat(claim.amount()).isEqualTo("1234.56");
        assertThat(claim.invoiceDate()).isEqualTo("01.09.2026");
        assertThat(claim.debtor().name()).isEqualTo("Jürgen Müller");
        assertThat(claim.debtor().address().street()).isEqualTo("Weißdornweg 3");
        assertThat(parsed.lines()).containsExactly(2);
    }

    @Test
    void readsACommaFileInUtf8WithBomIsoDatesAndQuotedFields() {
        String text = "\uFEFFName,invoicenumber,INVOICEDATE,dueDate,amount,debtorKind,street,postalCode,city,country\n"
                + "\"Zoë Nguyễn\",R-2,2026-09-01,2026-09-15,99.90,BUSINESS,\"Hauptstraße 1, Hinterhaus\",1010,Wien,AT\n";

        ClaimCsv.Parsed parsed = ClaimCsv.parse(text.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.violations()).isEmpty();
        ClaimRequest claim = parsed.requests().get(0);
        assertThat(claim.invoiceNumber()).isEqualTo("R-2");
        assertThat(claim.debtor().name()).isEqualTo("Zoë Nguyễn");
        assertThat(claim.debtor().address().street()).isEqualTo("Hauptstraße 1, Hinterhaus");
        assertThat(claim.debtor().address().country()).isEqualTo("AT");
        assertThat(claim.amount()).isEqualTo("99.90");
    }

    @Test
    void aQuotedFieldMaySpanLinesAndLineNumbersStayRight() {
        String text = GERMAN_HEADER + "\n"
                + "R-1;01.09.2026;15.09.2026;10,00;CONSUMER;K-1;\"Anna\nSchmidt\";Weg 1;10115;Berlin\n"
                + "R-2;01.09.2026;15.09.2026;10,00;CONSUMER;K-2;Ben;Weg 2;10115\n";

        ClaimCsv.Parsed parsed = ClaimCsv.parse(text.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.violations()).containsExactly(
                FieldViolation.coded("line", "csvWidth", "expected 10 fields as in the header, found 9", 10, 9)
                        .atLine(4));
    }

    @Test
    void namesAnUnknownAndAMissingColumnOnLineOne() {
        String text = "invoiceNumber;invoiceDate;dueDate;betrag;debtorKind;name;street;postalCode;city\nR-1;;;;;;;;\n";

        ClaimCsv.Parsed parsed = ClaimCsv.parse(text.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.violations()).extracting(FieldViolation::field, FieldViolation::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("betrag", 1), org.assertj.core.groups.Tuple.tuple("amount", 1));
    }

    @Test
    void refusesAnUnclosedQuote() {
        String text = GERMAN_HEADER + "\nR-1;01.09.2026;15.09.2026;10,00;CONSUMER;K-1;\"Anna;Weg 1;10115;Berlin\n";

        assertThat(ClaimCsv.parse(text.getBytes(StandardCharsets.UTF_8)).violations())
                .containsExactly(FieldViolation.coded("file", "csvOpenQuote", "a quoted field is not closed").atLine(2));
    }

    @Test
    void refusesUtf16() {
        byte[] utf16 = (GERMAN_HEADER + "\n").getBytes(StandardCharsets.UTF_16);

        assertThat(ClaimCsv.parse(utf16).violations().get(0).message()).contains("UTF-16");
    }

    @Test
    void refusesABytePatternThatIsNeitherUtf8NorWindows1252() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((GERMAN_HEADER + "\nR-1;01.09.2026;15.09.2026;10,00;CONSUMER;K-1;A").getBytes(StandardCharsets.US_ASCII));
        bytes.write(0x81);
        bytes.writeBytes(";Weg 1;10115;Berlin\n".getBytes(StandardCharsets.US_ASCII));

        FieldViolation violation = ClaimCsv.parse(bytes.toByteArray()).violations().get(0);

        assertThat(violation.message()).contains("0x81");
        assertThat(violation.line()).isEqualTo(2);
    }

    @Test
    void refusesAFileWithAHeaderOnlyOrNothingAtAll() {
        assertThat(ClaimCsv.parse((GERMAN_HEADER + "\n").getBytes(StandardCharsets.UTF_8)).violations().get(0).message())
                .contains("no claims");
        assertThat(ClaimCsv.parse(new byte[0]).violations().get(0).message()).contains("empty");
    }

    @Test
    void readsYesAndNoInGermanAndEnglish() {
        String text = "invoiceNumber;invoiceDate;dueDate;amount;debtorKind;name;street;postalCode;city;consumerNoticeGiven\n"
                + "R-1;01.09.2026;15.09.2026;10;CONSUMER;A;W;10115;Berlin;ja\n"
                + "R-2;01.09.2026;15.09.2026;10;CONSUMER;A;W;10115;Berlin;no\n"
                + "R-3;01.09.2026;15.09.2026;10;CONSUMER;A;W;10115;Berlin;vielleicht\n";

        ClaimCsv.Parsed parsed = ClaimCsv.parse(text.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.violations()).containsExactly(FieldViolation.coded("consumerNoticeGiven",
                "csvNotYesNo", "'vielleicht' is not yes/no (true, false, ja, nein, 1, 0)", "vielleicht").atLine(4));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1.234,56   | 1234.56
            1,234.56   | 1234.56
            1234,5     | 1234.5
            1234.56    | 1234.56
            1.234.567  | 1234567
            19,99 €    | 19.99
            119 EUR    | 119
            1,234      | 1.234
            """)
    void understandsDecimalCommaAndPoint(String raw, String expected) {
        assertThat(ClaimCsv.amount(raw)).isEqualTo(expected);
    }
}
