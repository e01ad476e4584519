package de.kulant.law;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.BenchmarkReport;
import de.kulant.platform.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Issue 3: default interest for 1,000,000 claims over one year, each with a partial payment, on one core.
 * Floor: 1,000,000 claims per second per core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class InterestBenchmark {

    static final int CLAIMS = 1_000_000;

    private final DefaultInterest interest = new DefaultInterest(BaseRateTable.published());
    private Money[] principals;
    private LocalDate[] from;
    private LocalDate[] to;
    private List<PrincipalChange>[] payments;
    private DebtorKind[] kinds;

    @Setup(Level.Trial)
    @SuppressWarnings("unchecked")
    public void generate() {
        Random random = new Random(7);
        principals = new Money[CLAIMS];
        from = new LocalDate[CLAIMS];
        to = new LocalDate[CLAIMS];
        payments = new List[CLAIMS];
        kinds = new DebtorKind[CLAIMS];
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < CLAIMS; i++) {
            long cents = 1_000 + random.nextInt(500_000);
            principals[i] = Money.eurCents(cents);
            from[i] = start.plusDays(random.nextInt(365));
            to[i] = from[i].plusDays(364);
            payments[i] = List.of(PrincipalChange.reduction(from[i].plusDays(1 + random.nextInt(360)),
                    Money.eurCents(1 + random.nextInt((int) (cents - 1)))));
            kinds[i] = random.nextInt(10) == 0 ? DebtorKind.BUSINESS : DebtorKind.CONSUMER;
        }
    }

    @Benchmark
    @OperationsPerInvocation(CLAIMS)
    public void oneMillionClaimsWithAPartialPayment(Blackhole sink) {
        for (int i = 0; i < CLAIMS; i++) {
            sink.consume(interest.calculate(principals[i], kinds[i], from[i], to[i], payments[i], null).amount());
        }
    }

    @Test
    void runsOnOneCoreAboveTheFloor() throws Exception {
        RunResult result = new Runner(new OptionsBuilder()
                .include(InterestBenchmark.class.getName() + ".oneMillionClaimsWithAPartialPayment")
                .forks(1).threads(1).warmupIterations(3).warmupTime(TimeValue.seconds(3))
                .measurementIterations(5).measurementTime(TimeValue.seconds(4))
                .jvmArgs("-Xmx512m").build()).runSingle();
        double perSecond = result.getPrimaryResult().getScore();
        double error = result.getPrimaryResult().getScoreError();
        BenchmarkReport.write("interest", String.format(
                "default interest, 1,000,000 claims x 1 year with one partial payment, 1 thread, -Xmx512m%n"
                        + "throughput: %,.0f claims/s (±%,.0f, 99.9%% CI, 5 x 4 s after 3 x 3 s warm-up)%n"
                        + "floor 1,000,000 claims/s/core: %.2fx the floor", perSecond, error, perSecond / 1_000_000));
        assertThat(perSecond).isGreaterThan(1_000_000);
    }
}
