package de.kulant.payments.internal;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** Time spent per phase of statement imports, as metric {@code kulant.payments.import} with tag {@code phase}. */
@Component
class ImportTimer {

    private final MeterRegistry meters;

    ImportTimer(MeterRegistry meters) {
        this.meters = meters;
    }

    <T> T timed(String phase, Supplier<T> work) {
        return meters.timer("kulant.payments.import", "phase", phase).record(work);
    }

    void timed(String phase, Runnable work) {
        meters.timer("kulant.payments.import", "phase", phase).record(work);
    }
}
