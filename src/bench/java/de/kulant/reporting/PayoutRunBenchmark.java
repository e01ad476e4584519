package de.kulant.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.BenchCopy;
import de.kulant.BenchmarkReport;
import de.kulant.platform.Actor;
import de.kulant.platform.Ids;
import de.kulant.support.IntegrationTest;
import de.kulant.support.OnPostgres;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 17: the monthly settlement run for 1,000 shops with 1,000,000 payments in the month (500,000 claims paid in
 * two parts, nine in ten payments to the agency, one in ten to the shop's own account), on PostgreSQL with a 512 MB
 * heap. Floor: at most 3x set-based SQL summing the same amounts as the statements show them — per shop, claim and
 * payment, read by the client and added up per shop — in the same run. Checked: every shop's statement has exactly the
 * sums of a second query that adds up per shop, and the payout file pays every positive statement.
 */
@OnPostgres
class PayoutRunBenchmark extends IntegrationTest {

    private static final int CREDITORS = 1_000;
    private static final int CLAIMS = 500_000;
    private static final int PER_COPY = 50_000;
    private static final LocalDate MONTH_END = LocalDate.of(2026, 11, 30);

    /** The statements' line amounts straight from the ledger, per shop, claim and payment: the baseline. */
    private static final String LINES = """
            select p.creditor_id, p.claim_id, p.source_id, min(p.booking_date),
                -sum(case when p.bucket = 'PRINCIPAL' then p.amount else 0 end),
                -sum(case when p.bucket = 'INTEREST' then p.amount else 0 end),
                -sum(case when p.bucket = 'FEES' then p.amount else 0 end),
                -sum(case when p.bucket = 'COSTS' then p.amount else 0 end)
            from ledger_posting p
            where p.kind in ('PAYMENT', 'PAYMENT_RETURNED') and p.booking_date <= '2026-11-30'
              and p.source_id in (select m.payment_id from client_money_payment m)
            group by p.creditor_id, p.claim_id, p.source_id""";

    /** The same sums per shop, for checking the statements. */
    private static final String BASELINE = """
            select p.creditor_id, count(distinct p.source_id),
                -sum(case when p.bucket = 'PRINCIPAL' then p.amount else 0 end),
                -sum(case when p.bucket = 'INTEREST' then p.amount else 0 end),
                -sum(case when p.bucket = 'FEES' then p.amount else 0 end),
                -sum(case when p.bucket = 'COSTS' then p.amount else 0 end)
            from ledger_posting p
            where p.kind in ('PAYMENT', 'PAYMENT_RETURNED') and p.booking_date <= '2026-11-30'
              and p.source_id in (select m.payment_id from client_money_payment m)
            group by p.creditor_id""";

    @Autowired
    private DataSource dataSource;

    @Autowired
    private PayoutRuns runs;

    @Autowired
    private PayoutStatements statements;

    @Test
    void settlesAMillionPaymentsOfAThousandShops() throws Exception {
        long setupStart = System.nanoTime();
        generate();
        double setupSeconds = (System.nanoTime() - setupStart) / 1e9;

        Map<UUID, BigDecimal[]> lineSums = new HashMap<>();
        long baselineStart = System.nanoTime();
        int baselineLines = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.setFetchSize(10_000);
                try (ResultSet rs = statement.executeQuery(LINES)) {
                    while (rs.next()) {
                        BigDecimal[] sums = lineSums.computeIfAbsent(rs.getObject(1, UUID.class), c -> new BigDecimal[] {
                                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
                        for (int i = 0; i < 4; i++) {
                            sums[i] = sums[i].add(rs.getBigDecimal(5 + i));
                        }
                        baselineLines++;
                    }
                }
            }
            connection.commit();
        }
        double baselineSeconds = (System.nanoTime() - baselineStart) / 1e9;

        Map<UUID, BigDecimal[]> expected = new HashMap<>();
        long perShopStart = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(BASELINE)) {
            while (rs.next()) {
                expected.put(rs.getObject(1, UUID.class), new BigDecimal[] {rs.getBigDecimal(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6)});
            }
        }
        double perShopSeconds = (System.nanoTime() - perShopStart) / 1e9;
        expected.forEach((creditor, sums) -> {
            for (int i = 0; i < 4; i++) {
                assertThat(lineSums.get(creditor)[i]).isEqualByComparingTo(sums[i]);
            }
        });

        clock.setToday(MONTH_END.plusDays(2));
        long start = System.nanoTime();
        PayoutRuns.Result result = runs.run("2026-11", Actor.system());
        double runSeconds = (System.nanoTime() - start) / 1e9;

        List<PayoutStatement> made = result.statements().stream()
                .filter(s -> s.payeeName().startsWith("Auszahlshop ")).toList();
        assertThat(made).hasSize(CREDITORS);
        int lines = 0;
        for (PayoutStatement s : made) {
            BigDecimal[] sums = expected.get(s.creditor().value());
            assertThat(s.amounts().principal().amount()).isEqualByComparingTo(sums[0]);
            assertThat(s.amounts().interest().amount()).isEqualByComparingTo(sums[1]);
            assertThat(s.amounts().fees().amount()).isEqualByComparingTo(sums[2]);
            assertThat(s.amounts().costs().amount()).isEqualByComparingTo(sums[3]);
            lines += s.lines();
        }
        long transfers = result.payoutDocument().split("<CdtTrfTxInf>", -1).length - 1;
        assertThat(transfers).isEqualTo(result.statements().stream().filter(s -> s.amounts().payout().isPositive())
                .count());
        assertThat(statements.lines(made.get(0))).hasSize(made.get(0).lines());
        BenchmarkReport.write("settlement-run", String.format(
                "settlement run: %,d shops, %,d claims, %,d payments in the month (%,d to the agency), %,d ledger "
                        + "postings; PostgreSQL, -Xmx512m; data set up with COPY in %.1f s%n"
                        + "baseline (set-based SQL summing the statements' amounts per shop, claim and payment, %,d rows "
                        + "read and added up per shop): %6.2f s%n"
                        + "for comparison, the same sums per shop only (1,000 rows, parallel query): %6.2f s%n"
                        + "Kulant (statement lines per claim and payment, statements with commission and VAT, "
                        + "pain.001 of %,d payouts): %6.2f s, %,d lines%n"
                        + "ratio Kulant / baseline: %.2fx (floor 3x)",
                CREDITORS, CLAIMS, 2 * CLAIMS, lines, 5 * CLAIMS, setupSeconds, baselineLines, baselineSeconds,
                perShopSeconds, transfers,
                runSeconds, lines, runSeconds / baselineSeconds));
        assertThat(baselineLines).isEqualTo(lines);
        assertThat(runSeconds / baselineSeconds).isLessThanOrEqualTo(3.0);
    }

    /**
     * 1,000 shops (every fourth with its commission waived until mid-month); 250,000 debtors with two claims each; every
     * claim opened by a CLAIM posting and paid in two payments during November: the first pays principal, the second
     * interest, fees, costs and the rest of the principal. Every tenth payment reached the shop's own account.
     */
    private void generate() throws Exception {
        String now = Instant.now().toString();
        try (Connection connection = dataSource.getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            List<UUID> creditors = BenchCopy.creditors(copy, CREDITORS, "Auszahlshop", 840_000_000L);
            int payment = 0;
            for (int from = 0; from < CLAIMS; from += PER_COPY) {
                StringBuilder debtors = new StringBuilder();
                StringBuilder claims = new StringBuilder();
                StringBuilder postings = new StringBuilder();
                StringBuilder client = new StringBuilder();
                UUID debtor = null;
                for (int i = from; i < from + PER_COPY; i++) {
                    UUID creditor = creditors.get((i / 2) % CREDITORS);
                    if (i % 2 == 0) {
                        debtor = Ids.next();
                        debtors.append(debtor).append(',').append(creditor).append(",C:A-").append(i).append(",A-")
                                .append(i).append(",CONSUMER,Kunde ").append(i).append(",,,Weg 1,30159,Hannover,DE,")
                                .append(now).append(',').append(now).append(",\n");
                    }
                    UUID claim = Ids.next();
                    int cents = 4_000 + (i % 500) * 97;
                    String amount = cents / 100 + "." + String.format("%02d", cents % 100);
                    claims.append(claim).append(',').append(creditor).append(',').append(debtor).append(",A-").append(i)
                            .append(",2026-09-01,2026-09-15,EUR,").append(amount)
                            .append(",true,false,PAID,0,,THIRTY_DAYS,0,0,0,0,").append(amount).append(",,2026-11-20,")
                            .append("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef,0,").append(now)
                            .append(',').append(now).append(',').append(7_000_000 + i).append(",\n");
                    posting(postings, creditor, claim, "CLAIM", "PRINCIPAL", amount, "2026-09-01", "INTAKE", claim, now);
                    String half = cents / 200 + "." + String.format("%02d", (cents / 2) % 100);
                    String rest = (cents - cents / 2) / 100 + "." + String.format("%02d", (cents - cents / 2) % 100);
                    UUID first = Ids.next();
                    String firstDay = "2026-11-" + String.format("%02d", 1 + i % 14);
                    posting(postings, creditor, claim, "PAYMENT", "PRINCIPAL", "-" + half, firstDay, "PAYMENT", first, now);
                    UUID second = Ids.next();
                    String secondDay = "2026-11-" + String.format("%02d", 15 + i % 15);
                    posting(postings, creditor, claim, "PAYMENT", "COSTS", "-25.50", secondDay, "PAYMENT", second, now);
                    posting(postings, creditor, claim, "PAYMENT", "INTEREST", "-1.37", secondDay, "PAYMENT", second, now);
                    posting(postings, creditor, claim, "PAYMENT", "PRINCIPAL", "-" + rest, secondDay, "PAYMENT", second, now);
                    for (UUID paid : List.of(first, second)) {
                        if (payment++ % 10 != 9) {
                            client.append(paid).append(',').append(creditor).append(',').append(now).append('\n');
                        }
                    }
                }
                BenchCopy.debtorsAndClaims(copy, debtors, claims);
                copy.copyIn("copy ledger_posting (id, creditor_id, claim_id, entry_id, kind, bucket, amount, booking_date, "
                        + "created_at, created_by, source_kind, source_id) from stdin (format csv)",
                        new StringReader(postings.toString()));
                copy.copyIn("copy client_money_payment (payment_id, creditor_id, created_at) from stdin (format csv)",
                        new StringReader(client.toString()));
            }
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("update creditor set commission_waived_until = '2026-11-15' where name like "
                        + "'Auszahlshop %' and cast(substring(name from 13) as integer) % 4 = 0");
                statement.execute("analyze creditor");
                statement.execute("analyze debtor");
                statement.execute("analyze claim");
                statement.execute("analyze ledger_posting");
                statement.execute("analyze client_money_payment");
            }
        }
    }

    private static void posting(StringBuilder rows, UUID creditor, UUID claim, String kind, String bucket, String amount,
                                String day, String sourceKind, UUID source, String now) {
        rows.append(Ids.next()).append(',').append(creditor).append(',').append(claim).append(',').append(Ids.next())
                .append(',').append(kind).append(',').append(bucket).append(',').append(amount).append(',').append(day)
                .append(',').append(now).append(",bench,").append(sourceKind).append(',').append(source).append('\n');
    }
}
