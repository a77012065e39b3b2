package com.cartwise.application.jobs.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.fakes.InMemoryJobs;
import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobContext;
import com.cartwise.application.jobs.JobCounts;
import com.cartwise.application.jobs.JobEvent;
import com.cartwise.application.jobs.JobFailure;
import com.cartwise.application.jobs.JobHandler;
import com.cartwise.application.jobs.JobId;
import com.cartwise.application.jobs.JobKind;
import com.cartwise.application.jobs.JobOutcome;
import com.cartwise.application.jobs.JobReport;
import com.cartwise.application.jobs.JobRequest;
import com.cartwise.application.jobs.JobSignals;
import com.cartwise.application.jobs.JobState;
import com.cartwise.application.jobs.tracking.CancelJob;
import com.cartwise.application.port.JobMetrics;
import com.cartwise.domain.shop.ShopId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** How a worker runs a job from claim to end, whatever the job does. */
@Timeout(10)
class JobWorkerTest {
    private static final JobRequest TRAIN = () -> JobKind.TRAINING;
    private static final JobReport TRAINED = () -> JobKind.TRAINING;

    private final InMemoryJobs jobs = new InMemoryJobs();
    private final ShopId shop = ShopId.of("bakery");
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor();
    private final Clock clock = Clock.systemUTC();
    private final WorkerSettings settings = new WorkerSettings("worker-1", Duration.ofSeconds(30), Duration.ofMillis(20),
            Duration.ZERO);
    private final JobSignals signals = new JobSignals();

    @AfterEach
    void stopHeartbeats() {
        heartbeats.shutdownNow();
    }

    private Job queued() {
        Job job = Job.queued(shop, JobId.random(), TRAIN, clock.instant());
        jobs.enqueue(job);
        return job;
    }

    private JobWorker worker(BiFunction<Job, JobContext, JobOutcome> work) {
        return worker(work, new AtomicBoolean());
    }

    private JobWorker worker(BiFunction<Job, JobContext, JobOutcome> work, AtomicBoolean abandoned) {
        JobHandler handler = new JobHandler() {
            @Override
            public JobKind kind() {
                return JobKind.TRAINING;
            }

            @Override
            public void abandoned(Job job) {
                abandoned.set(true);
            }

            @Override
            public JobOutcome run(Job job, JobContext context) {
                return work.apply(job, context);
            }
        };
        return new JobWorker(jobs, List.of(handler), settings, heartbeats, clock, JobMetrics.NONE, signals);
    }

    private Job stored(Job job) {
        return jobs.find(shop, job.id()).orElseThrow();
    }

    private static JobOutcome succeeded() {
        return new JobOutcome.Succeeded(TRAINED, "Trained on 9,465 orders", new JobCounts(9465, 9465, 0));
    }

    @Test
    void aJobThatSucceedsEndsAtOneHundredPercentWithItsReport() {
        Job job = queued();

        assertTrue(worker((j, context) -> succeeded()).runNext());

        Job ended = stored(job);
        assertEquals(JobState.SUCCEEDED, ended.state());
        assertEquals(100, ended.progress().percent());
        assertEquals("Trained on 9,465 orders", ended.progress().message());
        assertEquals(TRAINED, ended.report().orElseThrow());
    }

    @Test
    void aJobsEndIsAnnouncedOnceItIsRecorded() throws InterruptedException {
        Job job = queued();
        JobState[] recordedWhenAnnounced = new JobState[1];
        // a waiter woken by the news looks the job up: it must find it ended
        Thread waiter = Thread.ofPlatform().daemon().start(() -> {
            try {
                if (signals.ended().awaitAfter(0, Duration.ofSeconds(5))) {
                    recordedWhenAnnounced[0] = stored(job).state();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        worker((j, context) -> succeeded()).runNext();
        waiter.join(5_000);

        assertEquals(1, signals.ended().rings());
        assertEquals(JobState.SUCCEEDED, recordedWhenAnnounced[0]);
    }

    @Test
    void noWaitingJobMeansNothingRuns() {
        assertFalse(worker((j, context) -> succeeded()).runNext());
    }

    @Test
    void anExpectedFailureKeepsItsCodeAndTheProgressReached() {
        Job job = queued();
        JobFailure nothing = JobFailure.of(JobFailure.NOTHING_TO_LEARN, "The shop has no orders with two or more items");

        worker((j, context) -> {
            context.progress("reading", 40, "Reading orders", JobCounts.NONE);
            return new JobOutcome.Failed(nothing, JobCounts.NONE);
        }).runNext();

        Job ended = stored(job);
        assertEquals(JobState.FAILED, ended.state());
        assertEquals(nothing, ended.failure().orElseThrow());
        assertEquals(40, ended.progress().percent());
    }

    @Test
    void anUnexpectedErrorFailsTheJobAsInternalWithoutItsDetails() {
        Job job = queued();

        worker((j, context) -> {
            throw new IllegalStateException("connection to 10.0.0.7:5432 refused");
        }).runNext();

        JobFailure failure = stored(job).failure().orElseThrow();
        assertEquals(JobFailure.INTERNAL, failure.code());
        assertTrue(failure.detail().contains(job.id().toString()), failure.detail());
        assertFalse(failure.detail().contains("10.0.0.7"), failure.detail());
    }

    @Test
    void reportedProgressNeverGoesBack() {
        Job job = queued();

        worker((j, context) -> {
            context.progress("reading", 50, "Half read", JobCounts.NONE);
            context.progress("loading", 30, "Loading", JobCounts.NONE);
            return succeeded();
        }).runNext();

        List<JobEvent> events = jobs.events(shop, job.id(), 0, 100);
        assertTrue(events.stream().anyMatch(e -> e.progress().phase().equals("loading") && e.progress().percent() == 50), events.toString());
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i).progress().percent() >= events.get(i - 1).progress().percent(), events.toString());
        }
    }

    @Test
    void aCancelRequestedWhileRunningStopsTheJobAtItsNextCheck() throws InterruptedException {
        Job job = queued();
        CountDownLatch working = new CountDownLatch(1);
        Thread run = Thread.ofPlatform().start(() -> worker((j, context) -> {
            working.countDown();
            while (true) {
                context.checkCancelled();
                Thread.onSpinWait();
            }
        }).runNext());
        working.await();

        assertInstanceOf(CancelJob.Result.CancelRequested.class, new CancelJob(jobs, clock).execute(shop, job.id()));
        run.join(5_000);

        assertEquals(JobState.CANCELLED, stored(job).state());
    }

    @Test
    void aCancelThatComesBeforeTheCommitPointKeepsTheResultsUnwritten() {
        Job job = queued();
        AtomicBoolean wrote = new AtomicBoolean();

        worker((j, context) -> {
            new CancelJob(jobs, clock).execute(shop, j.id());
            context.enterCommit();
            wrote.set(true);
            return succeeded();
        }).runNext();

        assertFalse(wrote.get());
        assertEquals(JobState.CANCELLED, stored(job).state());
    }

    @Test
    void aCancelThatComesAfterTheCommitPointIsRefusedAsTooLateAndTheJobSucceeds() {
        Job job = queued();
        CancelJob cancel = new CancelJob(jobs, clock);
        CancelJob.Result[] answer = new CancelJob.Result[1];

        worker((j, context) -> {
            context.enterCommit();
            answer[0] = cancel.execute(shop, j.id());
            context.checkCancelled();
            return succeeded();
        }).runNext();

        assertInstanceOf(CancelJob.Result.TooLate.class, answer[0]);
        assertEquals(JobState.SUCCEEDED, stored(job).state());
    }

    @Test
    void aWorkerThatLostItsJobWritesNothingMore() {
        Job job = queued();

        worker((j, context) -> {
            jobs.reapExpired(Set.of(), clock.instant().plus(Duration.ofMinutes(1)));
            context.progress("merging", 90, "Merging", JobCounts.NONE);
            return succeeded();
        }).runNext();

        Job ended = stored(job);
        assertEquals(JobState.FAILED, ended.state());
        assertEquals(JobFailure.WORKER_LOST, ended.failure().orElseThrow().code());
    }

    @Test
    void aLostJobThatCannotResumeIsReleasedByItsHandler() throws InterruptedException {
        queued();
        AtomicBoolean abandoned = new AtomicBoolean();
        JobWorker worker = worker((j, context) -> succeeded(), abandoned);
        jobs.claim("a-worker-that-dies", Set.of(JobKind.TRAINING), Duration.ofMillis(1), clock.instant());
        TimeUnit.MILLISECONDS.sleep(5);

        List<Job> reaped = worker.reapLostJobs();

        assertEquals(1, reaped.size());
        assertTrue(abandoned.get());
    }
}
