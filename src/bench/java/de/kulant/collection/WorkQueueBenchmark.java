package de.kulant.collection;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.BenchmarkReport;
import de.kulant.platform.Ids;
import de.kulant.support.IntegrationTest;
import de.kulant.support.OnPostgres;
import de.kulant.support.StaffSession;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14: the work queue of a case worker with 100,000 open cases in the system (10,000 of them theirs) shows its first
 * page in under 200 ms (p95 of 50 loads after 20, the HTML page as the browser gets it). Baseline of the same run: the
 * calculators page of the same session, the same stack without the queue.
 */
@OnPostgres
class WorkQueueBenchmark extends IntegrationTest {

    private static final int CASES = 100_000;
    private static final int AGENTS = 10;
    private static final String PASSWORD = "Sachbearbeitung-2026!";

    @Autowired
    private DataSource dataSource;

    @Test
    void theQueueOfOneCaseWorkerAmongAHundredThousandOpenCasesShowsQuickly() throws Exception {
        Tenant shop = newTenant("Viele Fälle");
        String agent = "bench.agent." + Long.toString(System.nanoTime(), 36);
        assertThat(api.post("/api/v1/admin/users", Map.of("username", agent, "role", "AGENT", "password", PASSWORD),
                ADMIN).status()).isEqualTo(201);
        long start = System.nanoTime();
        generate(UUID.fromString(shop.id()), agent);
        double setupSeconds = (System.nanoTime() - start) / 1e9;
        StaffSession session = StaffSession.logIn(port, agent, PASSWORD);
        assertThat(session.get("/cases").body()).contains("queue");

        double[] queue = times(session, "/cases", 20, 50);
        double[] baseline = times(session, "/calculators", 20, 50);

        double p95 = queue[(int) Math.ceil(0.95 * queue.length) - 1];
        double baseP95 = baseline[(int) Math.ceil(0.95 * baseline.length) - 1];
        BenchmarkReport.write("work-queue", String.format(
                "%,d open cases of %,d debtors at one creditor, %,d of them the case worker's (%d case workers); "
                        + "PostgreSQL, -Xmx512m; generated with COPY in %.1f s%n"
                        + "baseline GET /calculators (same session): median %.1f ms, p95 %.1f ms%n"
                        + "GET /cases (first page of 50 by priority): median %.1f ms, p95 %.1f ms, max %.1f ms%n"
                        + "ratio p95 queue / baseline: %.1fx; floor p95 < 200 ms %s",
                CASES, CASES, CASES / AGENTS, AGENTS, setupSeconds, baseline[baseline.length / 2], baseP95,
                queue[queue.length / 2], p95, queue[queue.length - 1], p95 / Math.max(0.1, baseP95),
                p95 < 200 ? "met" : "MISSED"));
        assertThat(p95).isLessThan(200);
    }

    private static double[] times(StaffSession session, String path, int warmup, int measured) {
        double[] times = new double[measured];
        for (int i = 0; i < warmup + measured; i++) {
            long t = System.nanoTime();
            StaffSession.Page page = session.get(path);
            double ms = (System.nanoTime() - t) / 1e6;
            assertThat(page.status()).isEqualTo(200);
            if (i >= warmup) {
                times[i - warmup] = ms;
            }
        }
        Arrays.sort(times);
        return times;
    }

    /** One debtor and one open case each; every tenth case the agent's, the others spread over nine colleagues. */
    private void generate(UUID creditor, String agent) throws Exception {
        String now = Instant.now().toString();
        LocalDate today = clock.today();
        Set<String> references = new HashSet<>();
        StringBuilder debtors = new StringBuilder();
        StringBuilder cases = new StringBuilder();
        for (int i = 0; i < CASES; i++) {
            UUID debtor = Ids.next();
            debtors.append(debtor).append(',').append(creditor).append(",C:Q-").append(i).append(",Q-").append(i)
                    .append(",CONSUMER,Schuldnerin ").append(i).append(",,,Weg ").append(i % 100)
                    .append(",30159,Hannover,DE,").append(now).append(',').append(now).append(",\n");
            String reference;
            do {
                reference = CaseReference.random().value();
            } while (!references.add(reference));
            String assignee = i % AGENTS == 0 ? agent : "colleague." + (i % AGENTS);
            int priority = (int) ((i * 7919L) % 160) - 40;
            cases.append(Ids.next()).append(',').append(creditor).append(',').append(debtor).append(',')
                    .append(reference).append(",OPEN,").append(debtor).append(',').append(today.minusDays(i % 90))
                    .append(',').append(today.minusDays(i % 90)).append(",bench,").append(assignee).append(",0.5,0,")
                    .append(now).append(',').append(priority).append(",AMOUNT:").append(Math.max(0, priority))
                    .append('\n');
        }
        try (Connection connection = dataSource.getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("copy debtor (id, creditor_id, match_key, customer_number, kind, name, email, phone, street, "
                    + "postal_code, city, country, created_at, updated_at, customer_tag) from stdin (format csv)",
                    new StringReader(debtors.toString()));
            copy.copyIn("copy collection_case (id, creditor_id, debtor_id, reference, status, open_debtor, mandate_date, "
                    + "opened_on, opened_by, assignee, cost_factor, version, created_at, priority, priority_reasons) "
                    + "from stdin (format csv)", new StringReader(cases.toString()));
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze debtor, collection_case");
            }
        }
    }
}
