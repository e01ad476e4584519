package de.kulant.platform;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.Api;
import de.kulant.support.IntegrationTest;
import de.kulant.support.StaffSession;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A user's mistake answers 404 or 400/422, never 500, with nothing stored and no stack trace in the log
 * (issue 11, item 22); on H2 and PostgreSQL.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class RobustnessContract extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void pagesForIdsThatDoNotExistAnswerTheStyledNotFoundPage(CapturedOutput log) {
        StaffSession staff = StaffSession.logIn(port, "admin", ADMIN_PASSWORD);
        String unknown = UUID.randomUUID().toString();

        for (String path : new String[] {"/claims/" + unknown, "/payments/" + unknown, "/admin/creditors/" + unknown,
                "/dunning/runs/" + unknown, "/correspondence/documents/" + unknown,
                "/correspondence/dispatches/" + unknown, "/correspondence/dispatches/" + unknown + "/html",
                "/claims/not-an-id", "/error"}) {
            StaffSession.Page page = staff.get(path);
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains("Diese Seite gibt es nicht.").contains("class=\"page\"");
        }
        StaffSession.Page badDate = staff.get("/correspondence/print-export?date=notadate");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body()).contains("ungültige Angabe").contains("„notadate“ ist kein Datum");
        assertThat(log.getAll()).doesNotContain("NotFoundException").doesNotContain("Unexpected error");
    }

    @Test
    void apiErrorsForUnknownAddressesAreProblemDetails() {
        Api.Response direct = api.get("/error", ADMIN);
        assertThat(direct.status()).isEqualTo(404);
        assertThat(direct.at("/status")).isEqualTo("404");
    }

    @Test
    void datesOutsideTheYears1To9999AreRefusedAndNothingIsStored() {
        Tenant shop = newTenant("Jahr Null");
        for (String date : new String[] {"0000-01-01", "+5874898-01-01", "-0001-12-31"}) {
            Map<String, Object> claim = claim("R-YEAR-" + date.replace("+", "P"));
            claim.put("invoiceDate", date);
            Api.Response refused = api.post("/api/v1/claims", claim, shop.auth());
            assertThat(refused.status()).as(date).isEqualTo(422);
            assertThat(refused.at("/errors/0/field")).isEqualTo("invoiceDate");
            assertThat(refused.at("/errors/0/message")).contains("outside the years 0001 to 9999");
        }
        Map<String, Object> claim = claim("R-YEAR-OK");
        claim.put("dueDate", "+5874898-01-01");
        assertThat(api.post("/api/v1/claims", claim, shop.auth()).status()).isEqualTo(422);
        assertThat(jdbc.queryForObject("select count(*) from claim where creditor_id = ?::uuid", Integer.class, shop.id()))
                .isZero();
        String id = createClaim(shop, claim("R-YEAR-REAL"));
        assertThat(api.get("/api/v1/claims/" + id + "?asOf=+5874898-01-01", shop.auth()).status()).isEqualTo(422);
        assertThat(api.get("/api/v1/law/default-interest?principal=100.00&from=0000-01-01&to=2026-01-01"
                + "&debtorKind=CONSUMER", ADMIN).status()).isEqualTo(422);
    }

    @Test
    void aLoneSurrogateInANameIsRefusedWhileRealCharactersAreKeptExactly() {
        Tenant shop = newTenant("Zeichen");
        String body = json.writeValueAsString(claim("R-SURROGATE")).replace("Erika Mustermann", "Erika \\ud800 Mustermann");
        Api.Response refused = api.post("/api/v1/claims", body, shop.auth());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.at("/errors/0/field")).isEqualTo("debtor.name");
        assertThat(refused.at("/errors/0/message")).contains("not valid text");

        Map<String, Object> claim = claim("R-EMOJI");
        debtorOf(claim).put("name", "Zoë Ünal 🌻");
        String id = createClaim(shop, claim);
        assertThat(api.get("/api/v1/claims/" + id, shop.auth()).at("/debtor/name")).isEqualTo("Zoë Ünal 🌻");
    }
}
