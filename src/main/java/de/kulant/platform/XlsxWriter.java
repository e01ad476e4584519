package de.kulant.platform;

import de.kulant.platform.money.Money;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Streams one sheet as an Office Open XML workbook (.xlsx), row by row, so an export of any size needs little memory.
 * Text is written as inline strings (never a formula), amounts as numbers with two decimals, dates as dates.
 */
public final class XlsxWriter implements AutoCloseable {

    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);
    private static final int STYLE_HEADER = 1;
    private static final int STYLE_MONEY = 2;
    private static final int STYLE_DATE = 3;

    private final ZipOutputStream zip;
    private final Writer sheet;
    private int row;

    public XlsxWriter(OutputStream out, String sheetName) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        try {
            part("[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                    <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
                    </Types>""");
            part("_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                    </Relationships>""");
            part("xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                    <sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(
                    escape(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName)));
            part("xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
                    </Relationships>""");
            part("xl/styles.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                    <numFmts count="1"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/></numFmts>\
                    <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
                    <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
                    <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
                    <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
                    <cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
                    <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
                    <xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
                    <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
                    </styleSheet>""");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            sheet = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" state=\"frozen\"/>"
                    + "</sheetView></sheetViews><sheetData>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first row, in bold and kept in view while scrolling. */
    public XlsxWriter header(List<String> titles) {
        return write(titles.toArray(), STYLE_HEADER);
    }

    /** A row of cells: text, {@link Money} or {@link BigDecimal} (two decimals), {@link LocalDate}, whole numbers; null stays empty. */
    public XlsxWriter row(Object... cells) {
        return write(cells, 0);
    }

    private XlsxWriter write(Object[] cells, int textStyle) {
        row++;
        StringBuilder xml = new StringBuilder("<row r=\"").append(row).append("\">");
        for (int i = 0; i < cells.length; i++) {
            Object cell = cells[i];
            if (cell == null) {
                continue;
            }
            String ref = column(i) + row;
            if (cell instanceof Money money) {
                number(xml, ref, money.amount(), STYLE_MONEY);
            } else if (cell instanceof BigDecimal decimal) {
                number(xml, ref, decimal, STYLE_MONEY);
            } else if (cell instanceof Integer || cell instanceof Long) {
                xml.append("<c r=\"").append(ref).append("\"><v>").append(cell).append("</v></c>");
            } else if (cell instanceof LocalDate date) {
                xml.append("<c r=\"").append(ref).append("\" s=\"").append(STYLE_DATE).append("\"><v>")
                        .append(ChronoUnit.DAYS.between(EPOCH, date)).append("</v></c>");
            } else {
                xml.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"")
                        .append(textStyle == 0 ? "" : " s=\"" + textStyle + "\"")
                        .append("><is><t xml:space=\"preserve\">").append(escape(cell.toString())).append("</t></is></c>");
            }
        }
        xml.append("</row>");
        try {
            sheet.write(xml.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    @Override
    public void close() {
        try {
            sheet.write("</sheetData></worksheet>");
            sheet.flush();
            zip.closeEntry();
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void number(StringBuilder xml, String ref, BigDecimal value, int style) {
        xml.append("<c r=\"").append(ref).append("\" s=\"").append(style).append("\"><v>")
                .append(value.toPlainString()).append("</v></c>");
    }

    /** The column's letters: 0 is A, 25 is Z, 26 is AA. */
    static String column(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            letters.insert(0, (char) ('A' + i % 26));
        }
        return letters.toString();
    }

    private void part(String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** XML's five special characters escaped, and characters XML 1.0 cannot hold left out. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
