package com.cartwise.bootstrap.jobs;

import com.cartwise.application.jobs.JobSignals;
import com.cartwise.application.jobs.worker.JobWorker;
import com.cartwise.bootstrap.settings.StartSettings;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads that run this instance's share of the jobs: each takes the oldest waiting job from
 * the database, runs it, and looks again; when none waits it looks again as soon as this instance
 * queues a job ({@link JobSignals#queued()}), or after the poll interval for jobs queued elsewhere.
 * A reaper ends jobs whose worker (on any instance) stopped renewing its lease. They start once the
 * context has started: a start refused by a later bean (a setting) leaves no worker polling a
 * database that is being stopped.
 */
@Context
public final class JobWorkers implements ApplicationEventListener<StartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(JobWorkers.class);

    private final JobWorker worker;
    private final JobSignals.Signal queued;
    private final Duration pollInterval;
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService reaper;
    private final int workers;
    private volatile boolean running = true;

    public JobWorkers(JobWorker worker, JobSignals signals, @Value("${cartwise.jobs.workers}") int workers,
                      @Value("${cartwise.jobs.poll-interval}") Duration pollInterval) {
        if (workers < 0) {
            throw new IllegalArgumentException("cartwise.jobs.workers must be 0 (this instance runs no jobs) or more, but was " + workers);
        }
        // zero would have idle workers ask the database for jobs without pause
        StartSettings.positive("cartwise.jobs.poll-interval", pollInterval);
        this.worker = worker;
        this.queued = signals.queued();
        this.pollInterval = pollInterval;
        this.workers = workers;
        this.reaper = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("cartwise-job-reaper").daemon().factory());
    }

    @Override
    public synchronized void onApplicationEvent(StartupEvent event) {
        if (!running || !threads.isEmpty()) {
            return;
        }
        for (int i = 1; i <= workers; i++) {
            threads.add(Thread.ofPlatform().name("cartwise-job-worker-" + i).daemon().start(this::work));
        }
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
    synchronized void stop() {
        running = false;
        reaper.shutdownNow();
        threads.forEach(Thread::interrupt);
    }
}
