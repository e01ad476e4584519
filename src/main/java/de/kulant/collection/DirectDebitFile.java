package de.kulant.collection;

import static de.kulant.platform.SepaXml.account;
import static de.kulant.platform.SepaXml.agent;
import static de.kulant.platform.SepaXml.groupHeader;
import static de.kulant.platform.SepaXml.leaf;
import static de.kulant.platform.SepaXml.party;

import de.kulant.platform.SepaText;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A SEPA core direct debit initiation (pain.008.001.08, the format German banks take since November 2023): one
 * payment information block per sequence type (FRST, RCUR, and OOFF for a one-off debit), collected to the agency's account under its creditor
 * identifier, one transaction per rate with its mandate.
 */
public final class DirectDebitFile {

    static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.008.001.08";

    private DirectDebitFile() {
    }

    /** Who collects, to which account, under which identifier, and on which day. {@code bic} may be null. */
    public record Order(String messageId, OffsetDateTime created, String creditor, String iban, String bic,
                        String creditorIdentifier, LocalDate collectionDate) {
    }

    /** A mandate's place in its series: the first of several, a later one, or the only debit it allows. */
    public enum Sequence { FRST, RCUR, OOFF }

    /** One rate to collect: its reference, amount, mandate and the debtor's account. */
    public record Debit(String endToEndId, BigDecimal amount, String mandateId, LocalDate signedOn, Sequence sequence,
                        String debtor, String iban, String remittance) {
    }

    public static String write(Order order, List<Debit> debits) {
        if (debits.isEmpty()) {
            throw new IllegalArgumentException("a direct debit file needs at least one debit");
        }
        Map<String, List<Debit>> bySequence = new LinkedHashMap<>();
        for (Sequence sequence : Sequence.values()) {
            bySequence.put(sequence.name(), debits.stream().filter(d -> d.sequence() == sequence).toList());
        }
        bySequence.values().removeIf(List::isEmpty);
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("Document");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeStartElement("CstmrDrctDbtInitn");
            groupHeader(xml, order.messageId(), order.created(), debits.size(), sum(debits), order.creditor());
            for (Map.Entry<String, List<Debit>> block : bySequence.entrySet()) {
                paymentInformation(xml, order, block.getKey(), block.getValue());
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the direct debit file", e);
        }
        return text.toString();
    }

    private static void paymentInformation(XMLStreamWriter xml, Order order, String sequence, List<Debit> debits)
            throws XMLStreamException {
        xml.writeStartElement("PmtInf");
        leaf(xml, "PmtInfId", order.messageId() + "-" + sequence);
        leaf(xml, "PmtMtd", "DD");
        leaf(xml, "NbOfTxs", Integer.toString(debits.size()));
        leaf(xml, "CtrlSum", sum(debits).toPlainString());
        xml.writeStartElement("PmtTpInf");
        xml.writeStartElement("SvcLvl");
        leaf(xml, "Cd", "SEPA");
        xml.writeEndElement();
        xml.writeStartElement("LclInstrm");
        leaf(xml, "Cd", "CORE");
        xml.writeEndElement();
        leaf(xml, "SeqTp", sequence);
        xml.writeEndElement();
        leaf(xml, "ReqdColltnDt", order.collectionDate().toString());
        party(xml, "Cdtr", order.creditor());
        account(xml, "CdtrAcct", order.iban());
        agent(xml, "CdtrAgt", order.bic());
        leaf(xml, "ChrgBr", "SLEV");
        xml.writeStartElement("CdtrSchmeId");
        xml.writeStartElement("Id");
        xml.writeStartElement("PrvtId");
        xml.writeStartElement("Othr");
        leaf(xml, "Id", order.creditorIdentifier());
        xml.writeStartElement("SchmeNm");
        leaf(xml, "Prtry", "SEPA");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        for (Debit d : debits) {
            xml.writeStartElement("DrctDbtTxInf");
            xml.writeStartElement("PmtId");
            leaf(xml, "EndToEndId", d.endToEndId());
            xml.writeEndElement();
            xml.writeStartElement("InstdAmt");
            xml.writeAttribute("Ccy", "EUR");
            xml.writeCharacters(d.amount().toPlainString());
            xml.writeEndElement();
            xml.writeStartElement("DrctDbtTx");
            xml.writeStartElement("MndtRltdInf");
            leaf(xml, "MndtId", d.mandateId());
            leaf(xml, "DtOfSgntr", d.signedOn().toString());
            xml.writeEndElement();
            xml.writeEndElement();
            agent(xml, "DbtrAgt", null);
            party(xml, "Dbtr", d.debtor());
            account(xml, "DbtrAcct", d.iban());
            xml.writeStartElement("RmtInf");
            leaf(xml, "Ustrd", SepaText.of(d.remittance(), 140));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static BigDecimal sum(List<Debit> debits) {
        return debits.stream().map(Debit::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
