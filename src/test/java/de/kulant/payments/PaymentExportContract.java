package de.kulant.payments;

import static de.kulant.support.ClaimFixture.aClaim;
import static de.kulant.support.DebtorFixture.aConsumer;
import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.payments.BankFiles.Entry;
import de.kulant.support.Api;
import de.kulant.support.IntegrationTest;
import de.kulant.support.StaffSession;
import de.kulant.support.Xlsx;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The payments of a period exported for the accountant (issue 13, item 6): as CSV in the reader's number forms and as
 * a workbook with typed amounts and dates, each payment with what it paid on which claim.
 */
abstract class PaymentExportContract extends IntegrationTest {

    @Test
    void exportsThePaymentsOfAPeriodWithTheirSplit() {
        Tenant shop = newTenant("Zahlungsexport");
        createClaim(shop, aClaim("PX-1").of("119.00").invoicedOn("2026-11-01").dueOn("2027-06-30")
                .owedBy(aConsumer("K-PX").named("Erika Mustermann")).json());
        Api.Response statement = api.postBytes("/api/v1/bank-statements", BankFiles.camt053(shop.iban(), "PX-S1", List.of(
                        Entry.credit("119.00", "2026-11-20", "PX-P1").from("Erika Mustermann", null).text("Rechnung PX-1"),
                        Entry.credit("12.34", "2026-11-21", "PX-P2").from("Niemand Bekannt", null).text("=1+2")))
                .getBytes(StandardCharsets.UTF_8), "application/xml", shop.auth());
        assertThat(statement.status()).as(statement.toString()).isEqualTo(201);
        StaffSession staff = StaffSession.logIn(port, "admin", ADMIN_PASSWORD);

        List<String> all = staff.get("/payments/export.csv?creditor=" + shop.id()).body().lines().toList();
        assertThat(all).hasSize(3);
        assertThat(all.get(0)).isEqualTo("\uFEFFBuchungstag;Gläubiger;Art;Betrag;Status;Zahler;IBAN des Zahlers;"
                + "Verwendungszweck;RF-Referenz;Rechnungen;davon Hauptforderung;davon Zinsen;davon Gebühren;davon Kosten");
        assertThat(all.get(1)).startsWith("20.11.2026;Zahlungsexport;Gutschrift;119,00;gebucht;Erika Mustermann;;"
                + "Rechnung PX-1;;PX-1;119,00;0,00;0,00;0,00");
        assertThat(all.get(2)).startsWith("21.11.2026;Zahlungsexport;Gutschrift;12,34;offen;Niemand Bekannt;;\"'=1+2\";;;0,00");

        List<String> fromTheTwentyFirst = staff.get("/payments/export.csv?lang=en&creditor=" + shop.id()
                + "&from=2026-11-21&to=2026-11-30").body().lines().toList();
        assertThat(fromTheTwentyFirst).hasSize(2);
        assertThat(fromTheTwentyFirst.get(1)).startsWith("21 Nov 2026,Zahlungsexport,Credit,12.34,");

        List<List<String>> sheet = Xlsx.rows(staff.bytes("/payments/export.xlsx?lang=de&creditor=" + shop.id()));
        assertThat(sheet).hasSize(3);
        // 20 November 2026 is day 46346 of the spreadsheet calendar
        assertThat(sheet.get(1).subList(0, 4)).containsExactly("d:46346", "s:Zahlungsexport", "s:Gutschrift", "n:119.00");
        assertThat(sheet.get(2)).contains("s:=1+2");
    }
}
