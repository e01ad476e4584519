package de.kulant.dunning;

import de.kulant.BenchmarkReport;

/**
 * Issue 18's proof at full size: {@link RunsAcrossInstancesTest} with 200,000 due claims (100,000 debtors), the
 * instance that started the run killed with {@code kill -9} 30 % into it. Writes the times to
 * {@code target/bench/runs-across-instances.txt}; no floor (the point is that nothing is lost or doubled).
 */
class RunsAcrossInstancesBenchmark extends RunsAcrossInstancesTest {

    @Override
    protected int debtors() {
        return 100_000;
    }

    @Override
    protected void report(String figures) {
        BenchmarkReport.write("runs-across-instances", figures);
    }
}
