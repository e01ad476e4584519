package de.kulant.payments.internal;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A SEPA credit transfer initiation (pain.001.001.09, the format German banks take since November 2023): one
 * payment information block, paid from one account, with one transfer per refund.
 */
public final class CreditTransferFile {

    static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private CreditTransferFile() {
    }

    /** The account paying, and when the bank is to pay. {@code bic} may be null (IBAN only). */
    public record Order(String messageId, OffsetDateTime created, String holder, String iban, String bic,
                        LocalDate executionDate) {
    }

    /** One transfer: to whom, how much, and the text the payee sees. */
    public record Transfer(String endToEndId, String name, String iban, BigDecimal amount, String remittance) {
    }

    public static String write(Order order, List<Transfer> transfers) {
        if (transfers.isEmpty()) {
            throw new IllegalArgumentException("a credit transfer file needs at least one transfer");
        }
        BigDecimal sum = transfers.stream().map(Transfer::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        String count = Integer.toString(transfers.size());
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("Document");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeStartElement("CstmrCdtTrfInitn");
            xml.writeStartElement("GrpHdr");
            leaf(xml, "MsgId", order.messageId());
            leaf(xml, "CreDtTm", CREATED.format(order.created()));
            leaf(xml, "NbOfTxs", count);
            leaf(xml, "CtrlSum", sum.toPlainString());
            xml.writeStartElement("InitgPty");
            leaf(xml, "Nm", sepa(order.holder(), 70));
            xml.writeEndElement();
            xml.writeEndElement();

            xml.writeStartElement("PmtInf");
            leaf(xml, "PmtInfId", order.messageId());
            leaf(xml, "PmtMtd", "TRF");
            leaf(xml, "NbOfTxs", count);
            leaf(xml, "CtrlSum", sum.toPlainString());
            xml.writeStartElement("PmtTpInf");
            xml.writeStartElement("SvcLvl");
            leaf(xml, "Cd", "SEPA");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("ReqdExctnDt");
            leaf(xml, "Dt", order.executionDate().toString());
            xml.writeEndElement();
            xml.writeStartElement("Dbtr");
            leaf(xml, "Nm", sepa(order.holder(), 70));
            xml.writeEndElement();
            xml.writeStartElement("DbtrAcct");
            xml.writeStartElement("Id");
            leaf(xml, "IBAN", order.iban());
            xml.writeEndElement();
            leaf(xml, "Ccy", "EUR");
            xml.writeEndElement();
            xml.writeStartElement("DbtrAgt");
            xml.writeStartElement("FinInstnId");
            if (order.bic() == null || order.bic().isBlank()) {
                // the German banks' rule for an unknown BIC: Othr/Id NOTPROVIDED
                xml.writeStartElement("Othr");
                leaf(xml, "Id", "NOTPROVIDED");
                xml.writeEndElement();
            } else {
                leaf(xml, "BICFI", order.bic().strip());
            }
            xml.writeEndElement();
            xml.writeEndElement();
            leaf(xml, "ChrgBr", "SLEV");
            for (Transfer t : transfers) {
                xml.writeStartElement("CdtTrfTxInf");
                xml.writeStartElement("PmtId");
                leaf(xml, "EndToEndId", t.endToEndId());
                xml.writeEndElement();
                xml.writeStartElement("Amt");
                xml.writeStartElement("InstdAmt");
                xml.writeAttribute("Ccy", "EUR");
                xml.writeCharacters(t.amount().toPlainString());
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeStartElement("Cdtr");
                leaf(xml, "Nm", sepa(t.name(), 70));
                xml.writeEndElement();
                xml.writeStartElement("CdtrAcct");
                xml.writeStartElement("Id");
                leaf(xml, "IBAN", t.iban());
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeStartElement("RmtInf");
                leaf(xml, "Ustrd", sepa(t.remittance(), 140));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the credit transfer file", e);
        }
        return text.toString();
    }

    /**
     * Text in the SEPA character set every bank takes (letters, digits, {@code / - ? : ( ) . , ' +} and space):
     * umlauts and ß written out, accents dropped, anything else a space; cut to {@code max} characters.
     */
    static String sepa(String value, int max) {
        String text = value == null ? "" : value.strip().replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss").replace("&", "+");
        text = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9/?:().,'+ -]", " ").replaceAll(" {2,}", " ").strip();
        return text.length() <= max ? text : text.substring(0, max).strip();
    }

    private static void leaf(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
