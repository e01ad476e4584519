package de.kulant.collection;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.BenchCopy;
import de.kulant.BenchmarkReport;
import de.kulant.claims.ClaimId;
import de.kulant.claims.DebtorId;
import de.kulant.platform.Actor;
import de.kulant.platform.CreditorId;
import de.kulant.platform.Ids;
import de.kulant.support.IntegrationTest;
import de.kulant.support.OnPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14: opening cases for 200,000 handed-over claims of 150,000 debtors at 1,000 creditors, with costs posted
 * through the ledger and first letters queued, on PostgreSQL with a 512 MB heap. Floor: at most 3x a baseline of plain
 * SQL statements doing the same inserts (cases, claim links, COST postings and balances, cost lines, letters, dispatch
 * rows, timeline, strategy steps, audit), measured on the same data in the same run. Handovers come in chunks of 1,500
 * debtors, as a dunning run announces them.
 */
@OnPostgres
class CaseOpeningBenchmark extends IntegrationTest {

    private static final int CREDITORS = 1_000;
    private static final int DEBTORS = 150_000;
    private static final int WITH_TWO_CLAIMS = 50_000;
    private static final int CHUNK_DEBTORS = 1_500;
    private static final int AGENTS = 20;
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

    @Autowired
    private DataSource dataSource;

    @Autowired
    private CaseOpening opening;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void opensTheCasesOfTwoHundredThousandHandedOverClaims() throws Exception {
        for (int i = 0; i < AGENTS; i++) {
            assertThat(api.post("/api/v1/admin/users", Map.of("username", "opening.agent." + i + "."
                    + Long.toString(System.nanoTime(), 36), "role", "AGENT", "password", "Sachbearbeitung-2026!"),
                    ADMIN).status()).isEqualTo(201);
        }
        long setupStart = System.nanoTime();
        List<List<Handover>> chunks = generate();
        double setupSeconds = (System.nanoTime() - setupStart) / 1e9;
        int claims = chunks.stream().mapToInt(List::size).sum();

        double baselineSeconds = baseline();
        long baselineCases = count("select count(*) from collection_case where opened_by = 'baseline'");
        long baselineLetters = count("select count(*) from dispatch where note = 'baseline'");
        reset();

        clock.setToday(AS_OF);
        long start = System.nanoTime();
        int placed = 0;
        for (List<Handover> chunk : chunks) {
            placed += opening.open(chunk, Actor.system()).size();
        }
        double runSeconds = (System.nanoTime() - start) / 1e9;

        long cases = count("select count(*) from collection_case c join creditor k on k.id = c.creditor_id "
                + "where k.name like 'Fallshop %'");
        long letters = count("select count(*) from dispatch d join creditor k on k.id = d.creditor_id "
                + "where k.name like 'Fallshop %'");
        long charged = count("select count(*) from claim where invoice_number like 'O-%' and costs_open > 0");
        long unassigned = count("select count(*) from collection_case c join creditor k on k.id = c.creditor_id "
                + "where k.name like 'Fallshop %' and c.assignee is null");
        assertThat(placed).isEqualTo(claims);
        assertThat(cases).isEqualTo(DEBTORS).isEqualTo(baselineCases);
        assertThat(charged).isEqualTo(claims);
        assertThat(letters).isEqualTo(baselineLetters);
        assertThat(unassigned).isZero();
        BenchmarkReport.write("case-opening", String.format(
                "opening cases: %,d handed-over claims of %,d debtors at %,d creditors, %d case workers, chunks of %,d "
                        + "debtors; PostgreSQL, -Xmx512m; data set up with COPY in %.1f s%n"
                        + "baseline (the same inserts as plain SQL statements): %6.2f s%n"
                        + "Kulant (cases, links, costs through the ledger, first letters queued, assignment, strategy, "
                        + "priority, audit): %6.2f s = %,.0f claims/s, %,d cases, %,d letters and e-mails queued%n"
                        + "ratio Kulant / baseline: %.2fx (floor 3x)",
                claims, DEBTORS, CREDITORS, AGENTS, CHUNK_DEBTORS, setupSeconds, baselineSeconds, runSeconds,
                claims / runSeconds, cases, letters, runSeconds / baselineSeconds));
        assertThat(runSeconds / baselineSeconds).isLessThanOrEqualTo(3.0);
    }

    /**
     * 1,000 creditors; 150,000 debtors, half of them with an e-mail address; the first 50,000 with two claims, the rest
     * with one; every claim in collection and in default, amounts spread over the fee brackets.
     */
    private List<List<Handover>> generate() throws Exception {
        String now = Instant.now().toString();
        List<List<Handover>> chunks = new ArrayList<>();
        List<Handover> chunk = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            List<UUID> creditors = BenchCopy.creditors(copy, CREDITORS, "Fallshop", 810_000_000L);
            int perBatch = 50_000;
            int claimNumber = 0;
            for (int from = 0; from < DEBTORS; from += perBatch) {
                StringBuilder debtors = new StringBuilder();
                StringBuilder claims = new StringBuilder();
                for (int i = from; i < from + perBatch; i++) {
                    UUID creditor = creditors.get(i % CREDITORS);
                    UUID debtor = Ids.next();
                    debtors.append(debtor).append(',').append(creditor).append(",C:O-").append(i).append(",O-")
                            .append(i).append(",CONSUMER,Kundin ").append(i).append(',')
                            .append(i % 2 == 0 ? "kundin" + i + "@example.org" : "").append(",,Weg ").append(i % 100)
                            .append(",30159,Hannover,DE,").append(now).append(',').append(now).append(",\n");
                    for (int k = 0; k < (i < WITH_TWO_CLAIMS ? 2 : 1); k++) {
                        UUID claim = Ids.next();
                        String amount = 40 + (claimNumber % 40) * 37 + ".50";
                        LocalDate dueDate = AS_OF.minusDays(60);
                        claims.append(claim).append(',').append(creditor).append(',').append(debtor).append(",O-")
                                .append(claimNumber).append(',').append(dueDate.minusDays(14)).append(',').append(dueDate)
                                .append(",EUR,").append(amount).append(",true,false,COLLECTION,2,")
                                .append(dueDate.plusDays(30)).append(",THIRTY_DAYS,").append(amount)
                                .append(",0,0,0,0,,").append(dueDate.minusDays(14))
                                .append(",0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef,0,")
                                .append(now).append(',').append(now).append(',').append(5_000_000 + claimNumber)
                                .append(",\n");
                        chunk.add(new Handover(new ClaimId(claim), new CreditorId(creditor), new DebtorId(debtor), AS_OF));
                        claimNumber++;
                    }
                    if ((i + 1) % CHUNK_DEBTORS == 0) {
                        chunks.add(chunk);
                        chunk = new ArrayList<>();
                    }
                }
                BenchCopy.debtorsAndClaims(copy, debtors, claims);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze creditor, debtor, claim");
            }
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
        return chunks;
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** The same inserts as plain SQL statements, on this benchmark's claims ({@code O-…}) only. */
    private double baseline() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            for (String sql : CaseOpeningBaseline.STATEMENTS) {
                statement.executeUpdate(sql);
            }
            connection.commit();
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private void reset() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : CaseOpeningBaseline.RESET) {
                statement.executeUpdate(sql);
            }
            statement.execute("vacuum analyze claim");
            statement.execute("vacuum analyze collection_case");
            statement.execute("vacuum analyze ledger_posting");
        }
    }
}
