package de.kulant.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulant.payments.BankFormat;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The statement readers on files written for these tests, one variation of real bank output each. */
class StatementReadersTest {

    record Read(BankFormat format, List<BankEntry> entries, List<StatementTotals> totals) {
        BankEntry entry(int i) {
            return entries.get(i);
        }
    }

    static Read read(byte[] file) {
        return read(new ByteArrayInputStream(file));
    }

    static Read read(InputStream file) {
        List<BankEntry> entries = new ArrayList<>();
        List<StatementTotals> totals = new ArrayList<>();
        BankFormat format = StatementReaders.read(file, new StatementSink() {
            @Override
            public void entry(BankEntry entry) {
                entries.add(entry);
            }

            @Override
            public void statementEnd(StatementTotals t) {
                totals.add(t);
            }
        });
        return new Read(format, entries, totals);
    }

    static Read read(String file, Charset charset) {
        return read(file.getBytes(charset));
    }

    private static final String CAMT_053_V08_PREFIXED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ns2:Document xmlns:ns2="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
             <ns2:BkToCstmrStmt>
              <ns2:GrpHdr><ns2:MsgId>M1</ns2:MsgId><ns2:CreDtTm>2026-11-26T22:00:00+01:00</ns2:CreDtTm></ns2:GrpHdr>
              <ns2:Stmt>
               <ns2:Id>STMT-2026-11-26</ns2:Id>
               <ns2:Acct><ns2:Id><ns2:IBAN>DE89 3704 0044 0532 0130 00</ns2:IBAN></ns2:Id></ns2:Acct>
               <ns2:Bal><ns2:Tp><ns2:CdOrPrtry><ns2:Cd>PRCD</ns2:Cd></ns2:CdOrPrtry></ns2:Tp>
                <ns2:Amt Ccy="EUR">100.00</ns2:Amt><ns2:CdtDbtInd>DBIT</ns2:CdtDbtInd><ns2:Dt><ns2:Dt>2026-11-25</ns2:Dt></ns2:Dt></ns2:Bal>
               <ns2:Bal><ns2:Tp><ns2:CdOrPrtry><ns2:Cd>CLBD</ns2:Cd></ns2:CdOrPrtry></ns2:Tp>
                <ns2:Amt Ccy="EUR">52.50</ns2:Amt><ns2:CdtDbtInd>CRDT</ns2:CdtDbtInd><ns2:Dt><ns2:Dt>2026-11-26</ns2:Dt></ns2:Dt></ns2:Bal>
               <ns2:TxsSummry><ns2:TtlNtries><ns2:NbOfNtries>2</ns2:NbOfNtries>
                <ns2:TtlNetNtry><ns2:Amt>152.50</ns2:Amt><ns2:CdtDbtInd>CRDT</ns2:CdtDbtInd></ns2:TtlNetNtry></ns2:TtlNtries></ns2:TxsSummry>
               <ns2:Ntry>
                <ns2:Amt Ccy="EUR">155.00</ns2:Amt><ns2:CdtDbtInd>CRDT</ns2:CdtDbtInd>
                <ns2:Sts><ns2:Cd>BOOK</ns2:Cd></ns2:Sts>
                <ns2:BookgDt><ns2:DtTm>2026-11-26T23:30:00+01:00</ns2:DtTm></ns2:BookgDt>
                <ns2:ValDt><ns2:Dt>2026-11-27</ns2:Dt></ns2:ValDt>
                <ns2:AcctSvcrRef>BATCH-1</ns2:AcctSvcrRef>
                <ns2:BkTxCd><ns2:Domn><ns2:Cd>PMNT</ns2:Cd><ns2:Fmly><ns2:Cd>RCDT</ns2:Cd><ns2:SubFmlyCd>ESCT</ns2:SubFmlyCd></ns2:Fmly></ns2:Domn></ns2:BkTxCd>
                <ns2:NtryDtls><ns2:Btch><ns2:NbOfTxs>3</ns2:NbOfTxs></ns2:Btch>
                 <ns2:TxDtls><ns2:Refs><ns2:EndToEndId>E2E-1</ns2:EndToEndId></ns2:Refs>
                  <ns2:Amt Ccy="EUR">100.00</ns2:Amt>
                  <ns2:RltdPties><ns2:Dbtr><ns2:Pty><ns2:Nm>Jörg Übermann</ns2:Nm></ns2:Pty></ns2:Dbtr>
                   <ns2:DbtrAcct><ns2:Id><ns2:IBAN>DE02120300000000202051</ns2:IBAN></ns2:Id></ns2:DbtrAcct></ns2:RltdPties>
                  <ns2:RmtInf><ns2:Strd><ns2:CdtrRefInf><ns2:Ref>RF18539007547034</ns2:Ref></ns2:CdtrRefInf></ns2:Strd></ns2:RmtInf>
                 </ns2:TxDtls>
                 <ns2:TxDtls><ns2:Refs><ns2:EndToEndId>NOTPROVIDED</ns2:EndToEndId></ns2:Refs>
                  <ns2:Amt Ccy="EUR">30.00</ns2:Amt>
                  <ns2:RmtInf><ns2:Ustrd>Rechnung R-1</ns2:Ustrd><ns2:Ustrd>und R-2</ns2:Ustrd></ns2:RmtInf>
                 </ns2:TxDtls>
                 <ns2:TxDtls><ns2:Amt Ccy="EUR">25.00</ns2:Amt><ns2:Chrgs><ns2:Rcrd><ns2:Amt Ccy="EUR">0.35</ns2:Amt></ns2:Rcrd></ns2:Chrgs>
                  <ns2:RmtInf><ns2:Ustrd>Bestellung 77</ns2:Ustrd></ns2:RmtInf></ns2:TxDtls>
                </ns2:NtryDtls>
               </ns2:Ntry>
               <ns2:Ntry>
                <ns2:Amt Ccy="EUR">2.50</ns2:Amt><ns2:CdtDbtInd>DBIT</ns2:CdtDbtInd><ns2:Sts><ns2:Cd>BOOK</ns2:Cd></ns2:Sts>
                <ns2:BookgDt><ns2:Dt>2026-11-26</ns2:Dt></ns2:BookgDt>
                <ns2:AddtlNtryInf>Kontoführungsgebühr</ns2:AddtlNtryInf>
               </ns2:Ntry>
              </ns2:Stmt>
             </ns2:BkToCstmrStmt>
            </ns2:Document>
            """;

    @Test
    void aPrefixedCamt053WithABatchBookingGivesEachTransactionWithItsOwnAmountAndTheControlSumsAgree() {
        Read read = read(CAMT_053_V08_PREFIXED, StandardCharsets.UTF_8);

        assertThat(read.format()).isEqualTo(BankFormat.CAMT_053);
        assertThat(read.entries()).hasSize(2);
        BankEntry batch = read.entry(0);
        assertThat(batch.accountIban()).isEqualTo("DE89370400440532013000");
        assertThat(batch.statementId()).isEqualTo("STMT-2026-11-26");
        assertThat(batch.credit()).isTrue();
        assertThat(batch.bookingDate()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(batch.valueDate()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(batch.entryReference()).isEqualTo("BATCH-1");
        assertThat(batch.transactions()).extracting(BankTransaction::amount)
                .containsExactly(new BigDecimal("100.00"), new BigDecimal("30.00"), new BigDecimal("25.00"));
        BankTransaction first = batch.transactions().get(0);
        assertThat(first.counterpartyName()).isEqualTo("Jörg Übermann");
        assertThat(first.counterpartyIban()).isEqualTo("DE02120300000000202051");
        assertThat(first.creditorReference()).isEqualTo("RF18539007547034");
        assertThat(first.endToEndId()).isEqualTo("E2E-1");
        assertThat(batch.transactions().get(1).remittance()).isEqualTo("Rechnung R-1 und R-2");
        BankEntry fee = read.entry(1);
        assertThat(fee.credit()).isFalse();
        assertThat(fee.transactions().get(0).remittance()).isEqualTo("Kontoführungsgebühr");
        StatementTotals totals = read.totals().get(0);
        assertThat(totals.declaredEntries()).isEqualTo(2);
        assertThat(totals.countedNet()).isEqualByComparingTo(totals.declaredNet());
        assertThat(totals.opening().add(totals.countedNet())).isEqualByComparingTo(totals.closing());
    }

    @Test
    void aDeclaredLatin1FileAndAnUndeclaredWindows1252FileReadTheirUmlauts() {
        String latin1 = CAMT_053_V08_PREFIXED.replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");
        String undeclared = CAMT_053_V08_PREFIXED.substring(CAMT_053_V08_PREFIXED.indexOf('\n') + 1)
                .replace("Kontoführungsgebühr", "Gebühr – € 2,50");

        assertThat(read(latin1, StandardCharsets.ISO_8859_1).entry(0).transactions().get(0).counterpartyName())
                .isEqualTo("Jörg Übermann");
        Read cp1252 = read(undeclared, Charset.forName("windows-1252"));
        assertThat(cp1252.entry(0).transactions().get(0).counterpartyName()).isEqualTo("Jörg Übermann");
        assertThat(cp1252.entry(1).transactions().get(0).remittance()).isEqualTo("Gebühr – € 2,50");
        Read bom = read(("\uFEFF" + undeclared).getBytes(StandardCharsets.UTF_8));
        assertThat(bom.entry(1).transactions().get(0).remittance()).isEqualTo("Gebühr – € 2,50");
    }

    @Test
    void aCamt054NotificationWithoutDatesAndWithAReturnTakesTheMessageDateTheReasonCodeAndTheOriginalAmount() {
        String camt054 = """
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.04"><BkToCstmrDbtCdtNtfctn>
                <GrpHdr><MsgId>N1</MsgId><CreDtTm>2026-11-24T08:00:00</CreDtTm></GrpHdr>
                <Ntfctn><Id>NTF-1</Id><Acct><Id><IBAN>DE89370400440532013000</IBAN></Id></Acct>
                <Ntry><Amt Ccy="EUR">55.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts>
                <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>IDDT</Cd><SubFmlyCd>UPDD</SubFmlyCd></Fmly></Domn></BkTxCd>
                <NtryDtls><TxDtls><Refs><EndToEndId>E2E-RL-1</EndToEndId><MndtId>M-77</MndtId></Refs>
                <AmtDtls><InstdAmt><Amt Ccy="EUR">52.00</Amt></InstdAmt></AmtDtls>
                <RltdPties><Dbtr><Nm>Rita Rück</Nm></Dbtr><DbtrAcct><Id><IBAN>DE02120300000000202051</IBAN></Id></DbtrAcct>
                <Cdtr><Nm>Shop GmbH</Nm></Cdtr></RltdPties>
                <RtrInf><Rsn><Cd>MD06</Cd></Rsn></RtrInf></TxDtls></NtryDtls></Ntry>
                </Ntfctn></BkToCstmrDbtCdtNtfctn></Document>""";

        Read read = read(camt054, StandardCharsets.UTF_8);

        assertThat(read.format()).isEqualTo(BankFormat.CAMT_054);
        BankEntry entry = read.entry(0);
        assertThat(entry.bookingDate()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(entry.returned()).isTrue();
        assertThat(entry.credit()).isFalse();
        BankTransaction t = entry.transactions().get(0);
        assertThat(t.returnReason()).isEqualTo("MD06");
        assertThat(entry.amount()).as("what the bank booked, its fee included").isEqualByComparingTo("55.00");
        assertThat(t.amount()).as("what the return takes back: the original amount").isEqualByComparingTo("52.00");
        assertThat(t.counterpartyName()).as("a return names the original payer").isEqualTo("Rita Rück");
        assertThat(t.mandateId()).isEqualTo("M-77");
    }

    @Test
    void aCamt052ReportMarksPendingEntriesAndReversals() {
        String camt052 = """
                <?xml version="1.0"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.052.001.02"><BkToCstmrAcctRpt>
                <GrpHdr><MsgId>R1</MsgId></GrpHdr>
                <Rpt><Id>RPT-1</Id><Acct><Id><IBAN>DE89370400440532013000</IBAN></Id></Acct>
                <Ntry><Amt Ccy="EUR">10.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>PDNG</Sts><ValDt><Dt>2026-11-27</Dt></ValDt></Ntry>
                <Ntry><Amt Ccy="EUR">10.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><RvslInd>true</RvslInd><Sts>BOOK</Sts>
                <BookgDt><Dt>2026-11-26</Dt></BookgDt></Ntry>
                </Rpt></BkToCstmrAcctRpt></Document>""";

        Read read = read(camt052, StandardCharsets.UTF_8);

        assertThat(read.format()).isEqualTo(BankFormat.CAMT_052);
        assertThat(read.entry(0).booked()).isFalse();
        assertThat(read.entry(0).bookingDate()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(read.entry(1).reversal()).isTrue();
        assertThat(read.entry(1).booked()).isTrue();
    }

    private static final String MT940 = "{1:F01COBADEFFXXXX0000000000}{2:I940COBADEFFXXXXN}{4:\r\n"
            + ":20:STARTUMS\r\n"
            + ":25:37040044/0532013000\r\n"
            + ":28C:00042/001\r\n"
            + ":60F:C261126EUR1000,00\r\n"
            + ":61:2611261126CR119,00NTRFNONREF//BANK-1\r\n"
            + "/OCMT/EUR119,00/\r\n"
            + ":86:166?00SEPA-GUTSCHRIFT?109310?20EREF+E2E-4711?21SVWZ+Rechnung R-2026-0\r\n"
            + "815 Danke?30COBADEFFXXX?31DE02120300000000202051?32MÜLLER-LÜDENSCHEIDT, HAN?33S\r\n"
            + ":61:2611261126D\r\n"
            + "R19,90NDDTNONREF//BANK-2\r\n"
            + ":86:109?00RUECKLASTSCHRIFT?20EREF+E2E-0815?21MREF+M-1?22SVWZ+Abo Oktober\r\n"
            + ":61:2611261126RD5,00NMSCNONREF\r\n"
            + ":86:Storno Gebühr\r\n"
            + ":62F:C261126EUR1104,10\r\n"
            + "-}\r\n";

    @Test
    void anMt940WithEnvelopeSepaFieldsWrappedLinesAndReversalMarksReadsEveryEntry() {
        Read read = read(MT940, StandardCharsets.ISO_8859_1);

        assertThat(read.format()).isEqualTo(BankFormat.MT940);
        assertThat(read.entries()).hasSize(3);
        BankEntry credit = read.entry(0);
        assertThat(credit.credit()).isTrue();
        assertThat(credit.amount()).isEqualByComparingTo("119.00");
        assertThat(credit.entryReference()).isEqualTo("BANK-1");
        assertThat(credit.accountIban()).isEqualTo("37040044/0532013000");
        BankTransaction t = credit.transactions().get(0);
        assertThat(t.endToEndId()).isEqualTo("E2E-4711");
        assertThat(t.remittance()).isEqualTo("Rechnung R-2026-0815 Danke");
        assertThat(t.counterpartyName()).isEqualTo("MÜLLER-LÜDENSCHEIDT, HANS");
        assertThat(t.counterpartyIban()).isEqualTo("DE02120300000000202051");
        BankEntry returned = read.entry(1);
        assertThat(returned.credit()).isFalse();
        assertThat(returned.returned()).isTrue();
        assertThat(returned.transactions().get(0).mandateId()).isEqualTo("M-1");
        BankEntry reversal = read.entry(2);
        assertThat(reversal.reversal()).isTrue();
        assertThat(reversal.credit()).as("RD reverses a debit: money comes back").isTrue();
        assertThat(reversal.transactions().get(0).remittance()).isEqualTo("Storno Gebühr");
        StatementTotals totals = read.totals().get(0);
        assertThat(totals.opening().add(totals.countedNet())).isEqualByComparingTo(totals.closing());
    }

    @Test
    void aStatementMuchLargerThanTheHeapWouldAllowIsReadAsAStream() {
        String head = CAMT_053_V08_PREFIXED.substring(0, CAMT_053_V08_PREFIXED.indexOf("<ns2:Ntry>"));
        String entry = CAMT_053_V08_PREFIXED.substring(CAMT_053_V08_PREFIXED.indexOf("<ns2:Ntry>"),
                CAMT_053_V08_PREFIXED.lastIndexOf("</ns2:Stmt>"));
        String tail = CAMT_053_V08_PREFIXED.substring(CAMT_053_V08_PREFIXED.lastIndexOf("</ns2:Stmt>"));
        int copies = 121_000;
        byte[] body = entry.getBytes(StandardCharsets.UTF_8);
        List<InputStream> parts = new ArrayList<>();
        parts.add(new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)));
        parts.addAll(Collections.nCopies(copies, null));
        for (int i = 1; i <= copies; i++) {
            parts.set(i, new ByteArrayInputStream(body));
        }
        parts.add(new ByteArrayInputStream(tail.getBytes(StandardCharsets.UTF_8)));
        long[] count = {0};
        long heapBefore = usedHeap();
        long[] peak = {0};
        StatementReaders.read(new SequenceInputStream(Collections.enumeration(parts)), new StatementSink() {
            @Override
            public void entry(BankEntry e) {
                if (++count[0] % 60_000 == 0) {
                    peak[0] = Math.max(peak[0], usedHeap() - heapBefore);
                }
            }

            @Override
            public void statementEnd(StatementTotals totals) {
            }
        });

        long fileSize = (long) body.length * copies;
        assertThat(count[0]).isEqualTo(2L * copies);
        assertThat(fileSize).as("a 200 MB statement").isGreaterThan(200_000_000L);
        // nothing of the file is kept: what stays referenced while reading is a tiny part of the file
        assertThat(peak[0]).isLessThan(fileSize / 20);
    }

    /** What the heap holds after a collection: what is still referenced, not garbage waiting. */
    private static long usedHeap() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    @Test
    void badFilesNameWhatIsWrongAndWhere() {
        assertThatThrownBy(() -> read("just some text\nwithout tags", StandardCharsets.UTF_8))
                .hasMessageContaining("line 1").hasMessageContaining("neither ISO 20022 XML nor MT940");
        assertThatThrownBy(() -> read(CAMT_053_V08_PREFIXED.substring(0, 1500), StandardCharsets.UTF_8))
                .isInstanceOf(StatementFormatException.class).hasMessageContaining("not well-formed");
        assertThatThrownBy(() -> read(CAMT_053_V08_PREFIXED.replace("<ns2:Amt Ccy=\"EUR\">2.50</ns2:Amt>",
                "<ns2:Amt Ccy=\"EUR\">2.505</ns2:Amt>"), StandardCharsets.UTF_8))
                .hasMessageContaining("fractions of a cent").hasMessageContaining("line 37");
        assertThatThrownBy(() -> read(CAMT_053_V08_PREFIXED.replace("<ns2:CdtDbtInd>DBIT</ns2:CdtDbtInd><ns2:Sts>",
                "<ns2:CdtDbtInd>DEBIT</ns2:CdtDbtInd><ns2:Sts>"), StandardCharsets.UTF_8))
                .hasMessageContaining("'DEBIT', not CRDT or DBIT");
        assertThatThrownBy(() -> read(MT940.replace(":61:2611261126RD5,00", ":61:261126XX5,00"), StandardCharsets.UTF_8))
                .hasMessageContaining("line 13").hasMessageContaining("not a statement line");
        assertThatThrownBy(() -> read(MT940.replace(":62F:", ":62F1:"), StandardCharsets.UTF_8))
                .hasMessageContaining("broken field tag");
        assertThatThrownBy(() -> read(MT940.replace(":60F:C261126EUR1000,00", ":60F:C261126EUR1000"),
                StandardCharsets.UTF_8)).hasMessageContaining("line 5").hasMessageContaining("is not a balance");
        assertThatThrownBy(() -> read(new byte[] {(byte) 0xff, (byte) 0xfe, '<', 0}))
                .hasMessageContaining("UTF-16");
    }
}
