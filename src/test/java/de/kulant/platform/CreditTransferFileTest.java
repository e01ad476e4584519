package de.kulant.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The refund transfer file: counts and sums the bank checks, names in the SEPA character set, the DK structure. */
class CreditTransferFileTest {

    private static final CreditTransferFile.Order ORDER = new CreditTransferFile.Order("KULANT-20261127-1",
            OffsetDateTime.of(2026, 11, 27, 9, 30, 0, 0, ZoneOffset.UTC), "Müller & Söhne GmbH",
            "DE89370400440532013000", null, LocalDate.of(2026, 11, 27));
    private static final List<CreditTransferFile.Transfer> TRANSFERS = List.of(
            new CreditTransferFile.Transfer("ERST1", "Jürgen Weiß", "DE02120300000000202051", new BigDecimal("12.34"),
                    "Erstattung Ihrer Zahlung vom 20.11.2026"),
            new CreditTransferFile.Transfer("ERST2", "Zoë Ångström", "DE02500105170137075030", new BigDecimal("100.00"),
                    "Erstattung Ihrer Überzahlung zu R-2026-0815"));

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Document d, String name, int index) {
        return d.getElementsByTagNameNS(CreditTransferFile.NAMESPACE, name).item(index).getTextContent();
    }

    @Test
    void theFileIsValidAgainstTheIso20022SchemaOfPain001() throws Exception {
        de.kulant.support.IsoSchemas.validate(CreditTransferFile.write(ORDER, TRANSFERS), "pain.001.001.09");
    }

    @Test
    void countsAndSumsAgreeWithTheTransfersAndEachTransferCarriesPayeeIbanAmountAndText() throws Exception {
        Document d = parse(CreditTransferFile.write(ORDER, TRANSFERS));

        assertThat(d.getDocumentElement().getNamespaceURI()).isEqualTo("urn:iso:std:iso:20022:tech:xsd:pain.001.001.09");
        assertThat(text(d, "NbOfTxs", 0)).isEqualTo("2");
        assertThat(text(d, "CtrlSum", 0)).isEqualTo("112.34");
        assertThat(text(d, "NbOfTxs", 1)).isEqualTo("2");
        assertThat(text(d, "CtrlSum", 1)).isEqualTo("112.34");
        assertThat(text(d, "CreDtTm", 0)).isEqualTo("2026-11-27T09:30:00Z");
        assertThat(text(d, "Dt", 0)).isEqualTo("2026-11-27");
        assertThat(text(d, "IBAN", 0)).isEqualTo("DE89370400440532013000");
        assertThat(d.getElementsByTagNameNS(CreditTransferFile.NAMESPACE, "CdtTrfTxInf").getLength()).isEqualTo(2);
        assertThat(text(d, "EndToEndId", 1)).isEqualTo("ERST2");
        assertThat(text(d, "InstdAmt", 1)).isEqualTo("100.00");
        assertThat(d.getElementsByTagNameNS(CreditTransferFile.NAMESPACE, "InstdAmt").item(1).getAttributes()
                .getNamedItem("Ccy").getNodeValue()).isEqualTo("EUR");
        assertThat(text(d, "IBAN", 2)).isEqualTo("DE02500105170137075030");
        assertThat(text(d, "Ustrd", 1)).isEqualTo("Erstattung Ihrer Ueberzahlung zu R-2026-0815");
    }

    @Test
    void namesAreWrittenInTheSepaCharacterSet() throws Exception {
        Document d = parse(CreditTransferFile.write(ORDER, TRANSFERS));

        assertThat(text(d, "Nm", 0)).isEqualTo("Mueller + Soehne GmbH");
        assertThat(text(d, "Nm", 2)).isEqualTo("Juergen Weiss");
        assertThat(text(d, "Nm", 3)).isEqualTo("Zoe Angstroem");
        assertThat(de.kulant.platform.SepaText.of("a\u00a0b € 5 <x> \"y\"", 70)).isEqualTo("a b 5 x y");
        assertThat(de.kulant.platform.SepaText.of("x".repeat(80), 70)).hasSize(70);
    }

    @Test
    void anUnknownBicIsWrittenAsTheGermanBanksAskAndAKnownOneAsBicfi() throws Exception {
        Document without = parse(CreditTransferFile.write(ORDER, TRANSFERS));
        Document with = parse(CreditTransferFile.write(new CreditTransferFile.Order(ORDER.messageId(), ORDER.created(),
                ORDER.holder(), ORDER.iban(), "COBADEFFXXX", ORDER.executionDate()), TRANSFERS));

        assertThat(text(without, "Id", 1)).isEqualTo("NOTPROVIDED");
        assertThat(without.getElementsByTagNameNS(CreditTransferFile.NAMESPACE, "BICFI").getLength()).isZero();
        assertThat(text(with, "BICFI", 0)).isEqualTo("COBADEFFXXX");
    }

    @Test
    void aFileWithoutTransfersIsNotWritten() {
        assertThatThrownBy(() -> CreditTransferFile.write(ORDER, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void usesOnlyElementsThatTheSharedPain001SamplesUse() throws Exception {
        Path samples = Path.of("..", "shared", "data", "pain001");
        assumeTrue(Files.isDirectory(samples), "the shared sample folder is absent (a fresh clone)");
        Set<String> known = new TreeSet<>();
        try (var files = Files.list(samples)) {
            for (Path file : files.toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    known.addAll(paths(in));
                }
            }
        }
        // the German banks' way of saying that the BIC is not known; the samples all name theirs
        known.add("Document/CstmrCdtTrfInitn/PmtInf/DbtrAgt/FinInstnId/Othr");
        known.add("Document/CstmrCdtTrfInitn/PmtInf/DbtrAgt/FinInstnId/Othr/Id");

        Set<String> ours = paths(new ByteArrayInputStream(CreditTransferFile.write(ORDER, TRANSFERS)
                .getBytes(StandardCharsets.UTF_8)));

        assertThat(known).containsAll(ours);
    }

    private static Set<String> paths(InputStream in) throws Exception {
        Set<String> paths = new TreeSet<>();
        XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
        Deque<String> path = new ArrayDeque<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                path.addLast(xml.getLocalName());
                paths.add(String.join("/", path));
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                path.removeLast();
            }
        }
        return paths;
    }
}
