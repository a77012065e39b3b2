package com.cartwise.application.jobs.start;

import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobId;
import com.cartwise.application.jobs.JobKind;
import com.cartwise.application.jobs.JobRequest;
import com.cartwise.application.jobs.JobSignals;
import com.cartwise.application.jobs.JobState;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.cartwise.application.fakes.InMemoryJobs;
import com.cartwise.application.port.Jobs;
import com.cartwise.domain.shop.ShopId;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the jobs tell this instance's waiters as they are queued and cancelled. */
class AnnouncedJobsTest {
    private static final JobRequest TRAIN = () -> JobKind.TRAINING;
    private static final Instant NOW = Instant.parse("2026-11-29T11:00:00Z");

    private final InMemoryJobs stored = new InMemoryJobs();
    private final JobSignals signals = new JobSignals();
    private final Jobs jobs = new AnnouncedJobs(stored, signals);
    private final ShopId shop = ShopId.of("bakery");

    private Job training() {
        return Job.queued(shop, JobId.random(), TRAIN, NOW);
    }

    @Test
    void aQueuedJobIsAnnouncedOnceAndKept() {
        Job job = training();

        assertInstanceOf(Jobs.Enqueued.Accepted.class, jobs.enqueue(job));

        assertEquals(1, signals.queued().rings());
        assertEquals(0, signals.ended().rings());
        assertEquals(JobState.QUEUED, stored.find(shop, job.id()).orElseThrow().state());
    }

    @Test
    void aJobRefusedForABusyShopIsNotAnnounced() {
        jobs.enqueue(training());

        assertInstanceOf(Jobs.Enqueued.ShopBusy.class, jobs.enqueue(training()));

        assertEquals(1, signals.queued().rings());
    }

    @Test
    void aQueuedJobCancelledEndsAtOnceAndIsAnnouncedAsEnded() {
        Job job = training();
        jobs.enqueue(job);

        assertEquals(JobState.CANCELLED, jobs.requestCancel(shop, job.id(), NOW).orElseThrow().state());

        assertEquals(1, signals.ended().rings());
    }

    @Test
    void aRunningJobAskedToStopHasNotEndedYetSoNothingIsAnnounced() {
        Job job = training();
        jobs.enqueue(job);
        stored.claim("worker-1", Set.of(JobKind.TRAINING), Duration.ofSeconds(30), NOW);

        assertEquals(JobState.RUNNING, jobs.requestCancel(shop, job.id(), NOW).orElseThrow().state());

        assertEquals(0, signals.ended().rings());
    }
}
