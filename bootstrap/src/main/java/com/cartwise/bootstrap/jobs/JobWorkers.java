package com.cartwise.bootstrap.jobs;

import com.cartwise.application.jobs.JobSignals;
import com.cartwise.application.jobs.worker.JobWorker;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads that run this instance's share of the jobs: each takes the oldest waiting job from
 * the database, runs it, and looks again; when none waits it looks again as soon as this instance
 * queues a job ({@link JobSignals#queued()}), or after the poll interval for jobs queued elsewhere.
 * A reaper ends jobs whose worker (on any instance) stopped renewing its lease.
 */
@Context
public final class JobWorkers {
    private static final Logger LOG = LoggerFactory.getLogger(JobWorkers.class);

    private final JobWorker worker;
    private final JobSignals.Signal queued;
    private final Duration pollInterval;
    private final List<Thread> threads = new ArrayList<>();
    private final ScheduledExecutorService reaper;
    private volatile boolean running = true;

    public JobWorkers(JobWorker worker, JobSignals signals, @Value("${cartwise.jobs.workers}") int workers,
                      @Value("${cartwise.jobs.poll-interval}") Duration pollInterval) {
        this.worker = worker;
        this.queued = signals.queued();
        this.pollInterval = pollInterval;
        for (int i = 1; i <= workers; i++) {
            threads.add(Thread.ofPlatform().name("cartwise-job-worker-" + i).daemon().start(this::work));
        }
        this.reaper = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("cartwise-job-reaper").daemon().factory());
        long period = Math.max(1000, worker.settings().lease().toMillis() / 2);
        reaper.scheduleWithFixedDelay(this::reap, 0, period, TimeUnit.MILLISECONDS);
    }

    private void work() {
        while (running) {
            try {
                long seen = queued.rings();
                if (!worker.runNext()) {
                    queued.awaitAfter(seen, pollInterval);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The database may be briefly unreachable: keep the worker alive and try again shortly.
                LOG.warn("job worker could not take a job: {}", e.getMessage());
                sleepQuietly();
            }
        }
    }

    private void reap() {
        try {
            worker.reapLostJobs().forEach(job -> LOG.warn("job {} ({}, shop {}) lost its worker: {}", job.id(),
                    job.kind().wireName(), job.shop(), job.state().wireName()));
        } catch (RuntimeException e) {
            LOG.warn("could not look for jobs that lost their worker: {}", e.getMessage());
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(Math.max(1000, pollInterval.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Worker threads started by this instance. */
    public int startedWorkers() {
        return threads.size();
    }

    /** Worker threads still running (each survives its jobs' errors; only a stop or a fatal error ends one). */
    public int aliveWorkers() {
        return (int) threads.stream().filter(Thread::isAlive).count();
    }

    /** Stops taking jobs. A job still running is left to its lease: another instance, or this one after a restart, ends it. */
    @PreDestroy
    void stop() {
        running = false;
        reaper.shutdownNow();
        threads.forEach(Thread::interrupt);
    }
}
