package de.kulant.collection;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.BenchCopy;
import de.kulant.BenchmarkReport;
import de.kulant.collection.internal.CollectionRunStore;
import de.kulant.payments.BankFiles;
import de.kulant.platform.Actor;
import de.kulant.platform.CreditorRange;
import de.kulant.platform.Ids;
import de.kulant.support.IntegrationTest;
import de.kulant.support.OnPostgres;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 15: the agreement steps of the daily collection run over 500,000 active instalment plans of 1,000 creditors
 * (six monthly rates each, 3,000,000 rates) on PostgreSQL with a 512 MB heap: rates due checked against what came in
 * with the tolerance, 10,000 first misses reminded by letter and e-mail, 5,000 second misses ending their plans (the
 * cases resume), 5,000 late rates still within the tolerance left alone; then the pain.008.001.08 file of the 100,000
 * rates paid by direct debit due on the collection date. Floor: at most 3x plain set-based SQL doing the same state
 * change on the same data in the same run.
 */
@OnPostgres
class AgreementsRunBenchmark extends IntegrationTest {

    private static final int CREDITORS = 1_000;
    private static final int PLANS = 500_000;
    private static final int RATES = 6;
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 15);
    private static final LocalDate COLLECTION_DATE = LocalDate.of(2026, 12, 17);
    private static final int CREDITORS_PER_CHUNK = 20;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private CollectionRunWorker worker;

    @Autowired
    private CollectionRunStore runs;

    @Autowired
    private DirectDebits debits;

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private JdbcClient jdbc;

    /** What a plan is on the run day: see {@link #generate()}. */
    private enum Kind { ON_TIME, FIRST_MISS, SECOND_MISS, WITHIN_TOLERANCE, DIRECT_DEBIT }

    private static Kind kindOf(int i) {
        int slot = i % 100;
        return slot < 2 ? Kind.FIRST_MISS : slot == 2 ? Kind.SECOND_MISS : slot == 3 ? Kind.WITHIN_TOLERANCE
                : slot < 24 ? Kind.DIRECT_DEBIT : Kind.ON_TIME;
    }

    @Test
    void theAgreementStepsOfTheDailyRunOverHalfAMillionPlans() throws Exception {
        long setupStart = System.nanoTime();
        generate();
        double setupSeconds = (System.nanoTime() - setupStart) / 1e9;

        long start = System.nanoTime();
        baselineRun();
        double baselineRunSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        baselineFile();
        double baselineFileSeconds = (System.nanoTime() - start) / 1e9;
        Outcome baseline = outcome();
        reset();

        clock.setToday(AS_OF);
        start = System.nanoTime();
        // range by range, as the chunks of a shared run cut them (the instances' work, one after another here)
        CollectionRunWorker.Figures agreements = CollectionRunWorker.Figures.NONE;
        for (CreditorRange range : CreditorRange.cut(runs.creditorsWithCases(), CREDITORS_PER_CHUNK)) {
            agreements = agreements.plus(worker.agreementSteps(null, AS_OF, range));
        }
        int missed = agreements.plansMissed();
        int ended = agreements.pausesEnded();
        int lapsed = agreements.offersLapsed();
        double runSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        var file = debits.create(COLLECTION_DATE.toString(), Actor.system());
        double fileSeconds = (System.nanoTime() - start) / 1e9;
        Outcome kulant = outcome();
        long fileBytes = count("select coalesce(sum(octet_length(document)), 0) from direct_debit_file");

        assertThat(missed).isEqualTo(PLANS * 3 / 100);
        assertThat(ended + lapsed).isZero();
        assertThat(file.rates()).isEqualTo(PLANS / 5);
        assertThat(kulant).isEqualTo(baseline);
        assertThat(kulant.defaulted()).isEqualTo(PLANS / 100);
        assertThat(kulant.reminders()).isEqualTo(PLANS * 2 / 100);
        double ratio = (runSeconds + fileSeconds) / (baselineRunSeconds + baselineFileSeconds);
        BenchmarkReport.write("agreements-run", String.format(
                "agreements run: %,d active plans of %,d creditors, %,d rates; PostgreSQL, -Xmx512m; data set up with "
                        + "COPY in %.1f s%n"
                        + "baseline (set-based SQL): rates and plans %6.2f s, direct-debit file %6.2f s%n"
                        + "Kulant: rates and plans %6.2f s (%,d plans missed: %,d reminders, %,d defaulted), "
                        + "direct-debit file %6.2f s (%,d rates, %,d bytes)%n"
                        + "ratio Kulant / baseline: %.2fx (floor 3x); rates and plans alone %.2fx, file alone %.2fx",
                PLANS, CREDITORS, PLANS * RATES, setupSeconds, baselineRunSeconds, baselineFileSeconds, runSeconds,
                missed, kulant.reminders(), kulant.defaulted(), fileSeconds, file.rates(), fileBytes, ratio,
                runSeconds / baselineRunSeconds, fileSeconds / baselineFileSeconds));
        assertThat(ratio).isLessThanOrEqualTo(3.0);
    }


    /** What both runs must leave behind alike. */
    record Outcome(long missedRates, long defaulted, long reopened, long reminders, long dispatches, long activities,
                   long debited, String debitedTotal) {
    }

    private Outcome outcome() {
        return new Outcome(count("select count(*) from case_plan_rate where status = 'MISSED' and missed_on = '"
                + AS_OF + "'"), count("select count(*) from case_plan where status = 'DEFAULTED'"),
                count("select count(*) from collection_case where status = 'OPEN'"),
                count("select count(*) from case_letter where kind = 'PLAN_REMINDER'"),
                count("select count(*) from dispatch"), count("select count(*) from case_activity"),
                count("select count(*) from case_plan_rate where debit_file_id is not null"),
                jdbc.sql("select coalesce(sum(amount), 0) from case_plan_rate where debit_file_id is not null")
                        .query(java.math.BigDecimal.class).single().toPlainString());
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /**
     * Six monthly rates of 50.00 per plan. ON_TIME: the rates due in August to December paid. FIRST_MISS: September to
     * November paid, 5 December open (beyond the five days' tolerance on the 15th). SECOND_MISS: the same after a rate
     * missed before. WITHIN_TOLERANCE: the rate of 12 December open. DIRECT_DEBIT: a mandate, the rate of 17 December
     * open and not yet collected.
     */
    private void generate() throws Exception {
        String now = Instant.now().toString();
        Set<String> references = new HashSet<>();
        try (Connection connection = dataSource.getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            List<UUID> creditors = BenchCopy.creditors(copy, CREDITORS, "Ratenshop", 820_000_000L);
            int perBatch = 50_000;
            for (int from = 0; from < PLANS; from += perBatch) {
                StringBuilder debtors = new StringBuilder();
                StringBuilder claims = new StringBuilder();
                StringBuilder cases = new StringBuilder();
                StringBuilder links = new StringBuilder();
                StringBuilder plansCsv = new StringBuilder();
                StringBuilder rates = new StringBuilder();
                for (int i = from; i < from + perBatch; i++) {
                    UUID creditor = creditors.get(i % CREDITORS);
                    UUID debtor = Ids.next();
                    UUID claim = Ids.next();
                    UUID caseId = Ids.next();
                    UUID plan = Ids.next();
                    Kind kind = kindOf(i);
                    debtors.append(debtor).append(',').append(creditor).append(",C:P-").append(i).append(",P-")
                            .append(i).append(",CONSUMER,Kundin ").append(i).append(',')
                            .append(i % 2 == 0 ? "kundin" + i + "@example.org" : "").append(",,Weg ").append(i % 100)
                            .append(",30159,Hannover,DE,").append(now).append(',').append(now).append(",\n");
                    LocalDate due = LocalDate.of(2026, 6, 15);
                    claims.append(claim).append(',').append(creditor).append(',').append(debtor).append(",P-")
                            .append(i).append(',').append(due.minusDays(14)).append(',').append(due)
                            .append(",EUR,300.00,true,false,COLLECTION,2,").append(due.plusDays(30))
                            .append(",THIRTY_DAYS,300.00,0,0,0,0,,").append(due.minusDays(14))
                            .append(",0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef,0,")
                            .append(now).append(',').append(now).append(',').append(7_000_000 + i).append(",\n");
                    String reference;
                    do {
                        reference = CaseReference.random().value();
                    } while (!references.add(reference));
                    cases.append(caseId).append(',').append(creditor).append(',').append(debtor).append(',')
                            .append(reference).append(",AGREEMENT,").append(debtor).append(",2026-07-20,2026-07-20,")
                            .append("bench-plan,,0.5,0,").append(now).append(",-50,WAITING_FOR_PLAN:-50\n");
                    links.append(claim).append(',').append(caseId).append(',').append(creditor)
                            .append(",2026-07-20,300.00,true\n");
                    LocalDate first = kind == Kind.ON_TIME ? LocalDate.of(2026, 8, 5)
                            : kind == Kind.WITHIN_TOLERANCE ? LocalDate.of(2026, 9, 12)
                            : kind == Kind.DIRECT_DEBIT ? LocalDate.of(2026, 9, 17) : LocalDate.of(2026, 9, 5);
                    int paid = kind == Kind.ON_TIME ? 5 : kind == Kind.SECOND_MISS ? 2 : 3;
                    boolean debit = kind == Kind.DIRECT_DEBIT;
                    plansCsv.append(plan).append(',').append(caseId).append(',').append(creditor)
                            .append(",ACTIVE,300.00,0.00,300.00,,").append(RATES).append(",MONTHLY,").append(first)
                            .append(",false,0.00,").append(paid * 50).append(".00,")
                            .append(kind == Kind.SECOND_MISS ? 1 : 0).append(",2026-07-20,,")
                            .append(debit ? BankFiles.iban(830_000_000L + i) : "").append(',')
                            .append(debit ? "MANDAT-" + i : "").append(',').append(debit ? "2026-07-20" : "")
                            .append(',').append(debit ? "Kundin " + i : "").append(',').append(now)
                            .append(",bench\n");
                    for (int n = 1; n <= RATES; n++) {
                        LocalDate on = first.plusMonths(n - 1);
                        String status = n <= paid ? "PAID"
                                : kind == Kind.SECOND_MISS && n == 3 ? "MISSED" : "OPEN";
                        rates.append(plan).append(',').append(n).append(',').append(caseId).append(',')
                                .append(creditor).append(',').append(on).append(",50.00,").append(n * 50)
                                .append(".00,RF00").append(7_000_000 + i).append('R').append(n < 10 ? "0" : "")
                                .append(n).append(',').append(status).append(',')
                                .append(status.equals("PAID") ? on.toString() : "").append(',')
                                .append(status.equals("MISSED") ? on.plusDays(6).toString() : "").append(",\n");
                    }
                }
                BenchCopy.debtorsAndClaims(copy, debtors, claims);
                copy.copyIn("copy collection_case (id, creditor_id, debtor_id, reference, status, open_debtor, "
                        + "mandate_date, opened_on, opened_by, assignee, cost_factor, version, created_at, priority, "
                        + "priority_reasons) from stdin (format csv)", new StringReader(cases.toString()));
                copy.copyIn("copy case_claim (claim_id, case_id, creditor_id, joined_on, claim_value, chargeable) "
                        + "from stdin (format csv)", new StringReader(links.toString()));
                copy.copyIn("copy case_plan (id, case_id, creditor_id, status, open_balance, agreement_fee, amount, "
                        + "down_payment, instalments, interval_kind, first_due_on, interest_waived, paid_before, "
                        + "paid_since, misses, agreed_on, ended_on, debit_iban, mandate_reference, mandate_signed_on, "
                        + "debit_holder, created_at, created_by) from stdin (format csv)",
                        new StringReader(plansCsv.toString()));
                copy.copyIn("copy case_plan_rate (plan_id, number, case_id, creditor_id, due_on, amount, due_total, "
                        + "reference, status, paid_on, missed_on, debit_file_id) from stdin (format csv)",
                        new StringReader(rates.toString()));
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("vacuum analyze creditor, debtor, claim, collection_case, case_claim, case_plan, "
                        + "case_plan_rate");
            }
        }
    }

    /** The same state change as plain SQL: rates missed, plans defaulted or reminded, cases resumed, letters queued. */
    private void baselineRun() {
        transactions.executeWithoutResult(status -> {
            String cutoff = "'" + AS_OF.minusDays(5) + "'";
            jdbc.sql("create temporary table missed_plan on commit drop as select p.id, p.case_id, p.creditor_id, "
                    + "p.misses + count(*) as misses, min(r.due_on) as first_due, sum(r.amount) as amount "
                    + "from case_plan p join case_plan_rate r on r.plan_id = p.id where r.status = 'OPEN' "
                    + "and r.due_on < " + cutoff + " and p.status = 'ACTIVE' and r.due_total > p.paid_since + 1.00 "
                    + "group by p.id, p.case_id, p.creditor_id, p.misses").update();
            jdbc.sql("update case_plan_rate r set status = 'MISSED', missed_on = '" + AS_OF + "' from missed_plan m "
                    + "where r.plan_id = m.id and r.status = 'OPEN' and r.due_on < " + cutoff).update();
            jdbc.sql("update case_plan p set misses = m.misses, status = case when m.misses >= 2 then 'DEFAULTED' "
                    + "else p.status end, ended_on = case when m.misses >= 2 then date '" + AS_OF + "' end "
                    + "from missed_plan m where p.id = m.id").update();
            jdbc.sql("update collection_case c set status = 'OPEN', priority = priority + 100, "
                    + "priority_reasons = 'PLAN_DEFAULTED:50', version = version + 1 from missed_plan m "
                    + "where c.id = m.case_id and m.misses >= 2").update();
            jdbc.sql("insert into case_activity (id, case_id, creditor_id, at, kind, actor, text) select "
                    + "gen_random_uuid(), m.case_id, m.creditor_id, now(), case when m.misses >= 2 then "
                    + "'PLAN_DEFAULTED' else 'PLAN_RATE_MISSED' end, 'baseline', 'Rate über ' || m.amount "
                    + "|| ' EUR, fällig am ' || m.first_due || ', nicht eingegangen' from missed_plan m").update();
            jdbc.sql("insert into case_letter (id, creditor_id, debtor_id, case_reference, kind, letter_date, content, "
                    + "created_at) select gen_random_uuid(), c.creditor_id, c.debtor_id, c.reference, 'PLAN_REMINDER', "
                    + "date '" + AS_OF + "', json_build_object('kind', 'PLAN_REMINDER', 'caseReference', c.reference, "
                    + "'plan', json_build_object('total', p.amount, 'rates', (select json_agg(json_build_object("
                    + "'number', r.number, 'dueOn', r.due_on, 'amount', r.amount, 'reference', r.reference, 'paid', "
                    + "r.status = 'PAID') order by r.number) from case_plan_rate r where r.plan_id = p.id)))::text, "
                    + "now() from missed_plan m join case_plan p on p.id = m.id join collection_case c on "
                    + "c.id = m.case_id where m.misses < 2").update();
            jdbc.sql("insert into case_activity (id, case_id, creditor_id, at, kind, actor, text) select "
                    + "gen_random_uuid(), c.id, c.creditor_id, now(), 'LETTER', 'baseline', 'Erinnerung an eine "
                    + "offene Rate zum Versand vorgemerkt' from case_letter l join collection_case c on "
                    + "c.reference = l.case_reference").update();
            jdbc.sql("insert into dispatch (id, creditor_id, debtor_id, combined_id, run_id, channel, status, attempts, "
                    + "next_attempt_at, recipient, issued_on, note, created_at, updated_at) select gen_random_uuid(), "
                    + "l.creditor_id, l.debtor_id, l.id, null, ch.channel, 'PENDING', 0, now(), case when ch.channel "
                    + "= 'EMAIL' then d.email else d.name end, l.letter_date, 'collection letter ' || l.case_reference, "
                    + "now(), now() from case_letter l join debtor d on d.id = l.debtor_id cross join (values "
                    + "('LETTER'), ('EMAIL')) as ch(channel) where ch.channel = 'LETTER' or d.email is not null")
                    .update();
        });
    }

    /** The pain.008 file as plain SQL: the XML aggregated by the database, the rates marked. */
    private void baselineFile() {
        transactions.executeWithoutResult(status -> {
            UUID id = Ids.next();
            String due = "from case_plan_rate r join case_plan p on p.id = r.plan_id where r.status = 'OPEN' "
                    + "and r.debit_file_id is null and r.due_on <= '" + COLLECTION_DATE + "' and p.status = 'ACTIVE' "
                    + "and p.debit_iban is not null";
            jdbc.sql("insert into direct_debit_file (id, collection_date, message_id, rates, total, document, "
                    + "created_at, created_by) select :id, '" + COLLECTION_DATE + "', 'BASE-DD', count(*), sum(r.amount), "
                    + "'<?xml version=\"1.0\" encoding=\"UTF-8\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:"
                    + "pain.008.001.08\"><CstmrDrctDbtInitn><GrpHdr><MsgId>BASE-DD</MsgId><CreDtTm>' || now() "
                    + "|| '</CreDtTm><NbOfTxs>' || count(*) || '</NbOfTxs><CtrlSum>' || sum(r.amount) || '</CtrlSum>"
                    + "</GrpHdr><PmtInf><PmtInfId>BASE-DD-FRST</PmtInfId><PmtMtd>DD</PmtMtd>' || string_agg("
                    + "'<DrctDbtTxInf><PmtId><EndToEndId>' || r.reference || '</EndToEndId></PmtId><InstdAmt Ccy=\"EUR\">'"
                    + " || r.amount || '</InstdAmt><DrctDbtTx><MndtRltdInf><MndtId>' || p.mandate_reference || '</MndtId>"
                    + "<DtOfSgntr>' || p.mandate_signed_on || '</DtOfSgntr></MndtRltdInf></DrctDbtTx><Dbtr><Nm>' || "
                    + "p.debit_holder || '</Nm></Dbtr><DbtrAcct><Id><IBAN>' || p.debit_iban || '</IBAN></Id></DbtrAcct>"
                    + "<RmtInf><Ustrd>' || r.reference || ' Rate ' || r.number || '/' || p.instalments || '</Ustrd>"
                    + "</RmtInf></DrctDbtTxInf>', '' order by r.plan_id, r.number) || '</PmtInf></CstmrDrctDbtInitn>"
                    + "</Document>', now(), 'baseline' " + due).param("id", id).update();
            jdbc.sql("update case_plan_rate set debit_file_id = :id where (plan_id, number) in (select r.plan_id, "
                    + "r.number " + due + ")").param("id", id).update();
        });
    }

    /** Undoes the baseline's changes, so the application starts from the same data. */
    private void reset() throws Exception {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("update case_plan p set misses = misses - (select count(*) from case_plan_rate r where "
                    + "r.plan_id = p.id and r.missed_on = '" + AS_OF + "'), status = 'ACTIVE', ended_on = null "
                    + "where p.id in (select plan_id from case_plan_rate where missed_on = '" + AS_OF + "')").update();
            jdbc.sql("update case_plan_rate set status = 'OPEN', missed_on = null where missed_on = '" + AS_OF + "'")
                    .update();
            jdbc.sql("update case_plan_rate set debit_file_id = null where debit_file_id is not null").update();
            jdbc.sql("update collection_case set status = 'AGREEMENT', priority = -50, "
                    + "priority_reasons = 'WAITING_FOR_PLAN:-50' where status = 'OPEN'").update();
            jdbc.sql("delete from dispatch").update();
            jdbc.sql("delete from case_letter").update();
            jdbc.sql("delete from case_activity").update();
            jdbc.sql("delete from direct_debit_file").update();
        });
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("vacuum analyze collection_case, case_plan, case_plan_rate, case_letter, dispatch, "
                    + "case_activity, direct_debit_file");
        }
    }
}
