package de.kulant.claims;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.BenchmarkReport;
import de.kulant.platform.Ids;
import de.kulant.support.Api;
import de.kulant.support.IntegrationTest;
import de.kulant.support.OnPostgres;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 2: batch ingest of 100,000 claims for one creditor (debtors partly repeated) through
 * {@code POST /api/v1/claims/batch} on PostgreSQL, against a JDBC COPY of the same rows into the same tables.
 * Floor 5,000 claims/s; goal 25,000 (targets.md).
 */
@OnPostgres
class IngestBenchmark extends IntegrationTest {

    boolean postgres() {
        return true;
    }

    private static final int CLAIMS = 100_000;
    private static final int BATCH = 10_000;
    private static final int CUSTOMERS = 60_000;

    @Autowired
    private DataSource dataSource;

    @Test
    void ingestsOneHundredThousandClaims() throws Exception {
        Tenant warmUp = newTenant("Warm-up");
        for (int i = 0; i < 3; i++) {
            assertThat(api.postBytes("/api/v1/claims/batch", batch("W" + i, 0, BATCH), "application/json",
                    warmUp.auth()).status()).isEqualTo(200);
        }

        List<byte[]> batches = new ArrayList<>();
        for (int from = 0; from < CLAIMS; from += BATCH) {
            batches.add(batch("R", from, BATCH));
        }
        Tenant sequential = newTenant("Sequential");
        long start = System.nanoTime();
        int created = 0;
        for (byte[] body : batches) {
            Api.Response response = api.postBytes("/api/v1/claims/batch", body, "application/json", sequential.auth());
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            created += Integer.parseInt(response.at("/created"));
        }
        double sequentialSeconds = (System.nanoTime() - start) / 1e9;
        assertThat(created).isEqualTo(CLAIMS);
        long debtors = countDebtors(sequential.id());
        double perSecond = CLAIMS / sequentialSeconds;
        if (!postgres()) {
            BenchmarkReport.write("ingest-h2", String.format(
                    "batch ingest, %,d claims in %d batches of %,d, %,d distinct debtors, embedded H2 (in memory), -Xmx512m%n"
                            + "API, one client:   %6.2f s = %,8.0f claims/s",
                    CLAIMS, CLAIMS / BATCH, BATCH, debtors, sequentialSeconds, perSecond));
            return;
        }

        Tenant parallel = newTenant("Two clients");
        ExecutorService clients = Executors.newFixedThreadPool(2);
        start = System.nanoTime();
        List<Future<Api.Response>> responses = new ArrayList<>();
        for (byte[] body : batches) {
            responses.add(clients.submit(() -> api.postBytes("/api/v1/claims/batch", body, "application/json",
                    parallel.auth())));
        }
        for (Future<Api.Response> response : responses) {
            assertThat(response.get().status()).isEqualTo(200);
        }
        double parallelSeconds = (System.nanoTime() - start) / 1e9;
        clients.shutdown();

        Tenant copied = newTenant("COPY baseline");
        double copySeconds = copySameRows(copied.id(), debtors);

        BenchmarkReport.write("ingest", String.format(
                "batch ingest, %,d claims in %d batches of %,d, %,d distinct debtors, PostgreSQL, -Xmx512m (app and client)%n"
                        + "API, one client:   %6.2f s = %,8.0f claims/s%n"
                        + "API, two clients:  %6.2f s = %,8.0f claims/s%n"
                        + "COPY of the same rows (debtor, claim, ledger_posting, audit_event): %6.2f s%n"
                        + "ratio API (one client) / COPY: %.1fx; floor 5,000 claims/s: %.1fx the floor",
                CLAIMS, CLAIMS / BATCH, BATCH, debtors, sequentialSeconds, perSecond, parallelSeconds,
                CLAIMS / parallelSeconds, copySeconds, sequentialSeconds / copySeconds, perSecond / 5_000));
        assertThat(perSecond).as("claims per second on PostgreSQL").isGreaterThan(5_000);
    }

    /** Claims {@code from} .. {@code from + count - 1}; customer k always has the same name and address. */
    private byte[] batch(String prefix, int from, int count) {
        Random random = new Random(from);
        StringBuilder json = new StringBuilder(count * 420).append('[');
        for (int i = from; i < from + count; i++) {
            int customer = random.nextInt(CUSTOMERS);
            LocalDate invoice = LocalDate.of(2026, 8, 1).plusDays(i % 90);
            if (i > from) {
                json.append(',');
            }
            json.append("{\"invoiceNumber\":\"").append(prefix).append('-').append(i)
                    .append("\",\"invoiceDate\":\"").append(invoice)
                    .append("\",\"dueDate\":\"").append(invoice.plusDays(14))
                    .append("\",\"amount\":\"").append(10 + random.nextInt(900)).append('.').append(10 + random.nextInt(89))
                    .append("\",\"currency\":\"EUR\",\"consumerNoticeGiven\":").append(customer % 2 == 0)
                    .append(",\"debtor\":{\"kind\":\"").append(customer % 10 == 0 ? "BUSINESS" : "CONSUMER")
                    .append("\",\"customerNumber\":\"K-").append(customer)
                    .append("\",\"name\":\"Kundin Nummer ").append(customer)
                    .append("\",\"email\":\"kunde").append(customer).append("@example.org\"")
                    .append(",\"address\":{\"street\":\"Musterstraße ").append(1 + customer % 200)
                    .append("\",\"postalCode\":\"").append(10000 + customer % 89999)
                    .append("\",\"city\":\"Musterstadt\",\"country\":\"DE\"}}}");
        }
        return json.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }

    private long countDebtors(String creditor) throws Exception {
        try (Connection connection = dataSource.getConnection();
             var statement = connection.prepareStatement("select count(*) from debtor where creditor_id = ?")) {
            statement.setObject(1, UUID.fromString(creditor));
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The rows the API wrote, written again with COPY for another creditor; only the COPY is timed. */
    private double copySameRows(String creditor, long debtorCount) throws Exception {
        String now = Instant.now().toString();
        StringBuilder debtors = new StringBuilder();
        List<UUID> debtorIds = new ArrayList<>();
        for (int d = 0; d < debtorCount; d++) {
            UUID id = Ids.next();
            debtorIds.add(id);
            debtors.append(id).append(',').append(creditor).append(",C:K-").append(d).append(",K-").append(d)
                    .append(",CONSUMER,Kundin Nummer ").append(d).append(",kunde").append(d).append("@example.org,,")
                    .append("Musterstraße ").append(1 + d % 200).append(',').append(10000 + d % 89999)
                    .append(",Musterstadt,DE,").append(now).append(',').append(now).append(',')
                    .append(MatchKeys.nameKey("Kundin Nummer " + d)).append('\n');
        }
        StringBuilder claims = new StringBuilder();
        StringBuilder postings = new StringBuilder();
        StringBuilder audit = new StringBuilder();
        for (int i = 0; i < CLAIMS; i++) {
            UUID id = Ids.next();
            LocalDate invoice = LocalDate.of(2026, 8, 1).plusDays(i % 90);
            String amount = (10 + i % 900) + ".50";
            claims.append(id).append(',').append(creditor).append(',').append(debtorIds.get(i % debtorIds.size()))
                    .append(",C-").append(i).append(',').append(invoice).append(',').append(invoice.plusDays(14))
                    .append(",EUR,").append(amount).append(",false,false,OPEN,0,,,").append(amount)
                    .append(",0,0,0,0,,").append(invoice).append(",0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef,0,")
                    .append(now).append(',').append(now).append(',').append(800_000_000L + i).append(',')
                    .append(invoice.plusDays(14)).append(',').append(MatchKeys.invoiceKey("C-" + i)).append(',')
                    .append(MatchKeys.invoiceDigits("C-" + i) == null ? "" : MatchKeys.invoiceDigits("C-" + i)).append('\n');
            UUID entry = Ids.next();
            postings.append(Ids.next()).append(',').append(creditor).append(',').append(id).append(',').append(entry)
                    .append(",CLAIM,PRINCIPAL,").append(amount).append(',').append(invoice).append(",,,C-").append(i)
                    .append(",,").append(now).append(",api-key:kul_bench\n");
            audit.append(Ids.next()).append(',').append(creditor).append(",claim,").append(id)
                    .append(",claim.created,api-key:kul_bench,").append(now)
                    .append(",,\"{\"\"invoiceNumber\"\":\"\"C-").append(i).append("\"\",\"\"amount\"\":\"\"").append(amount)
                    .append("\"\"}\"\n");
        }
        try (Connection connection = dataSource.getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            long start = System.nanoTime();
            copy.copyIn("copy debtor (id, creditor_id, match_key, customer_number, kind, name, email, phone, street, "
                    + "postal_code, city, country, created_at, updated_at, name_key) from stdin (format csv)",
                    new StringReader(debtors.toString()));
            copy.copyIn("copy claim (id, creditor_id, debtor_id, invoice_number, invoice_date, due_date, currency, amount, "
                    + "consumer_notice_given, calendar_due_date_agreed, status, dunning_level, default_since, default_rule, "
                    + "principal_open, interest_open, fees_open, costs_open, paid_total, interest_posted_through, "
                    + "last_posting_date, content_hash, version, created_at, updated_at, reference_number, next_dunning_on, "
                    + "invoice_key, invoice_digits) from stdin (format csv)",
                    new StringReader(claims.toString()));
            copy.copyIn("copy ledger_posting (id, creditor_id, claim_id, entry_id, kind, bucket, amount, booking_date, "
                    + "period_from, period_to, reference, note, created_at, created_by) from stdin (format csv)",
                    new StringReader(postings.toString()));
            copy.copyIn("copy audit_event (id, creditor_id, entity_type, entity_id, action, actor, occurred_at, "
                    + "before_state, after_state) from stdin (format csv)", new StringReader(audit.toString()));
            return (System.nanoTime() - start) / 1e9;
        }
    }
}
