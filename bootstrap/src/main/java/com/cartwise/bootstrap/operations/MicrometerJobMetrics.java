package com.cartwise.bootstrap.operations;

import com.cartwise.application.jobs.JobCounts;
import com.cartwise.application.jobs.JobKind;
import com.cartwise.application.jobs.JobState;
import com.cartwise.application.port.JobMetrics;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Job durations by kind and phase, job outcomes, and the rows each job read (import throughput),
 * as Micrometer meters. Jobs last seconds to hours, so their timers have fixed buckets from a
 * second to an hour rather than Micrometer's default request-sized histogram.
 */
@Singleton
final class MicrometerJobMetrics implements JobMetrics {
    private static final Duration[] JOB_BUCKETS = {Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(15),
            Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(30),
            Duration.ofHours(1)};

    private final MeterRegistry registry;

    MicrometerJobMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void phaseEnded(JobKind kind, String phase, Duration took) {
        Timer.builder("cartwise.job.phase").description("How long each phase of a job took")
                .tag("kind", kind.wireName()).tag("phase", phase)
                .serviceLevelObjectives(JOB_BUCKETS).register(registry).record(took);
    }

    @Override
    public void jobEnded(JobKind kind, JobState state, Duration took, JobCounts counts) {
        Timer.builder("cartwise.job").description("How long a job took from claim to end, by how it ended")
                .tag("kind", kind.wireName()).tag("state", state.wireName())
                .serviceLevelObjectives(JOB_BUCKETS).register(registry).record(took);
        if (counts.read() > 0) {
            DistributionSummary.builder("cartwise.import.rows").description("Rows a job read (a file, a sync or a webhook batch)")
                    .baseUnit("rows").tag("kind", kind.wireName()).tag("state", state.wireName())
                    .register(registry).record(counts.read());
            double seconds = Math.max(took.toNanos(), 1) / 1e9;
            DistributionSummary.builder("cartwise.import.throughput").description("Rows a job read per second of its run")
                    .baseUnit("rows_per_second").tag("kind", kind.wireName())
                    .register(registry).record(counts.read() / seconds);
        }
    }
}
