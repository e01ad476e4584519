package de.kulant.platform;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.payments.BankFiles;
import de.kulant.payments.BankFiles.Entry;
import de.kulant.support.AppProcess;
import de.kulant.support.PostgresDatabase;
import de.kulant.support.TwoInstances;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 18, the proof for the letter dispatcher and the watched import folder: two Kulant processes on one PostgreSQL
 * database both send letters and both watch one import folder; the one holding letters, and the one importing a
 * statement, is killed with {@code kill -9}, and the other sends every letter exactly once and imports the statement
 * exactly once and whole.
 */
@ExtendWith(PostgresDatabase.class)
class DispatchAndImportAcrossInstancesTest {

    private static final int LETTERS = 600;
    private static final int PAYMENTS = 10_000;
    private static final int BATCH = 40;

    private static Path importFolder;
    private static TwoInstances instances;

    @BeforeAll
    static void twoInstancesSendingAndWatchingOneFolder() throws Exception {
        importFolder = Files.createTempDirectory("kulant-shared-import");
        instances = TwoInstances.start("dispatch", TwoInstances.settings(Map.of(
                "kulant.correspondence.dispatch-interval", "1s",
                "kulant.correspondence.batch-size", Integer.toString(BATCH),
                "kulant.payments.import-folder", importFolder.toString(),
                "kulant.payments.import-folder-interval", "1s")));
    }

    @AfterAll
    static void stop() throws Exception {
        if (instances != null) {
            instances.close();
        }
    }

    @BeforeEach
    void bothRunning() throws Exception {
        instances.restartTheKilled();
    }

    @Test
    void theSurvivorSendsTheLettersTheKilledInstanceHeldAndNoLetterTwice() throws Exception {
        instances.generate("D", 10, LETTERS);
        AppProcess killed = instances.first();
        String run = runDunning(killed);
        String killedId = instances.instanceOf(killed);
        TwoInstances.poll(Duration.ofMinutes(3), () -> instances.count("select count(*) from dispatch where run_id = "
                + "?::uuid and status = 'SENT'", run) >= LETTERS / 10 && instances.count("select count(*) from dispatch "
                + "where status = 'SENDING' and claimed_by = ?", killedId) > 0 ? Boolean.TRUE : null);
        killed.kill();

        TwoInstances.poll(Duration.ofMinutes(3), () -> instances.count("select count(*) from dispatch where run_id = "
                + "?::uuid and status in ('PENDING', 'SENDING')", run) == 0 ? Boolean.TRUE : null);
        assertThat(instances.count("select count(*) from dispatch where run_id = ?::uuid and status = 'SENT' "
                + "and channel = 'LETTER' and document_id is not null", run)).isEqualTo(LETTERS);
        assertThat(instances.count("select count(*) from (select combined_id from dispatch where run_id = ?::uuid "
                + "group by combined_id, channel having count(*) > 1) twice", run)).isZero();
        assertThat(instances.count("select count(*) from document where kind = 'LETTER' and combined_id in "
                + "(select combined_id from dispatch where run_id = ?::uuid)", run))
                .as("each letter's PDF archived once").isEqualTo(LETTERS);
        assertThat(instances.count("select count(*) from delivery_event e join dispatch d on d.id = e.dispatch_id "
                + "where d.run_id = ?::uuid and e.event = 'RELEASED'", run))
                .as("what the killed instance held (one batch at most) was queued again and sent by the survivor")
                .isBetween(1L, (long) BATCH);
    }

    @Test
    void theSurvivorImportsTheStatementTheKilledInstanceWasImportingOnceAndWhole() throws Exception {
        instances.generate("S", 1, PAYMENTS);
        String iban;
        try (Connection connection = instances.connect(); Statement query = connection.createStatement();
             ResultSet rs = query.executeQuery("select iban from creditor where name = 'S-Shop 1'")) {
            rs.next();
            iban = rs.getString(1);
        }
        Map<String, Long> references = new java.util.HashMap<>();
        try (Connection connection = instances.connect(); Statement query = connection.createStatement();
             ResultSet rs = query.executeQuery("select invoice_number, reference_number from claim "
                     + "where invoice_number like 'S-%-1'")) {
            while (rs.next()) {
                references.put(rs.getString(1), rs.getLong(2));
            }
        }
        String name = "statement-s.xml";
        writeStatement(iban, references, importFolder.resolve(name));

        AppProcess importing = TwoInstances.poll(Duration.ofMinutes(1), () -> Stream.of(instances.first(),
                instances.second()).filter(instance -> output(instance).contains("Importing " + name)).findFirst()
                .orElse(null));
        Thread.sleep(500);
        importing.kill();
        AppProcess survivor = importing == instances.first() ? instances.second() : instances.first();
        assertThat(instances.count("select count(*) from bank_statement where file_name = ?", name))
                .as("killed in the middle of the import").isZero();

        Path done = TwoInstances.poll(Duration.ofMinutes(3), () -> doneFile(name));
        assertThat(survivor.output()).contains("Importing " + name);
        assertThat(instances.count("select count(*) from bank_statement where file_name = ?", name)).isEqualTo(1);
        assertThat(instances.count("select entries from bank_statement where file_name = ?", name)).isEqualTo(PAYMENTS);
        assertThat(instances.count("select matched from bank_statement where file_name = ?", name)).isEqualTo(PAYMENTS);
        assertThat(instances.count("select count(*) from claim where invoice_number like ? and paid_total = 119.00 "
                + "and status = 'PAID'", "S-%-1")).as("each first claim paid once").isEqualTo(PAYMENTS);
        assertThat(instances.count("select count(*) from claim where invoice_number like ? and paid_total <> 0",
                "S-%-2")).as("no second claim paid").isZero();
        assertThat(instances.count("select count(*) from payment where creditor_id = (select id from creditor "
                + "where name = ?)", "S-Shop 1")).isEqualTo(PAYMENTS);
        assertThat(Files.exists(importFolder.resolve(name))).isFalse();
        assertThat(Files.exists(importFolder.resolve("failed"))).isFalse();
        assertThat(done.getFileName().toString()).endsWith(name);
    }

    private static String runDunning(AppProcess instance) throws Exception {
        String run = TwoInstances.startDunningRun(instance);
        assertThat(TwoInstances.awaitRunEnded(instance, run).at("/status")).isEqualTo("COMPLETED");
        return run;
    }

    /** One credit per consumer of the shop, paying the first of its two claims by its creditor reference. */
    private static void writeStatement(String iban, Map<String, Long> references, Path file) throws Exception {
        String document = BankFiles.camt053(iban, "KILL-1", List.of());
        int cut = document.indexOf("</Stmt>");
        Path partial = file.resolveSibling("." + file.getFileName() + ".part");
        String today = TwoInstances.today().toString();
        try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            out.write(document, 0, cut);
            for (int i = 1; i <= PAYMENTS; i++) {
                String invoice = "S-" + i + "-1";
                out.write(Entry.credit("119.00", today, "KILL-" + i).from("Kundin " + i, null).text("Rechnung " + invoice)
                        .rf(CreditorReference.of(references.get(invoice)).value()).xml());
                out.write('\n');
            }
            out.write(document, cut, document.length() - cut);
        }
        // written before the watchers look, and old enough to count as settled
        Files.setLastModifiedTime(partial, FileTime.from(Instant.now().minusSeconds(60)));
        Files.move(partial, file);
    }

    private static Path doneFile(String name) throws Exception {
        Path done = importFolder.resolve("done");
        if (!Files.isDirectory(done)) {
            return null;
        }
        try (Stream<Path> files = Files.list(done)) {
            List<Path> imported = files.filter(f -> f.getFileName().toString().endsWith(name)).toList();
            assertThat(imported).hasSizeLessThanOrEqualTo(1);
            return imported.isEmpty() ? null : imported.get(0);
        }
    }

    private static String output(AppProcess instance) {
        try {
            return instance.output();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
