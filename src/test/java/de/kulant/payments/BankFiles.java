package de.kulant.payments;

import java.math.BigInteger;
import java.util.List;

/** Small bank statements written for tests: camt.053/052 entries and MT940 lines, built from the parts a test cares about. */
public final class BankFiles {

    private BankFiles() {
    }

    /** A valid German IBAN for a made-up account at a made-up bank, distinct per number. */
    public static String iban(long account) {
        String bban = "37040044" + String.format("%010d", account);
        // ISO 13616: BBAN + "DE00" as digits (D = 13, E = 14), check = 98 - mod 97
        int check = 98 - new BigInteger(bban + "131400").mod(BigInteger.valueOf(97)).intValue();
        return "DE" + (check < 10 ? "0" : "") + check + bban;
    }

    /** One camt entry: a credit or debit with one transaction. Null parts are left out. */
    public record Entry(String amount, boolean credit, String date, String bankReference, String endToEndId,
                        String payerName, String payerIban, String remittance, String creditorReference,
                        String returnReason, String status) {

        public static Entry credit(String amount, String date, String bankReference) {
            return new Entry(amount, true, date, bankReference, null, null, null, null, null, null, "BOOK");
        }

        public static Entry debit(String amount, String date, String bankReference) {
            return new Entry(amount, false, date, bankReference, null, null, null, null, null, null, "BOOK");
        }

        public Entry from(String name, String iban) {
            return new Entry(amount, credit, date, bankReference, endToEndId, name, iban, remittance, creditorReference,
                    returnReason, status);
        }

        public Entry text(String text) {
            return new Entry(amount, credit, date, bankReference, endToEndId, payerName, payerIban, text,
                    creditorReference, returnReason, status);
        }

        public Entry rf(String reference) {
            return new Entry(amount, credit, date, bankReference, endToEndId, payerName, payerIban, remittance,
                    reference, returnReason, status);
        }

        public Entry endToEnd(String id) {
            return new Entry(amount, credit, date, bankReference, id, payerName, payerIban, remittance,
                    creditorReference, returnReason, status);
        }

        public Entry returned(String reason) {
            return new Entry(amount, credit, date, bankReference, endToEndId, payerName, payerIban, remittance,
                    creditorReference, reason, status);
        }

        public Entry pending() {
            return new Entry(amount, credit, date, bankReference, endToEndId, payerName, payerIban, remittance,
                    creditorReference, returnReason, "PDNG");
        }

        public String xml() {
            StringBuilder x = new StringBuilder();
            x.append("<Ntry><Amt Ccy=\"EUR\">").append(amount).append("</Amt>")
                    .append("<CdtDbtInd>").append(credit ? "CRDT" : "DBIT").append("</CdtDbtInd>")
                    .append("<Sts>").append(status).append("</Sts>")
                    .append("<BookgDt><Dt>").append(date).append("</Dt></BookgDt>")
                    .append("<ValDt><Dt>").append(date).append("</Dt></ValDt>");
            if (bankReference != null) {
                x.append("<AcctSvcrRef>").append(bankReference).append("</AcctSvcrRef>");
            }
            x.append("<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>").append(credit ? "RCDT" : "IDDT")
                    .append("</Cd><SubFmlyCd>").append(returnReason != null ? "UPDD" : credit ? "ESCT" : "ESDD")
                    .append("</SubFmlyCd></Fmly></Domn></BkTxCd>");
            x.append("<NtryDtls><TxDtls>");
            if (endToEndId != null) {
                x.append("<Refs><EndToEndId>").append(endToEndId).append("</EndToEndId></Refs>");
            }
            x.append("<AmtDtls><TxAmt><Amt Ccy=\"EUR\">").append(amount).append("</Amt></TxAmt></AmtDtls>");
            if (payerName != null || payerIban != null) {
                x.append("<RltdPties>");
                if (payerName != null) {
                    x.append("<Dbtr><Nm>").append(escape(payerName)).append("</Nm></Dbtr>");
                }
                if (payerIban != null) {
                    x.append("<DbtrAcct><Id><IBAN>").append(payerIban).append("</IBAN></Id></DbtrAcct>");
                }
                x.append("</RltdPties>");
            }
            if (remittance != null || creditorReference != null) {
                x.append("<RmtInf>");
                if (remittance != null) {
                    x.append("<Ustrd>").append(escape(remittance)).append("</Ustrd>");
                }
                if (creditorReference != null) {
                    x.append("<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>")
                            .append(creditorReference).append("</Ref></CdtrRefInf></Strd>");
                }
                x.append("</RmtInf>");
            }
            if (returnReason != null) {
                x.append("<RtrInf><Rsn><Cd>").append(returnReason).append("</Cd></Rsn></RtrInf>");
            }
            x.append("</TxDtls></NtryDtls></Ntry>");
            return x.toString();
        }
    }

    /** A camt.053.001.02 statement of one account. */
    public static String camt053(String iban, String statementId, List<Entry> entries) {
        return document("camt.053.001.02", "BkToCstmrStmt", "Stmt", iban, statementId, entries);
    }

    /** A camt.052.001.08 intraday report of one account. */
    public static String camt052(String iban, String reportId, List<Entry> entries) {
        return document("camt.052.001.08", "BkToCstmrAcctRpt", "Rpt", iban, reportId, entries);
    }

    private static String document(String type, String root, String block, String iban, String id, List<Entry> entries) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:").append(type).append("\">\n<")
                .append(root).append("><GrpHdr><MsgId>MSG-").append(id).append("</MsgId>")
                .append("<CreDtTm>2026-11-26T18:00:00+01:00</CreDtTm></GrpHdr>\n<").append(block)
                .append("><Id>").append(id).append("</Id><CreDtTm>2026-11-26T18:00:00+01:00</CreDtTm>")
                .append("<Acct><Id><IBAN>").append(iban).append("</IBAN></Id><Ccy>EUR</Ccy></Acct>\n");
        for (Entry e : entries) {
            x.append(e.xml()).append('\n');
        }
        return x.append("</").append(block).append("></").append(root).append("></Document>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
