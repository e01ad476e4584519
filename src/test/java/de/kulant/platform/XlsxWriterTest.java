package de.kulant.platform;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.platform.money.Money;
import de.kulant.support.Xlsx;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A workbook a spreadsheet opens: typed amounts and dates, text that is never a formula, every part well-formed. */
class XlsxWriterTest {

    private byte[] write(Object... cells) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWriter writer = new XlsxWriter(out, "Forderungen")) {
            writer.header(List.of("Rechnung", "Betrag", "Fällig"));
            writer.row(cells);
        }
        return out.toByteArray();
    }

    @Test
    void amountsAreNumbersAndDatesAreDatesAsSpreadsheetsCountThem() {
        byte[] file = write("R-1", Money.eur("1234.50"), LocalDate.of(2026, 1, 1), 17);
        List<List<String>> rows = Xlsx.rows(file);
        assertThat(rows.get(0)).containsExactly("s:Rechnung", "s:Betrag", "s:Fällig");
        // 1 January 2026 is day 46023 of the spreadsheet calendar
        assertThat(rows.get(1)).containsExactly("s:R-1", "n:1234.50", "d:46023", "n:17");
        assertThat(Xlsx.parts(file)).containsKeys("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml");
    }

    @Test
    void textThatLooksLikeAFormulaStaysTextAndMarkupIsEscaped() {
        byte[] file = write("=HYPERLINK(\"http://x\")", "<b>Müller & Söhne</b>", null);
        assertThat(Xlsx.rows(file).get(1)).containsExactly("s:=HYPERLINK(\"http://x\")", "s:<b>Müller & Söhne</b>");
    }

    @Test
    void columnsBeyondZContinueWithTwoLetters() {
        assertThat(XlsxWriter.column(0)).isEqualTo("A");
        assertThat(XlsxWriter.column(25)).isEqualTo("Z");
        assertThat(XlsxWriter.column(26)).isEqualTo("AA");
        assertThat(XlsxWriter.column(701)).isEqualTo("ZZ");
        assertThat(XlsxWriter.column(702)).isEqualTo("AAA");
    }
}
