package de.kulant.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real statement under the shared sample folder reads without error, and each statement in it agrees
 * with its own control data: the declared number and net sum of entries, and opening plus entries = closing.
 */
class StatementCorpusTest {

    static final Path SAMPLES = Path.of("..", "shared", "data");

    /** A sample cut down to one entry by its author while keeping the full statement's summary. */
    static final List<String> EXCERPTS = List.of("viafintech_camt053.001.10_datetime.xml");

    /** Sample files written by hand for parser tests whose balances do not add up; the gap is the file's own. */
    static final Map<String, BigDecimal> KNOWN_BALANCE_GAPS = Map.of(
            "hbci4java_camt052.001.02_ruecklastschrift.xml", new BigDecimal("53.00"),
            "genkgo_camt053.001.02_five_decimals.xml", new BigDecimal("0.05"),
            "genkgo_camt053.001.08.xml", new BigDecimal("-54.00"),
            "viafintech_camt053.001.08_RF_creditor_ref.xml", new BigDecimal("1251.02"));

    static Stream<Path> samples() throws IOException {
        if (!Files.isDirectory(SAMPLES)) {
            return Stream.of(Path.of("(sample folder absent)"));
        }
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("camt052", "camt053", "camt054", "mt940")) {
            try (Stream<Path> list = Files.list(SAMPLES.resolve(folder))) {
                list.sorted().forEach(files::add);
            }
        }
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySampleReadsAndAgreesWithItsOwnControlSums(Path file) throws IOException {
        assumeTrue(Files.isRegularFile(file), "the shared sample folder is absent (a fresh clone)");
        StatementReadersTest.Read read;
        try (InputStream in = Files.newInputStream(file)) {
            read = StatementReadersTest.read(in);
        }
        List<BankEntry> entries = read.entries();
        List<StatementTotals> statements = read.totals();
        assertThat(entries).as("entries").isNotEmpty();
        assertThat(statements.stream().mapToInt(StatementTotals::countedEntries).sum()).isEqualTo(entries.size());
        for (StatementTotals s : statements) {
            boolean excerpt = EXCERPTS.contains(file.getFileName().toString());
            if (s.declaredEntries() != null) {
                assertThat(s.countedEntries() == s.declaredEntries()).as("entries of statement " + s.statementId()
                        + ": declared " + s.declaredEntries() + ", counted " + s.countedEntries()).isNotEqualTo(excerpt);
            }
            if (s.declaredNet() != null && !excerpt) {
                assertThat(s.countedNet()).as("net sum of statement " + s.statementId()).isEqualByComparingTo(s.declaredNet());
            }
            if (s.opening() != null && s.closing() != null) {
                BigDecimal gap = s.closing().subtract(s.opening().add(s.countedNet()));
                assertThat(gap).as("closing minus (opening + entries) of statement " + s.statementId())
                        .isEqualByComparingTo(KNOWN_BALANCE_GAPS.getOrDefault(file.getFileName().toString(), BigDecimal.ZERO));
            }
        }
        for (BankEntry e : entries) {
            assertThat(e.amount()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            assertThat(e.transactions()).isNotEmpty();
        }
    }
}
