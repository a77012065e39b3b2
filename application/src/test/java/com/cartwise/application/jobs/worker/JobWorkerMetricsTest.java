package com.cartwise.application.jobs.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.fakes.InMemoryJobs;
import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobContext;
import com.cartwise.application.jobs.JobCounts;
import com.cartwise.application.jobs.JobFailure;
import com.cartwise.application.jobs.JobHandler;
import com.cartwise.application.jobs.JobId;
import com.cartwise.application.jobs.JobKind;
import com.cartwise.application.jobs.JobOutcome;
import com.cartwise.application.jobs.JobReport;
import com.cartwise.application.jobs.JobRequest;
import com.cartwise.application.jobs.JobSignals;
import com.cartwise.application.jobs.JobState;
import com.cartwise.application.port.JobMetrics;
import com.cartwise.domain.shop.ShopId;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What a worker tells its metrics: each phase's duration when the next begins, and the job's end. */
@Timeout(10)
class JobWorkerMetricsTest {
    private static final JobRequest IMPORT = () -> JobKind.IMPORT;
    private static final JobReport IMPORTED = () -> JobKind.IMPORT;

    private final InMemoryJobs jobs = new InMemoryJobs();
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor();
    private final Recorded recorded = new Recorded();

    @AfterEach
    void stopHeartbeats() {
        heartbeats.shutdownNow();
    }

    @Test
    void eachPhaseIsTimedWhenTheNextBeginsAndTheLastWhenTheJobEnds() {
        jobs.enqueue(Job.queued(ShopId.of("bakery"), JobId.random(), IMPORT, Clock.systemUTC().instant()));

        worker((job, context) -> {
            context.progress("reading", 10, "Reading", JobCounts.NONE);
            context.progress("reading", 40, "Reading", JobCounts.NONE);
            pause(30);
            context.progress("merging", 80, "Merging", JobCounts.NONE);
            return new JobOutcome.Succeeded(IMPORTED, "Imported 1,200 rows", new JobCounts(1250, 1200, 50));
        }).runNext();

        assertEquals(List.of("import/starting", "import/reading", "import/merging"), recorded.phases);
        assertTrue(recorded.phaseDurations.get(1).toMillis() >= 30, "reading took the pause: " + recorded.phaseDurations);
        assertEquals(List.of("import/succeeded/1250"), recorded.ends);
        assertTrue(recorded.jobDuration.compareTo(recorded.phaseDurations.get(1)) >= 0);
    }

    @Test
    void aFailedJobIsReportedAsFailed() {
        jobs.enqueue(Job.queued(ShopId.of("bakery"), JobId.random(), IMPORT, Clock.systemUTC().instant()));

        worker((job, context) -> new JobOutcome.Failed(JobFailure.of(JobFailure.NOTHING_TO_LEARN, "no orders"), JobCounts.NONE))
                .runNext();

        assertEquals(List.of("import/failed/0"), recorded.ends);
    }

    private JobWorker worker(BiFunction<Job, JobContext, JobOutcome> work) {
        JobHandler handler = new JobHandler() {
            @Override
            public JobKind kind() {
                return JobKind.IMPORT;
            }

            @Override
            public JobOutcome run(Job job, JobContext context) {
                return work.apply(job, context);
            }
        };
        WorkerSettings settings = new WorkerSettings("worker-1", Duration.ofSeconds(30), Duration.ofMillis(20), Duration.ZERO);
        return new JobWorker(jobs, List.of(handler), settings, heartbeats, Clock.systemUTC(), recorded, new JobSignals());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Recorded implements JobMetrics {
        final List<String> phases = new ArrayList<>();
        final List<Duration> phaseDurations = new ArrayList<>();
        final List<String> ends = new ArrayList<>();
        Duration jobDuration;

        @Override
        public void phaseEnded(JobKind kind, String phase, Duration took) {
            phases.add(kind.wireName() + "/" + phase);
            phaseDurations.add(took);
        }

        @Override
        public void jobEnded(JobKind kind, JobState state, Duration took, JobCounts counts) {
            ends.add(kind.wireName() + "/" + state.wireName() + "/" + counts.read());
            jobDuration = took;
        }
    }
}
