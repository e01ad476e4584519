package de.kulant.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads a workbook as a spreadsheet program would: its parts, and the first sheet's cells as "type:value". */
public final class Xlsx {

    private Xlsx() {
    }

    /** Every part of the file by name, each parsed as XML (a part that is not well-formed fails the test). */
    public static Map<String, Document> parts(byte[] file) {
        Map<String, Document> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                parts.put(entry.getName(), factory.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new AssertionError("not a well-formed workbook: " + e.getMessage(), e);
        }
        return parts;
    }

    /** The first sheet's rows; a cell reads "s:text" (inline string), "n:number", "d:serial" (date style) or "f:..." for a formula. */
    public static List<List<String>> rows(byte[] file) {
        Document sheet = parts(file).get("xl/worksheets/sheet1.xml");
        List<List<String>> rows = new ArrayList<>();
        NodeList rowNodes = sheet.getElementsByTagNameNS("*", "row");
        for (int r = 0; r < rowNodes.getLength(); r++) {
            List<String> cells = new ArrayList<>();
            NodeList cellNodes = ((Element) rowNodes.item(r)).getElementsByTagNameNS("*", "c");
            for (int c = 0; c < cellNodes.getLength(); c++) {
                Element cell = (Element) cellNodes.item(c);
                if (cell.getElementsByTagNameNS("*", "f").getLength() > 0) {
                    cells.add("f:" + cell.getTextContent());
                } else if ("inlineStr".equals(cell.getAttribute("t"))) {
                    cells.add("s:" + cell.getTextContent());
                } else {
                    cells.add(("3".equals(cell.getAttribute("s")) ? "d:" : "n:") + cell.getTextContent());
                }
            }
            rows.add(cells);
        }
        return rows;
    }
}
