package de.kulant.payments.internal;

import de.kulant.payments.BankFormat;
import de.kulant.payments.internal.CamtParts.Entry;
import de.kulant.payments.internal.CamtParts.Statement;
import de.kulant.payments.internal.CamtParts.Tx;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads ISO 20022 camt.052, camt.053 and camt.054 (any version) with StAX, entry by entry, so a statement of
 * any size passes through in constant memory. Elements are recognised by their local names and position,
 * not by namespace or version, which is what lets the variations of real banks through.
 */
final class CamtReader {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final XMLStreamReader xml;
    private final StatementSink sink;
    private final String[] path = new String[64];
    private int depth;
    private final StringBuilder text = new StringBuilder();
    private BankFormat format;
    private LocalDate messageCreated;

    private Statement statement;
    private Entry entry;
    private Tx tx;
    private String balanceCode;
    private BigDecimal balanceAmount;
    private boolean balanceDebit;

    private CamtReader(XMLStreamReader xml, StatementSink sink) {
        this.xml = xml;
        this.sink = sink;
    }

    static BankFormat read(InputStream bytes, boolean declaredEncoding, StatementSink sink) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        XMLStreamReader xml = null;
        try {
            if (declaredEncoding) {
                xml = factory.createXMLStreamReader(bytes);
            } else {
                Reader reader = new LenientReader(bytes);
                xml = factory.createXMLStreamReader(reader);
            }
            CamtReader camt = new CamtReader(xml, sink);
            camt.run();
            return camt.format;
        } catch (XMLStreamException e) {
            Location location = e.getLocation();
            String message = e.getMessage();
            int cut = message == null ? -1 : message.indexOf("Message: ");
            throw new StatementFormatException(location == null ? null : at(location),
                    "the XML is not well-formed (" + (cut >= 0 ? message.substring(cut + 9) : message) + ")");
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // the stream is being abandoned anyway
                }
            }
        }
    }

    private void run() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                start(xml.getLocalName());
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                end(xml.getLocalName(), text.toString().trim());
                depth--;
                text.setLength(0);
            }
        }
        if (format == null) {
            throw new StatementFormatException(null, "the XML holds no bank statement");
        }
    }

    private static String unsigned(String value) {
        return value.startsWith("-") ? value.substring(1) : value;
    }

    private void start(String name) {
        if (depth == path.length) {
            throw new StatementFormatException(position(), "elements are nested too deeply");
        }
        path[depth++] = name;
        text.setLength(0);
        if (depth == 1) {
            String namespace = xml.getNamespaceURI();
            if (!"Document".equals(name)) {
                throw new StatementFormatException(position(), "the XML root is <" + name + ">, not an ISO 20022 <Document>");
            }
            if (namespace != null && namespace.contains("iso:20022") && !namespace.contains(":camt.05")) {
                throw new StatementFormatException(position(), "the XML is a " + messageType(namespace)
                        + " message, not a bank statement (camt.052, camt.053 or camt.054)");
            }
        } else if (depth == 2) {
            format = switch (name) {
                case "BkToCstmrStmt" -> BankFormat.CAMT_053;
                case "BkToCstmrAcctRpt" -> BankFormat.CAMT_052;
                case "BkToCstmrDbtCdtNtfctn" -> BankFormat.CAMT_054;
                default -> throw new StatementFormatException(position(), "<" + name
                        + "> is not a bank statement (camt.052, camt.053 or camt.054)");
            };
        } else if (depth == 3 && (name.equals("Stmt") || name.equals("Rpt") || name.equals("Ntfctn"))) {
            statement = new Statement();
            statement.created = messageCreated;
        } else if (statement != null && name.equals("Ntry") && depth == 4) {
            entry = new Entry(position());
        } else if (entry != null && name.equals("TxDtls")) {
            tx = new Tx();
        } else if (entry == null && statement != null && name.equals("Bal")) {
            balanceCode = null;
            balanceAmount = null;
            balanceDebit = false;
        }
        if (name.equals("Amt") && entry != null && tx == null && depth == 5) {
            entry.currency = xml.getAttributeValue(null, "Ccy");
        }
    }

    private void end(String name, String value) {
        if (depth == 4 && name.equals("CreDtTm") && "GrpHdr".equals(path[2])) {
            messageCreated = date(value);
        }
        if (tx != null) {
            if (name.equals("TxDtls")) {
                entry.transactions.add(tx);
                tx = null;
            } else {
                transactionField(name, value);
            }
        } else if (entry != null) {
            if (name.equals("Ntry")) {
                sink.entry(entry.toEntry(statement));
                statement.count(entry);
                entry = null;
            } else {
                entryField(name, value);
            }
        } else if (statement != null) {
            if (depth == 3) {
                sink.statementEnd(statement.totals());
                statement = null;
            } else {
                statementField(name, value);
            }
        }
    }

    private void statementField(String name, String value) {
        if (depth == 4 && name.equals("Id")) {
            statement.id = value;
        } else if (ends("Acct", "Id", "IBAN")) {
            statement.iban = value.replace(" ", "").toUpperCase();
        } else if (ends("Acct", "Id", "Othr", "Id") && statement.iban == null) {
            statement.iban = value.replace(" ", "");
        } else if (ends("Bal", "Tp", "CdOrPrtry", "Cd")) {
            balanceCode = value;
        } else if (ends("Bal", "Amt")) {
            balanceAmount = BankAmounts.parse(value, position(), "balance");
        } else if (ends("Bal", "CdtDbtInd")) {
            balanceDebit = "DBIT".equals(value);
        } else if (name.equals("Bal") && balanceAmount != null && balanceCode != null) {
            BigDecimal signed = balanceDebit ? balanceAmount.negate() : balanceAmount;
            if (balanceCode.equals("OPBD") || (balanceCode.equals("PRCD") && statement.opening == null)) {
                statement.opening = signed;
            } else if (balanceCode.equals("CLBD")) {
                statement.closing = signed;
            }
        } else if (ends("TxsSummry", "TtlNtries", "NbOfNtries")) {
            statement.declaredEntries = integer(value);
        } else if (ends("TxsSummry", "TtlNtries", "TtlNetNtryAmt") || ends("TxsSummry", "TtlNtries", "TtlNetNtry", "Amt")) {
            statement.declaredNetAmount = BankAmounts.parse(value, position(), "net total");
        } else if (ends("TxsSummry", "TtlNtries", "CdtDbtInd") || ends("TxsSummry", "TtlNtries", "TtlNetNtry", "CdtDbtInd")) {
            statement.declaredNetDebit = "DBIT".equals(value);
        } else if (ends("TxsSummry", "TtlCdtNtries", "Sum")) {
            // some banks sign these sums although the element says which side they are on
            statement.declaredCredits = BankAmounts.parse(unsigned(value), position(), "credit total");
        } else if (ends("TxsSummry", "TtlDbtNtries", "Sum")) {
            statement.declaredDebits = BankAmounts.parse(unsigned(value), position(), "debit total");
        } else if (depth == 4 && name.equals("CreDtTm")) {
            statement.created = date(value);
        }
    }

    private void entryField(String name, String value) {
        if (depth == 5) {
            switch (name) {
                case "Amt" -> entry.amount = BankAmounts.parse(value, position(), "entry amount");
                case "CdtDbtInd" -> entry.indicator = value;
                case "RvslInd" -> entry.reversal = "true".equalsIgnoreCase(value);
                case "Sts" -> entry.status = value.isEmpty() ? entry.status : value;
                case "AcctSvcrRef" -> entry.bankReference = value;
                case "NtryRef" -> entry.entryReference = value;
                case "AddtlNtryInf" -> entry.additionalInfo = value;
                default -> {
                }
            }
        } else if (ends("Ntry", "Sts", "Cd")) {
            entry.status = value;
        } else if (ends("Ntry", "BookgDt", "Dt") || ends("Ntry", "BookgDt", "DtTm")) {
            entry.bookingDate = date(value);
        } else if (ends("Ntry", "ValDt", "Dt") || ends("Ntry", "ValDt", "DtTm")) {
            entry.valueDate = date(value);
        } else if (ends("Ntry", "BkTxCd", "Domn", "Fmly", "SubFmlyCd")) {
            entry.subFamily = value;
        } else if (ends("Ntry", "BkTxCd", "Prtry", "Cd")) {
            entry.proprietaryCode = value;
        }
    }

    private void transactionField(String name, String value) {
        if (name.equals("RtrInf")) {
            tx.returned = true;
        }
        if (value.isEmpty()) {
            return;
        }
        if (ends("Refs", "EndToEndId")) {
            tx.endToEndId = value;
        } else if (ends("Refs", "TxId")) {
            tx.transactionId = value;
        } else if (ends("Refs", "AcctSvcrRef")) {
            tx.bankReference = value;
        } else if (ends("Refs", "MndtId")) {
            tx.mandateId = value;
        } else if (ends("TxDtls", "Amt")) {
            tx.amount = BankAmounts.parse(value, position(), "transaction amount");
        } else if (ends("AmtDtls", "TxAmt", "Amt")) {
            tx.bookedAmount = BankAmounts.parse(value, position(), "transaction amount");
        } else if (ends("AmtDtls", "InstdAmt", "Amt")) {
            tx.instructedAmount = BankAmounts.parse(value, position(), "instructed amount");
        } else if (ends("RltdPties", "Dbtr", "Nm") || ends("RltdPties", "Dbtr", "Pty", "Nm")) {
            tx.debtorName = value;
        } else if (ends("RltdPties", "DbtrAcct", "Id", "IBAN")) {
            tx.debtorIban = value.replace(" ", "").toUpperCase();
        } else if (ends("RltdPties", "Cdtr", "Nm") || ends("RltdPties", "Cdtr", "Pty", "Nm")) {
            tx.creditorName = value;
        } else if (ends("RltdPties", "CdtrAcct", "Id", "IBAN")) {
            tx.creditorIban = value.replace(" ", "").toUpperCase();
        } else if (ends("RmtInf", "Ustrd") || ends("RmtInf", "Strd", "AddtlRmtInf")
                || ends("RmtInf", "Strd", "RfrdDocInf", "Nb")) {
            tx.remittance.add(value);
        } else if (ends("RmtInf", "Strd", "CdtrRefInf", "Ref")) {
            tx.creditorReference = value;
        } else if (ends("RtrInf", "Rsn", "Cd") || ends("RtrInf", "Rsn", "Prtry")) {
            tx.returnReason = value;
        } else if (ends("TxDtls", "BkTxCd", "Domn", "Fmly", "SubFmlyCd")) {
            tx.subFamily = value;
        } else if (ends("TxDtls", "BkTxCd", "Prtry", "Cd")) {
            tx.proprietaryCode = value;
        } else if (ends("TxDtls", "AddtlTxInf")) {
            tx.additionalInfo = value;
        }
    }

    private boolean ends(String... names) {
        if (names.length > depth) {
            return false;
        }
        for (int i = 0; i < names.length; i++) {
            if (!names[names.length - 1 - i].equals(path[depth - 1 - i])) {
                return false;
            }
        }
        return true;
    }

    private LocalDate date(String value) {
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value);
            }
            if (value.length() > 19 && (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$"))) {
                return OffsetDateTime.parse(value).atZoneSameInstant(BERLIN).toLocalDate();
            }
            return LocalDateTime.parse(value).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new StatementFormatException(position(), "'" + value + "' is not a date");
        }
    }

    private Integer integer(String value) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new StatementFormatException(position(), "'" + value + "' is not a number");
        }
    }

    private String position() {
        return at(xml.getLocation());
    }

    private static String at(Location location) {
        return "line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }

    private static String messageType(String namespace) {
        int cut = namespace.lastIndexOf(':');
        return cut >= 0 ? namespace.substring(cut + 1) : namespace;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
