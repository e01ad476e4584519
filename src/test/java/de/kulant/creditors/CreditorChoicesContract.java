package de.kulant.creditors;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.payments.BankFiles;
import de.kulant.platform.Ids;
import de.kulant.support.IntegrationTest;
import de.kulant.support.StaffSession;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13: with more creditors than a drop-down holds (500), the staff pages say so and offer a name search beside
 * it, the creditor chosen stays in the list, and the creditors page pages instead of stopping at 500.
 */
abstract class CreditorChoicesContract extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void beyondFiveHundredCreditorsThePagesSearchByNameAndKeepTheChosenOne() {
        List<UUID> made = new ArrayList<>();
        try {
            // five hundred names that sort before any other creditor's, so the one sought lies beyond them
            long existing = jdbc.queryForObject("select count(*) from creditor", Long.class);
            int before = CreditorChoices.MOST;
            UUID last = Ids.next();
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i <= before; i++) {
                UUID id = i == before ? last : Ids.next();
                made.add(id);
                String name = i == before ? "Zzz Letzter Auswahlshop" : String.format("0000 Auswahlshop %03d", i);
                rows.add(new Object[] {id, name,
                        "auswahl" + i + "@example.org", BankFiles.iban(870_000_000L + i + existing),
                        Timestamp.from(Instant.now())});
            }
            jdbc.batchUpdate("insert into creditor (id, name, email, street, postal_code, city, country, iban, "
                    + "handover_requires_approval, created_at) values (?, ?, ?, 'Weg 1', '10115', 'Berlin', 'DE', ?, "
                    + "false, ?)", rows);
            StaffSession staff = StaffSession.logIn(port, "admin", ADMIN_PASSWORD);

            String plain = staff.get("/claims").body();
            assertThat(plain).contains("name=\"creditorSearch\"").doesNotContain("Zzz Letzter Auswahlshop");
            assertThat(staff.get("/claims?creditorSearch=letzter%20auswahl").body())
                    .contains("Zzz Letzter Auswahlshop").doesNotContain("0000 Auswahlshop 001<");
            assertThat(staff.get("/claims?creditor=" + last).body()).as("the chosen one stays")
                    .contains("Zzz Letzter Auswahlshop");
            assertThat(staff.get("/dunning/notices?creditorSearch=Letzter").body()).contains("Zzz Letzter Auswahlshop");
            assertThat(staff.get("/payments?creditorSearch=Letzter").body()).contains("Zzz Letzter Auswahlshop");

            String firstPage = staff.get("/admin/creditors").body();
            assertThat(firstPage).contains("id=\"creditors-pager\"").contains("?after=");
            assertThat(firstPage).contains("0000 Auswahlshop 000").doesNotContain("Zzz Letzter Auswahlshop");
            assertThat(staff.get("/admin/creditors?sort=-name").body()).as("by name, last first")
                    .contains("Zzz Letzter Auswahlshop").contains("aria-sort=\"descending\"")
                    .doesNotContain("0000 Auswahlshop 000<");
        } finally {
            made.forEach(id -> jdbc.update("delete from creditor where id = ?", id));
        }
    }
}
