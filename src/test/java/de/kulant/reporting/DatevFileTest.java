package de.kulant.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.kulant.claims.ClaimId;
import de.kulant.claims.LedgerLines;
import de.kulant.platform.Ids;
import de.kulant.platform.money.Money;
import de.kulant.reporting.internal.DatevFile;
import de.kulant.reporting.internal.DatevFile.Booking;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The DATEV Buchungsstapel field by field as the EXTF format describes it (version 700, category 21, format version
 * 9), and the shop's bookings on the accounts of its chart.
 */
class DatevFileTest {

    private static final DatevFile.Header HEADER = new DatevFile.Header(LocalDateTime.of(2026, 12, 4, 10, 15, 30, 123_000_000),
            29_098, 55_003, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
            "Kulant 2026-11-01 bis 2026-11-30", "03");

    private static String[] lines(byte[] file) {
        return new String(file, DatevFile.ENCODING).split("\r\n", -1);
    }

    @Test
    void theHeaderNamesFormatConsultantClientFiscalYearAndPeriod() {
        String[] header = lines(DatevFile.write(HEADER, List.of()))[0].split(";", -1);

        assertThat(header).hasSize(31);
        assertThat(header[0]).isEqualTo("\"EXTF\"");
        assertThat(header[1]).isEqualTo("700");
        assertThat(header[2]).isEqualTo("21");
        assertThat(header[3]).isEqualTo("\"Buchungsstapel\"");
        assertThat(header[4]).isEqualTo("9");
        assertThat(header[5]).isEqualTo("20261204101530123");
        assertThat(header[10]).isEqualTo("29098");
        assertThat(header[11]).isEqualTo("55003");
        assertThat(header[12]).isEqualTo("20260101");
        assertThat(header[13]).as("Sachkontenlänge").isEqualTo("4");
        assertThat(header[14]).isEqualTo("20261101");
        assertThat(header[15]).isEqualTo("20261130");
        assertThat(header[16]).isEqualTo("\"Kulant 2026-11-01 bis 2026-11-\"").hasSize(32);
        assertThat(header[18]).as("Buchungstyp: Finanzbuchführung").isEqualTo("1");
        assertThat(header[20]).as("not fixed, the accountant may change the bookings").isEqualTo("0");
        assertThat(header[21]).isEqualTo("\"EUR\"");
        assertThat(header[26]).as("SKR").isEqualTo("\"03\"");
    }

    @Test
    void aBookingLineHasTheFormatsHundredAndTwentyFieldsInWindows1252WithCrLf() {
        byte[] file = DatevFile.write(HEADER, List.of(new Booking(new BigDecimal("1234.5"), false, 10_000, 1360, null,
                LocalDate.of(2026, 11, 20), "re-2026/ä 17", "Zahlung an Kulant (Treuhand) RE-2026/17 \"Müller\"")));
        String[] lines = lines(file);

        assertThat(lines).hasSize(4);
        assertThat(lines[3]).isEmpty();
        String[] columns = lines[1].split(";", -1);
        String[] row = lines[2].split(";", -1);
        assertThat(columns).hasSize(120);
        assertThat(row).hasSize(120);
        assertThat(columns[0]).isEqualTo("Umsatz (ohne Soll/Haben-Kz)");
        assertThat(row[0]).isEqualTo("1234,50");
        assertThat(row[1]).isEqualTo("\"H\"");
        assertThat(row[2]).isEqualTo("\"EUR\"");
        assertThat(row[6]).isEqualTo("10000");
        assertThat(row[7]).isEqualTo("1360");
        assertThat(row[8]).isEqualTo("\"\"");
        assertThat(row[9]).as("Belegdatum TTMM").isEqualTo("2011");
        assertThat(row[10]).as("Belegfeld 1: letters, digits, $&%*+-/ only").isEqualTo("\"RE-2026/17\"");
        assertThat(row[13]).isEqualTo("\"Zahlung an Kulant (Treuhand) RE-2026/17 'Müller'\"");
        assertThat(file).contains((byte) 0xFC);
    }

    @Test
    void theColumnNamesAreThoseOfTheSharedDatevSample() throws Exception {
        Path sample = Path.of("..", "shared", "data", "datev", "ledermann_EXTF_Buchungsstapel.csv");
        assumeTrue(Files.exists(sample), "the shared sample folder is absent (a fresh clone)");
        String[] theirs = new String(Files.readAllBytes(sample), DatevFile.ENCODING).split("\r\n")[1].split(";", -1);
        String[] ours = lines(DatevFile.write(HEADER, List.of()))[1].split(";", -1);

        assertThat(ours).containsExactly(theirs);
    }

    @Test
    void eachKindOfLedgerLineGoesToItsAccountOnTheDebtorsSide() {
        DatevSettings.Accounts skr04 = DatevSettings.Chart.SKR04.standard();

        Booking interest = DatevExport.booking(line("INTEREST", "INTEREST", "3.35", false), skr04);
        Booking fee = DatevExport.booking(line("FEE", "FEES", "1.20", false), skr04);
        Booking paidToAgency = DatevExport.booking(line("PAYMENT", "PAID", "-504.55", true), skr04);
        Booking paidToShop = DatevExport.booking(line("PAYMENT", "PAID", "-119.00", false), skr04);
        Booking returned = DatevExport.booking(line("PAYMENT_RETURNED", "PAID", "504.55", true), skr04);
        Booking creditNote = DatevExport.booking(line("CREDIT_NOTE", "PRINCIPAL", "-19.00", false), skr04);
        Booking writeOff = DatevExport.booking(line("WRITE_OFF", "PRINCIPAL", "-100.00", false), skr04);
        Booking waivedInterest = DatevExport.booking(line("WAIVER", "INTEREST", "-0.43", false), skr04);

        assertThat(interest).extracting(Booking::debit, Booking::account, Booking::counterAccount)
                .containsExactly(true, 10_000, 7100);
        assertThat(fee.counterAccount()).isEqualTo(4830);
        assertThat(paidToAgency).extracting(Booking::debit, Booking::counterAccount, Booking::amount)
                .containsExactly(false, 1460, new BigDecimal("504.55"));
        assertThat(paidToShop.counterAccount()).isEqualTo(1800);
        assertThat(returned).extracting(Booking::debit, Booking::counterAccount).containsExactly(true, 1460);
        assertThat(creditNote).extracting(Booking::debit, Booking::counterAccount).containsExactly(false, 4700);
        assertThat(writeOff.counterAccount()).isEqualTo(6930);
        assertThat(waivedInterest).extracting(Booking::debit, Booking::counterAccount).containsExactly(false, 7100);
        assertThat(interest.text()).isEqualTo("Verzugszinsen RE-1");
        assertThat(interest.document()).isEqualTo("RE-1");
    }

    private static LedgerLines.Line line(String kind, String bucket, String amount, boolean clientMoney) {
        return new LedgerLines.Line(new ClaimId(Ids.next()), "RE-1", kind, bucket, Money.eur(amount),
                LocalDate.of(2026, 11, 20), Ids.next(), clientMoney);
    }
}
