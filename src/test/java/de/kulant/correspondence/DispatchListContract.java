package de.kulant.correspondence;

import static de.kulant.support.ClaimFixture.aClaim;
import static de.kulant.support.DebtorFixture.aConsumer;
import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.Api;
import de.kulant.support.IntegrationTest;
import de.kulant.support.StaffSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The dispatch list no longer stops silently at 200 (issue 13, item 6): the API pages by keyset with a Link header,
 * the page shows the total and a pager, and the export holds every dispatch.
 */
abstract class DispatchListContract extends IntegrationTest {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    @Test
    void everyDispatchIsReachablePageByPageAndInTheExport() {
        Tenant shop = newTenant("Versandliste");
        List<Map<String, Object>> claims = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            claims.add(aClaim("DL-" + i).invoicedOn("2026-10-01").dueOn("2026-10-15")
                    .owedBy(aConsumer("K-DL-" + i).named("Kunde " + i)).json());
        }
        assertThat(api.post("/api/v1/claims/batch", claims, shop.auth()).status()).isEqualTo(200);
        clock.setToday(LocalDate.of(2026, 10, 20));
        Api.Response run = api.post("/api/v1/dunning-runs", Map.of("asOf", "2026-10-20"), shop.auth());
        assertThat(run.status()).as(run.toString()).isEqualTo(201);
        long until = System.currentTimeMillis() + 30_000;
        while (api.get("/api/v1/dispatches?size=1000", shop.auth()).json().size() < 101
                && System.currentTimeMillis() < until) {
            Thread.onSpinWait();
        }
        clock.reset();

        Api.Response first = api.get("/api/v1/dispatches?size=60", shop.auth());
        assertThat(first.json().size()).isEqualTo(60);
        Matcher next = NEXT.matcher(first.header("Link"));
        assertThat(next.find()).isTrue();
        Api.Response second = api.get(next.group(1).substring(next.group(1).indexOf("/api/")), shop.auth());
        assertThat(second.json().size()).isEqualTo(41);
        assertThat(second.header("Link")).isNull();
        Set<String> ids = new HashSet<>(first.json().findValuesAsString("id"));
        ids.addAll(second.json().findValuesAsString("id"));
        assertThat(ids).hasSize(101);

        StaffSession staff = StaffSession.logIn(port, "admin", ADMIN_PASSWORD);
        String page = staff.get("/correspondence?creditor=" + shop.id()).body();
        assertThat(page).contains("101 Sendungen").contains("id=\"next-page\"");
        assertThat(page.split("/correspondence/dispatches/", -1).length - 1).isEqualTo(100);

        List<String> csv = staff.get("/correspondence/export.csv?creditor=" + shop.id()).body().lines().toList();
        assertThat(csv).hasSize(102);
        assertThat(csv.get(0)).isEqualTo("\uFEFFMahnung vom;Gläubiger;Versand;Empfänger;Status;Versuche;Fehler");
        assertThat(csv.get(1)).startsWith("20.10.2026;Versandliste;E-Mail;erika@example.org;");
    }
}
