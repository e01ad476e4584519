package de.kulant.claims;

import static de.kulant.support.ClaimFixture.aClaim;
import static de.kulant.support.DebtorFixture.aConsumer;
import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.IntegrationTest;
import de.kulant.support.StaffSession;
import de.kulant.support.Xlsx;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The claim list exported as CSV (issue 13, item 6): every claim the filter finds, across many keyset pages, in the
 * list's order, with German or English number forms, formula cells neutralised. Today is 2026-11-27.
 */
abstract class ClaimExportContract extends IntegrationTest {

    @Test
    void exportsEveryListedClaimInTheReadersLanguage() {
        Tenant shop = newTenant("Export-Shop");
        List<Map<String, Object>> claims = new ArrayList<>();
        // more than one export page of 1,000; due far ahead, so no dunning run of another test picks them up
        for (int i = 0; i < 1_050; i++) {
            claims.add(aClaim("EX-" + i).of("1234.50").invoicedOn("2026-11-01").dueOn("2027-06-30")
                    .owedBy(aConsumer("K-" + i).named(i == 7 ? "=HYPERLINK(\"x\")" : "Kundin " + i)).json());
        }
        assertThat(api.post("/api/v1/claims/batch", claims, shop.auth()).status()).isEqualTo(200);
        StaffSession staff = StaffSession.logIn(port, "admin", ADMIN_PASSWORD);

        StaffSession.Page german = staff.get("/claims/export.csv?creditor=" + shop.id());
        assertThat(german.status()).isEqualTo(200);
        List<String> lines = german.body().lines().toList();
        assertThat(lines).hasSize(1_051);
        assertThat(lines.get(0)).isEqualTo("\uFEFFRechnung;Kundennummer;Schuldner;Rechnungsdatum;Fällig am;Tage überfällig;"
                + "Betrag;Offen;Status;Mahnstufe;Nächster Mahnschritt");
        assertThat(lines.stream().skip(1).map(l -> l.split(";")[0]).distinct()).hasSize(1_050);
        assertThat(lines).anyMatch(l -> l.startsWith("EX-3;K-3;Kundin 3;01.11.2026;30.06.2027;0;1234,50;1234,50;Offen;0;"));
        assertThat(lines).anyMatch(l -> l.startsWith("EX-7;K-7;\"'=HYPERLINK(\"\"x\"\")\";"));

        StaffSession.Page english = staff.get("/claims/export.csv?lang=en&creditor=" + shop.id() + "&q=EX-3");
        List<String> found = english.body().lines().toList();
        assertThat(found.get(0)).startsWith("\uFEFFInvoice,Customer number,Debtor");
        assertThat(found).anyMatch(l -> l.startsWith("EX-3,K-3,Kundin 3,1 Nov 2026,30 Jun 2027,0,1234.50,1234.50,Open,0,"));
        // EX-3, EX-30 … EX-39 and EX-300 … EX-399
        assertThat(found).hasSize(1 + 1 + 10 + 100);

        // the same list as a workbook: amounts and dates typed, the formula-like name plain text
        List<List<String>> sheet = Xlsx.rows(staff.bytes("/claims/export.xlsx?lang=de&creditor=" + shop.id()));
        assertThat(sheet).hasSize(1_051);
        assertThat(sheet.get(0).get(0)).isEqualTo("s:Rechnung");
        assertThat(sheet).anyMatch(row -> row.subList(0, 8).equals(List.of("s:EX-3", "s:K-3", "s:Kundin 3", "d:46327",
                "d:46568", "n:0", "n:1234.50", "n:1234.50")));
        assertThat(sheet).anyMatch(row -> row.get(2).equals("s:=HYPERLINK(\"x\")"));
    }
}
