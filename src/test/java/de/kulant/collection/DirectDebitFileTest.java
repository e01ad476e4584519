package de.kulant.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.kulant.support.IsoSchemas;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pain.008.001.08 file as a bank checks it: against the ISO 20022 schema, with counts and sums that agree. */
class DirectDebitFileTest {

    private static final DirectDebitFile.Order ORDER = new DirectDebitFile.Order("KUL-DD-1",
            OffsetDateTime.of(2026, 12, 14, 9, 0, 0, 0, ZoneOffset.UTC), "Kulant Forderungsmanagement",
            "DE02120300000000202051", null, "DE98ZZZ09999999999", LocalDate.of(2026, 12, 15));

    private static final List<DirectDebitFile.Debit> DEBITS = List.of(
            new DirectDebitFile.Debit("RF21100007R01", new BigDecimal("192.59"), "KUL-PL-5",
                    LocalDate.of(2026, 11, 27), DirectDebitFile.Sequence.FRST, "Jürgen Müller-Straße & Söhne", "DE89370400440532013000",
                    "RF21100007R01 Rate 1/3"),
            new DirectDebitFile.Debit("RF91100008R02", new BigDecimal("40.00"), "KUL-PL-6",
                    LocalDate.of(2026, 10, 1), DirectDebitFile.Sequence.RCUR, "Erika Mustermann",
                    "DE02120300000000202051", "RF91100008R02 Rate 2/6"),
            new DirectDebitFile.Debit("RF55100009R01", new BigDecimal("300.10"), "KULRLMLAK9LP-20261204",
                    LocalDate.of(2026, 12, 4), DirectDebitFile.Sequence.OOFF, "Max Meier", "DE89370400440532013000",
                    "RF55100009R01"));

    @Test
    void theFileIsValidPain008WithOneBlockPerSequenceAndSumsThatAgree() throws Exception {
        String xml = DirectDebitFile.write(ORDER, DEBITS);

        IsoSchemas.validate(xml, "pain.008.001.08");
        assertThat(xml).contains("<NbOfTxs>3</NbOfTxs><CtrlSum>532.69</CtrlSum>")
                .contains("<SeqTp>FRST</SeqTp>").contains("<SeqTp>RCUR</SeqTp>").contains("<SeqTp>OOFF</SeqTp>")
                .contains("<ReqdColltnDt>2026-12-15</ReqdColltnDt>")
                .contains("<Id>DE98ZZZ09999999999</Id><SchmeNm><Prtry>SEPA</Prtry>")
                .contains("<MndtId>KUL-PL-5</MndtId><DtOfSgntr>2026-11-27</DtOfSgntr>")
                .contains("<Nm>Juergen Mueller-Strasse + Soehne</Nm>")
                .contains("<InstdAmt Ccy=\"EUR\">192.59</InstdAmt>");
    }

    @Test
    void theSchemaUsedRefusesWhatABankWouldRefuseAndAcceptsAFileWrittenByOthers() throws Exception {
        String broken = DirectDebitFile.write(ORDER, DEBITS).replace("<PmtMtd>DD</PmtMtd>", "<PmtMtd>TRF</PmtMtd>");
        assertThatThrownBy(() -> IsoSchemas.validate(broken, "pain.008.001.08")).hasMessageContaining("TRF");
        Path sample = Path.of("..", "shared", "data", "pain008", "phpsepaxml_pain.008.001.08.xml");
        assumeTrue(Files.exists(sample), "the shared sample files are not here");
        IsoSchemas.validate(Files.readString(sample, StandardCharsets.UTF_8), "pain.008.001.08");
    }
}
