package de.kulant.platform;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The pieces every SEPA pain file is built of: leaves, a party's name, an account, a bank. */
public final class SepaXml {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private SepaXml() {
    }

    /** The group header: message id, when it was made, how many transactions, their sum, who initiates. */
    public static void groupHeader(XMLStreamWriter xml, String messageId, OffsetDateTime created, int count,
                                   BigDecimal sum, String initiator) throws XMLStreamException {
        xml.writeStartElement("GrpHdr");
        leaf(xml, "MsgId", messageId);
        leaf(xml, "CreDtTm", CREATED.format(created));
        leaf(xml, "NbOfTxs", Integer.toString(count));
        leaf(xml, "CtrlSum", sum.toPlainString());
        party(xml, "InitgPty", initiator);
        xml.writeEndElement();
    }

    public static void leaf(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    /** {@code <name><Nm>…</Nm></name>} in the SEPA character set, at most 70 characters. */
    public static void party(XMLStreamWriter xml, String name, String holder) throws XMLStreamException {
        xml.writeStartElement(name);
        leaf(xml, "Nm", SepaText.of(holder, 70));
        xml.writeEndElement();
    }

    /** {@code <name><Id><IBAN>…</IBAN></Id></name>}. */
    public static void account(XMLStreamWriter xml, String name, String iban) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeStartElement("Id");
        leaf(xml, "IBAN", iban);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** {@code <name><FinInstnId>…</FinInstnId></name>}: the BIC, or for IBAN only the German banks' NOTPROVIDED. */
    public static void agent(XMLStreamWriter xml, String name, String bic) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeStartElement("FinInstnId");
        if (bic == null || bic.isBlank()) {
            xml.writeStartElement("Othr");
            leaf(xml, "Id", "NOTPROVIDED");
            xml.writeEndElement();
        } else {
            leaf(xml, "BICFI", bic.strip());
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }
}
