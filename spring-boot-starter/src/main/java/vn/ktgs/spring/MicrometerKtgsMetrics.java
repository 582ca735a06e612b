package vn.ktgs.spring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Objects;

/** {@link KtgsMetrics} as Micrometer timers in the application's {@link MeterRegistry}. */
public final class MicrometerKtgsMetrics implements KtgsMetrics {

    private final MeterRegistry registry;

    public MicrometerKtgsMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void imported(String outcome, Duration time) {
        Timer.builder(IMPORT).description("KTGS dataset imports").tag("outcome", outcome)
                .register(registry).record(time);
    }

    @Override
    public void scored(String operation, int status, Duration time) {
        Timer.builder(SCORING).description("KTGS scoring requests (the committee's year loaded and scored)")
                .tag("operation", operation).tag("status", Integer.toString(status))
                .register(registry).record(time);
    }
}
