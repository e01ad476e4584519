package de.kulant.platform;

import static de.kulant.platform.SepaXml.account;
import static de.kulant.platform.SepaXml.agent;
import static de.kulant.platform.SepaXml.groupHeader;
import static de.kulant.platform.SepaXml.leaf;
import static de.kulant.platform.SepaXml.party;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A SEPA credit transfer initiation (pain.001.001.09, the format German banks take since November 2023): one
 * payment information block, paid from one account, with one transfer per refund or payout.
 */
public final class CreditTransferFile {

    public static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";

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
            groupHeader(xml, order.messageId(), order.created(), transfers.size(), sum, order.holder());

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
            party(xml, "Dbtr", order.holder());
            xml.writeStartElement("DbtrAcct");
            xml.writeStartElement("Id");
            leaf(xml, "IBAN", order.iban());
            xml.writeEndElement();
            leaf(xml, "Ccy", "EUR");
            xml.writeEndElement();
            agent(xml, "DbtrAgt", order.bic());
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
                party(xml, "Cdtr", t.name());
                account(xml, "CdtrAcct", t.iban());
                xml.writeStartElement("RmtInf");
                leaf(xml, "Ustrd", SepaText.of(t.remittance(), 140));
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
}
