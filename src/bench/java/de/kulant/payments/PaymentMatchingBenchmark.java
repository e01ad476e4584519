package de.kulant.payments;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.BenchmarkReport;
import de.kulant.claims.MatchKeys;
import de.kulant.payments.BankFiles.Entry;
import de.kulant.payments.internal.BankEntry;
import de.kulant.payments.internal.StatementReaders;
import de.kulant.payments.internal.StatementSink;
import de.kulant.payments.internal.StatementTotals;
import de.kulant.platform.Actor;
import de.kulant.platform.CreditorId;
import de.kulant.platform.Ids;
import de.kulant.support.IntegrationTest;
import de.kulant.support.OnPostgres;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 6: a camt.053 with 100,000 entries against 1,000,000 open claims of one creditor, matched and booked on
 * PostgreSQL with a 512 MB heap. Floors: at most 30 s; on the labelled payments precision 100 % and recall at
 * least 95 %. Baseline: reading the same file alone, in the same run.
 */
@OnPostgres
class PaymentMatchingBenchmark extends IntegrationTest {

    private static final int PAYMENTS = 100_000;
    private static final int CLAIMS = 1_000_000;
    private static final long FIRST_REFERENCE = 700_000_000L;
    private static final String IBAN = BankFiles.iban(4_242_424_242L);

    @Autowired
    private DataSource dataSource;

    @Autowired
    private BankStatements statements;

    @Autowired
    private MeterRegistry meters;

    @Test
    void matchesAndBooks100kEntriesAgainstAMillionOpenClaims() throws Exception {
        LabelledPayments.Dataset set = LabelledPayments.generate(20261127L, PAYMENTS, FIRST_REFERENCE);
        long setupStart = System.nanoTime();
        CreditorId creditor = generate(set);
        Path file = writeStatement(set);
        double setupSeconds = (System.nanoTime() - setupStart) / 1e9;

        double parseSeconds = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            parseSeconds = Math.min(parseSeconds, parseOnly(file));
        }
        long start = System.nanoTime();
        StatementImport result;
        try (InputStream in = Files.newInputStream(file)) {
            result = statements.importStatement(creditor, in, file.getFileName().toString(), Actor.system());
        }
        double importSeconds = (System.nanoTime() - start) / 1e9;

        Quality quality = quality(set, result.id().value());
        StringBuilder phases = new StringBuilder();
        for (String phase : List.of("deduplicate", "match", "book", "store")) {
            Timer timer = meters.find("kulant.payments.import").tag("phase", phase).timer();
            phases.append(String.format("  %-12s %6.2f s%n", phase, timer == null ? 0 : timer.totalTime(TimeUnit.SECONDS)));
        }
        for (Timer lookup : meters.find("kulant.payments.match").timers()) {
            phases.append(String.format("    %-20s %6.2f s%n", lookup.getId().getTag("lookup"),
                    lookup.totalTime(TimeUnit.SECONDS)));
        }
        assertThat(result.entries()).isEqualTo(PAYMENTS);
        BenchmarkReport.write("payments", String.format(
                "camt.053 with %,d entries (%.0f MB) against %,d open claims of one creditor, PostgreSQL, -Xmx512m%n"
                        + "data set up with COPY in %.1f s%n"
                        + "baseline (reading the file alone, best of 3):              %6.2f s = %,.0f entries/s%n"
                        + "Kulant import (read, deduplicate, match, book, audit):     %6.2f s = %,.0f entries/s%n"
                        + "ratio import / baseline: %.1fx; floor 30 s: %s%n"
                        + "matched %,d, waiting for a person %,d; booked %,.2f EUR%n"
                        + "labelled set: %,d payments belong to claims; %,d booked automatically, %,d of them right, "
                        + "%,d wrong%n"
                        + "precision %.4f (floor 1.0), recall %.4f (floor 0.95)%n"
                        + "time by phase (the rest is reading and chunking):%n%s%s",
                PAYMENTS, Files.size(file) / 1e6, CLAIMS, setupSeconds, parseSeconds, PAYMENTS / parseSeconds,
                importSeconds, PAYMENTS / importSeconds, importSeconds / parseSeconds,
                importSeconds <= 30 ? "met" : "MISSED", result.matched(), result.unmatched(),
                result.matchedAmount().amount(), quality.withClaim, quality.booked, quality.right, quality.wrong,
                quality.precision(), quality.recall(), phases, String.join("\n", quality.wrongCases)));
        assertThat(quality.wrong).isZero();
        assertThat(quality.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(importSeconds).isLessThanOrEqualTo(30);
    }

    record Quality(int withClaim, int booked, int right, int wrong, List<String> wrongCases) {
        double precision() {
            return booked == 0 ? 1 : (double) right / booked;
        }

        double recall() {
            return (double) right / withClaim;
        }
    }

    /** Compares what was booked for each labelled payment (found by its bank reference) with its truth. */
    private Quality quality(LabelledPayments.Dataset set, UUID statementId) throws Exception {
        Map<Integer, Set<String>> booked = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("""
                     select e.bank_reference, a.invoice_number from payment p join bank_entry e on e.id = p.entry_id
                     join payment_allocation a on a.payment_id = p.id
                     where p.statement_id = '""" + statementId + "' and p.status = 'BOOKED'")) {
            while (rs.next()) {
                int index = Integer.parseInt(rs.getString(1).substring(4));
                booked.computeIfAbsent(index, k -> new HashSet<>()).add(rs.getString(2));
            }
        }
        int withClaim = 0;
        int right = 0;
        int wrong = 0;
        List<String> wrongCases = new ArrayList<>();
        for (LabelledPayments.Payment p : set.payments()) {
            Set<String> truth = new HashSet<>();
            p.truth().forEach(i -> truth.add(set.claims().get(i).invoiceNumber()));
            if (!truth.isEmpty()) {
                withClaim++;
            }
            Set<String> got = booked.get(p.index());
            if (got == null) {
                continue;
            }
            if (got.equals(truth)) {
                right++;
            } else {
                wrong++;
                wrongCases.add("wrong: " + p + " -> " + got);
            }
        }
        return new Quality(withClaim, booked.size(), right, wrong, wrongCases);
    }

    private static double parseOnly(Path file) throws Exception {
        long start = System.nanoTime();
        long[] n = {0};
        try (InputStream in = Files.newInputStream(file)) {
            StatementReaders.read(in, new StatementSink() {
                @Override
                public void entry(BankEntry entry) {
                    n[0]++;
                }

                @Override
                public void statementEnd(StatementTotals totals) {
                }
            });
        }
        assertThat(n[0]).isEqualTo(PAYMENTS);
        return (System.nanoTime() - start) / 1e9;
    }

    private static Path writeStatement(LabelledPayments.Dataset set) throws Exception {
        Path file = Files.createTempFile("camt053-100k-", ".xml");
        String document = BankFiles.camt053(IBAN, "BENCH-1", List.of());
        int cut = document.indexOf("</Stmt>");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(document, 0, cut);
            for (LabelledPayments.Payment p : set.payments()) {
                Entry entry = Entry.credit(p.amount().toPlainString(), "2026-11-26", "LBL-" + p.index())
                        .from(p.payerName(), p.payerIban()).text(p.remittance()).rf(p.structuredReference());
                out.write(entry.xml());
                out.write('\n');
            }
            out.write(document, cut, document.length() - cut);
        }
        return file;
    }

    /**
     * One creditor with the set's claims and enough further open claims of other debtors (names from the same
     * pools) to make 1,000,000; a fifth of the set's debtors paid from their IBAN before (one booked payment each).
     */
    private CreditorId generate(LabelledPayments.Dataset set) throws Exception {
        String now = Instant.now().toString();
        UUID creditor = Ids.next();
        Random random = new Random(5);
        try (Connection connection = dataSource.getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("copy creditor (id, name, email, street, postal_code, city, country, iban, bic, promo_code, "
                    + "handover_requires_approval, created_at) from stdin (format csv)", new StringReader(creditor
                    + ",Benchmark-Shop,shop@example.org,Weg 1,10115,Berlin,DE," + IBAN + ",,,false," + now + "\n"));
            Map<Integer, UUID> debtorIds = new HashMap<>();
            StringBuilder debtors = new StringBuilder();
            for (LabelledPayments.Debtor d : set.debtors()) {
                UUID id = Ids.next();
                debtorIds.put(d.index(), id);
                debtors.append(debtorRow(id, creditor, "L-" + d.index(), d.name(), now));
            }
            int fillerDebtors = (CLAIMS - set.claims().size()) / 2;
            UUID[] filler = new UUID[fillerDebtors];
            for (int i = 0; i < fillerDebtors; i++) {
                filler[i] = Ids.next();
                debtors.append(debtorRow(filler[i], creditor, "F-" + i, LabelledPayments.randomName(random), now));
                if (debtors.length() > 20_000_000) {
                    copyDebtors(copy, debtors);
                }
            }
            copyDebtors(copy, debtors);
            StringBuilder claims = new StringBuilder();
            int index = 0;
            for (LabelledPayments.Claim c : set.claims()) {
                claims.append(claimRow(creditor, debtorIds.get(c.debtor()), c.invoiceNumber(), c.amount(), c.reference(),
                        now));
                index++;
            }
            for (int i = 0; index < CLAIMS; i++, index++) {
                String invoice = String.format("RE-2026-%06d", 100_000 + index);
                BigDecimal amount = new BigDecimal(19 + random.nextInt(300) + "." + (10 + random.nextInt(90)));
                claims.append(claimRow(creditor, filler[i % fillerDebtors], invoice, amount, FIRST_REFERENCE + index, now));
                if (claims.length() > 40_000_000) {
                    copyClaims(copy, claims);
                }
            }
            copyClaims(copy, claims);
            seedKnownIbans(copy, set, creditor, debtorIds, now);
            try (Statement statement = connection.createStatement()) {
                // as autovacuum would have done in a database that grew over time
                statement.execute("vacuum analyze creditor, debtor, claim, bank_entry, payment, payment_allocation");
            }
        }
        return new CreditorId(creditor);
    }

    private static String debtorRow(UUID id, UUID creditor, String customer, String name, String now) {
        return id + "," + creditor + ",C:" + customer + "," + customer + ",CONSUMER,\"" + name + "\",,,Weg 1,30159,"
                + "Hannover,DE," + now + "," + now + ",," + MatchKeys.nameKey(name) + "\n";
    }

    private static String claimRow(UUID creditor, UUID debtor, String invoice, BigDecimal amount, long reference,
                                   String now) {
        String a = amount.toPlainString();
        return Ids.next() + "," + creditor + "," + debtor + "," + invoice + ",2026-09-01,2026-09-15,EUR," + a
                + ",false,false,OPEN,0,,," + a + ",0,0,0,0,,2026-09-01,"
                + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef,0," + now + "," + now + ","
                + reference + ",2026-09-15," + MatchKeys.invoiceKey(invoice) + "," + MatchKeys.invoiceDigits(invoice)
                + "\n";
    }

    private static void copyDebtors(CopyManager copy, StringBuilder rows) throws Exception {
        copy.copyIn("copy debtor (id, creditor_id, match_key, customer_number, kind, name, email, phone, street, "
                + "postal_code, city, country, created_at, updated_at, customer_tag, name_key) from stdin (format csv)",
                new StringReader(rows.toString()));
        rows.setLength(0);
    }

    private static void copyClaims(CopyManager copy, StringBuilder rows) throws Exception {
        copy.copyIn("copy claim (id, creditor_id, debtor_id, invoice_number, invoice_date, due_date, currency, "
                + "amount, consumer_notice_given, calendar_due_date_agreed, status, dunning_level, default_since, "
                + "default_rule, principal_open, interest_open, fees_open, costs_open, paid_total, "
                + "interest_posted_through, last_posting_date, content_hash, version, created_at, updated_at, "
                + "reference_number, next_dunning_on, invoice_key, invoice_digits) from stdin (format csv)",
                new StringReader(rows.toString()));
        rows.setLength(0);
    }

    /** An earlier statement in which each IBAN-known debtor paid once, so matching knows their IBAN. */
    private static void seedKnownIbans(CopyManager copy, LabelledPayments.Dataset set, UUID creditor,
                                       Map<Integer, UUID> debtorIds, String now) throws Exception {
        UUID statement = Ids.next();
        copy.copyIn("copy bank_statement (id, creditor_id, format, file_name, file_sha256, accounts, entries, credits, "
                + "matched, unmatched, duplicates, returns, matched_amount, imported_at, imported_by) from stdin "
                + "(format csv)", new StringReader(statement + "," + creditor + ",camt.053,earlier.xml,-," + IBAN
                + ",0,0,0,0,0,0,0," + now + ",system\n"));
        StringBuilder entries = new StringBuilder();
        StringBuilder payments = new StringBuilder();
        StringBuilder allocations = new StringBuilder();
        for (LabelledPayments.Debtor d : set.debtors()) {
            if (!d.ibanKnown()) {
                continue;
            }
            UUID entry = Ids.next();
            UUID payment = Ids.next();
            entries.append(entry).append(',').append(statement).append(',').append(creditor).append(',').append(IBAN)
                    .append(",earlier-").append(d.index()).append(",,true,false,false,10.00,EUR,2026-06-01,2026-06-01,\n");
            payments.append(payment).append(',').append(entry).append(',').append(statement).append(',').append(creditor)
                    .append(',').append(IBAN).append(",CREDIT,10.00,2026-06-01,").append(d.iban()).append(",BOOKED,")
                    .append(now).append('\n');
            allocations.append(Ids.next()).append(',').append(payment).append(',').append(creditor).append(',')
                    .append(Ids.next()).append(",R-EARLIER,").append(debtorIds.get(d.index()))
                    .append(",10.00,0,0,0,10.00,false,").append(now).append('\n');
        }
        copy.copyIn("copy bank_entry (id, statement_id, creditor_id, account_iban, content_key, bank_reference, credit, "
                + "reversal, returned, amount, currency, booking_date, value_date, bank_code) from stdin (format csv)",
                new StringReader(entries.toString()));
        copy.copyIn("copy payment (id, entry_id, statement_id, creditor_id, account_iban, kind, amount, booking_date, "
                + "payer_iban, status, created_at) from stdin (format csv)", new StringReader(payments.toString()));
        copy.copyIn("copy payment_allocation (id, payment_id, creditor_id, claim_id, invoice_number, debtor_id, amount, "
                + "costs, fees, interest, principal, reversed, created_at) from stdin (format csv)",
                new StringReader(allocations.toString()));
    }
}
