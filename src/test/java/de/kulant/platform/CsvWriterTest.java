package de.kulant.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CSV injection (OWASP): no cell Kulant writes can start a formula in a spreadsheet. */
class CsvWriterTest {

    @Test
    void neutralisesEveryCellThatCouldStartAFormula() {
        assertThat(CsvWriter.cell("=1+2", ';')).isEqualTo("\"'=1+2\"");
        assertThat(CsvWriter.cell("=cmd|' /C calc'!A0", ';')).isEqualTo("\"'=cmd|' /C calc'!A0\"");
        assertThat(CsvWriter.cell("@SUM(A1)", ';')).isEqualTo("\"'@SUM(A1)\"");
        assertThat(CsvWriter.cell("=HYPERLINK(\"http://evil.example\";\"x\")", ';'))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"x\"\")\"");
        assertThat(CsvWriter.cell("+49 30 1234", ';')).isEqualTo("\"'+49 30 1234\"");
        assertThat(CsvWriter.cell("-5", ';')).isEqualTo("\"'-5\"");
        assertThat(CsvWriter.cell("\tcmd", ';')).isEqualTo("\"'\tcmd\"");
        assertThat(CsvWriter.cell("\rcmd", ';')).isEqualTo("\"'\rcmd\"");
    }

    @Test
    void leavesOrdinaryCellsAsTheyAreAndQuotesOnlyWhereNeeded() {
        assertThat(CsvWriter.cell("Erika Mustermann", ';')).isEqualTo("Erika Mustermann");
        assertThat(CsvWriter.cell("Hauptstraße 1; Hinterhaus", ';')).isEqualTo("\"Hauptstraße 1; Hinterhaus\"");
        assertThat(CsvWriter.cell("Café \"Morgenrot\"", ';')).isEqualTo("\"Café \"\"Morgenrot\"\"\"");
        assertThat(CsvWriter.cell("a=b", ';')).isEqualTo("a=b");
        assertThat(CsvWriter.cell(null, ';')).isEmpty();
    }

    @Test
    void writesRowsEndedByCrLf() {
        assertThat(new CsvWriter(';').row("file", "name").row("1.pdf", "=1+2").toString())
                .isEqualTo("file;name\r\n1.pdf;\"'=1+2\"\r\n");
    }
}
