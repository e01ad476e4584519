package de.kulant.claims;

import de.kulant.support.OnH2;

/** The ingest run on the embedded H2 database (in memory), for comparison; there is no COPY baseline on H2. */
@OnH2
class IngestOnH2Benchmark extends IngestBenchmark {

    @Override
    boolean postgres() {
        return false;
    }
}
