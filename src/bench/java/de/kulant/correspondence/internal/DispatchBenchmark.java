package de.kulant.correspondence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.BenchmarkReport;
import de.kulant.correspondence.Letter;
import de.kulant.dunning.DunningRuns;
import de.kulant.dunning.LetterId;
import de.kulant.dunning.Notices;
import de.kulant.dunning.RunId;
import de.kulant.dunning.RunView;
import de.kulant.platform.Actor;
import de.kulant.platform.CreditorId;
import de.kulant.support.Api;
import de.kulant.support.IntegrationTest;
import de.kulant.support.OnPostgres;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 12: from a dunning run to letters ready for print. 10,000 combined notices of one run (debtors without an
 * e-mail address, one to three claims each) are dispatched: read, composed, rendered as PDF/A with EPC QR code,
 * archived with their SHA-256 and queued in the day's print file, on two threads. Floor: at least 0.8 times the rate
 * of rendering the same letters from memory on two threads (what {@link LetterBenchmark} measures), in the same run.
 */
@OnPostgres
@TestPropertySource(properties = "kulant.dunning.debtors-per-chunk=1500")
class DispatchBenchmark extends IntegrationTest {

    private static final int LETTERS = 10_000;
    private static final int WARM_UP = 300;
    private static final int THREADS = 2;
    private static final LocalDate RUN_DAY = LocalDate.of(2026, 11, 27);

    @Autowired
    private DunningRuns runs;

    @Autowired
    private Notices notices;

    @Autowired
    private LetterComposer composer;

    @Autowired
    private LetterTemplates templates;

    @Autowired
    private PdfLetters pdfs;

    @Autowired
    private Dispatcher dispatcher;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void dispatchesTenThousandLettersAtLeastFourFifthsAsFastAsRenderingThemFromMemory() throws Exception {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.apache.pdfbox"))
                .setLevel(ch.qos.logback.classic.Level.ERROR);
        clock.setToday(RUN_DAY);
        RunId warmUpRun = issue(newTenant("Aufwärmen"), WARM_UP);
        render(letters(warmUpRun));
        dispatcher.dispatchDue();

        long setupStart = System.nanoTime();
        RunId run = issue(newTenant("Zehntausend Briefe"), LETTERS);
        List<Letter> letters = letters(run);
        double setupSeconds = (System.nanoTime() - setupStart) / 1e9;
        assertThat(letters).hasSize(LETTERS);

        double renderSeconds = render(letters);
        long start = System.nanoTime();
        int dispatched = dispatcher.dispatchDue();
        double dispatchSeconds = (System.nanoTime() - start) / 1e9;

        assertThat(dispatched).isEqualTo(LETTERS);
        assertThat(count("select count(*) from dispatch where run_id = ? and status = 'SENT' and channel = 'LETTER'",
                run)).isEqualTo(LETTERS);
        assertThat(count("select count(distinct d.id) from document d join dispatch x on x.document_id = d.id"
                + " where x.run_id = ? and d.kind = 'LETTER' and d.sha256 is not null", run)).isEqualTo(LETTERS);
        double ratio = renderSeconds / dispatchSeconds;
        BenchmarkReport.write("dispatch", String.format(
                "%,d combined notices of one run, 1 to 3 claims each, by letter, %d dispatch threads, PostgreSQL,"
                        + " -Xmx512m (set-up: claims, run and queueing %.1f s)%n"
                        + "rendering the same letters from memory (%d threads): %.2f s = %,.0f letters/s%n"
                        + "dispatch (read, compose, render, archive, print queue): %.2f s = %,.0f letters/s%n"
                        + "rate dispatch / rendering from memory: %.2fx (floor 0.8x: %s)",
                LETTERS, THREADS, setupSeconds, THREADS, renderSeconds, LETTERS / renderSeconds, dispatchSeconds,
                LETTERS / dispatchSeconds, ratio, ratio >= 0.8 ? "met" : "MISSED"));
        assertThat(ratio).isGreaterThanOrEqualTo(0.8);
    }

    /** {@code debtors} debtors without e-mail, one to three claims each due ten days ago; a run for their creditor. */
    private RunId issue(Tenant shop, int debtors) {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int d = 0; d < debtors; d++) {
            for (int c = 0; c <= d % 3; c++) {
                Map<String, Object> claim = claim("R-" + d + "-" + c);
                claim.put("invoiceDate", RUN_DAY.minusDays(24).toString());
                claim.put("dueDate", RUN_DAY.minusDays(10).toString());
                claim.put("amount", (20 + d % 900) + "." + (10 + c));
                debtorOf(claim).put("customerNumber", "K-" + d);
                debtorOf(claim).put("name", "Kundin Nummer " + d);
                debtorOf(claim).remove("email");
                batch.add(claim);
                if (batch.size() == 5_000) {
                    post(shop, batch);
                    batch.clear();
                }
            }
        }
        if (!batch.isEmpty()) {
            post(shop, batch);
        }
        RunView run = runs.start(new CreditorId(UUID.fromString(shop.id())), RUN_DAY, false, Actor.system());
        runs.awaitIdle(Duration.ofMinutes(10));
        awaitLettersQueued();
        return new RunId(run.id());
    }

    private void post(Tenant shop, List<Map<String, Object>> claims) {
        Api.Response response = api.post("/api/v1/claims/batch", claims, shop.auth());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    /** The run's letters as the dispatcher would write them; not timed. */
    private List<Letter> letters(RunId run) {
        List<LetterId> ids = jdbc.queryForList("select distinct combined_id from notice where run_id = ?", UUID.class,
                run.value()).stream().map(LetterId::new).toList();
        List<Letter> letters = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 200) {
            composer.composeAll(notices.combined(ids.subList(from, Math.min(ids.size(), from + 200))))
                    .values().forEach(composed -> letters.add(composed.orThrow()));
        }
        return letters;
    }

    /** Seconds to render the letters as PDF/A with their QR codes on {@link #THREADS} threads, from memory. */
    private double render(List<Letter> letters) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < letters.size(); i = next.getAndIncrement()) {
                    pdfs.render(templates.letter(letters.get(i)));
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return seconds;
    }

    private void awaitLettersQueued() {
        long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < until) {
            Long open = jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
                    Long.class);
            if (open != null && open == 0) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("letters not queued within 5 minutes");
    }

    private long count(String sql, RunId run) {
        Long count = jdbc.queryForObject(sql, Long.class, run.value());
        return count == null ? 0 : count;
    }
}
