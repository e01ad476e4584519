package de.kulant.demo;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.correspondence.internal.Dispatcher;
import de.kulant.support.Api;
import de.kulant.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** The demo data of the embedded default, seeded into a database of its own: where it belongs and nothing more. */
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:kulant-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa", "spring.datasource.password=", "kulant.demo.seed=true",
        "kulant.dunning.debtors-per-chunk=1500"})
class DemoDataOnH2Test extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Dispatcher dispatcher;

    @Test
    void demoDebtorsLiveAtReservedExampleDomainsAndTodaysPrintFileHoldsOnlyTodaysLetters() throws Exception {
        assertThat(jdbc.queryForObject("select count(*) from claim", Integer.class)).isEqualTo(310);
        assertThat(jdbc.queryForList("select distinct substring(email, position('@' in email) + 1) from debtor",
                String.class)).containsExactly("example.org");
        assertThat(jdbc.queryForList("select email from creditor", String.class)).allMatch(e -> e.endsWith(".example"));
        assertThat(jdbc.queryForObject("select count(distinct issued_on) from notice", Integer.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from dispatch where issued_on < ?", Integer.class,
                clock.today())).isZero();

        // today's notices reach correspondence by events after the run; the letters exist once all are handled
        long until = System.currentTimeMillis() + 60_000;
        while (jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
                Integer.class) > 0 && System.currentTimeMillis() < until) {
            Thread.sleep(50);
        }
        dispatcher.dispatchDue();

        Api.Download zip = api.download("/api/v1/print-exports/" + clock.today(), ADMIN);
        assertThat(zip.status()).isEqualTo(200);
        int letters = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                letters += entry.getName().endsWith(".pdf") ? 1 : 0;
            }
        }
        assertThat(letters).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from document where kind = 'LETTER' and issued_on <> ?",
                Integer.class, clock.today())).isZero();
        // a letter for one claim fits one sheet (issue 13, item 10): no second page only for the closing and footer
        assertThat(jdbc.queryForObject("""
                select count(*) from document d where d.kind = 'LETTER' and d.pages > 1
                and (select count(*) from notice n where n.combined_id = d.combined_id) = 1""", Integer.class)).isZero();
    }
}
