package de.kulant.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.Api;
import de.kulant.support.IntegrationTest;
import de.kulant.support.StaffSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The run list no longer stops at the newest fifty: the API pages by keyset with a Link header, the page by link. */
abstract class RunListContract extends IntegrationTest {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void everyRunIsListedOnceNewestFirstPageByPage() {
        Tenant shop = newTenant("Laufliste");
        for (int day = 1; day <= 5; day++) {
            clock.setToday(LocalDate.of(2026, 11, day));
            Api.Response run = api.post("/api/v1/dunning-runs", Map.of("asOf", "2026-11-0" + day, "dryRun", true),
                    shop.auth());
            assertThat(run.status()).as(run.toString()).isEqualTo(201);
            clock.advance(java.time.Duration.ofMinutes(1));
        }

        List<String> asOf = new ArrayList<>();
        Api.Response page = api.get("/api/v1/dunning-runs?size=2", shop.auth());
        int pages = 1;
        asOf.addAll(page.json().findValuesAsString("asOf"));
        while (page.header("Link") != null) {
            Matcher next = NEXT.matcher(page.header("Link"));
            assertThat(next.find()).isTrue();
            page = api.get(next.group(1).substring(next.group(1).indexOf("/api/")), shop.auth());
            asOf.addAll(page.json().findValuesAsString("asOf"));
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(asOf).containsExactly("2026-11-05", "2026-11-04", "2026-11-03", "2026-11-02", "2026-11-01");
    }

    @Test
    void theStaffPageLinksToOlderRuns() {
        Tenant shop = newTenant("Viele Läufe");
        for (int day = 1; day <= 26; day++) {
            clock.setToday(LocalDate.of(2026, 10, day));
            assertThat(api.post("/api/v1/dunning-runs", Map.of("asOf", LocalDate.of(2026, 10, day).toString(),
                    "dryRun", true), shop.auth()).status()).isEqualTo(201);
            assertThat(api.post("/api/v1/dunning-runs", Map.of("asOf", LocalDate.of(2026, 10, day).toString(),
                    "dryRun", true), shop.auth()).status()).isEqualTo(201);
        }
        clock.reset();
        StaffSession staff = StaffSession.logIn(port, "admin", ADMIN_PASSWORD);
        String first = staff.get("/dunning/runs").body();
        Matcher older = Pattern.compile("href=\"(/dunning/runs\\?after=[^\"]+)\"[^>]*id=\"older-runs\"").matcher(first);
        assertThat(older.find()).as("link to older runs").isTrue();
        String second = staff.get(older.group(1).replace("&amp;", "&")).body();
        assertThat(second).contains("id=\"newest-runs\"").contains("<tr");
    }
}
