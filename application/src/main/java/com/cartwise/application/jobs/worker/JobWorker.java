package com.cartwise.application.jobs.worker;

import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobFailure;
import com.cartwise.application.jobs.JobHandler;
import com.cartwise.application.jobs.JobKind;
import com.cartwise.application.jobs.JobOutcome;
import com.cartwise.application.jobs.JobProgress;
import com.cartwise.application.jobs.JobSignals;
import com.cartwise.application.jobs.JobState;
import com.cartwise.application.jobs.JobStopped;
import com.cartwise.application.port.JobMetrics;
import com.cartwise.application.port.JobQueue;
import com.cartwise.application.port.JobQueue.Ending;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Takes jobs from the queue and runs them through their kind's handler: claims one, renews its
 * lease on a heartbeat while the handler works, and records how it ended. The threads that call
 * {@link #runNext()} and {@link #reapLostJobs()} belong to whoever hosts the worker (bootstrap).
 */
public final class JobWorker {
    private static final System.Logger LOG = System.getLogger(JobWorker.class.getName());

    private final JobQueue queue;
    private final Map<JobKind, JobHandler> handlers = new EnumMap<>(JobKind.class);
    private final WorkerSettings settings;
    private final ScheduledExecutorService heartbeats;
    private final Clock clock;
    private final JobMetrics metrics;
    private final JobSignals signals;

    public JobWorker(JobQueue queue, List<JobHandler> handlers, WorkerSettings settings,
                     ScheduledExecutorService heartbeats, Clock clock) {
        this(queue, handlers, settings, heartbeats, clock, JobMetrics.NONE, new JobSignals());
    }

    /**
     * @param metrics told how long each phase and each job this worker runs took
     * @param signals rung ({@link JobSignals#ended()}) as each job this worker ran, or found lost, is recorded as ended
     */
    public JobWorker(JobQueue queue, List<JobHandler> handlers, WorkerSettings settings,
                     ScheduledExecutorService heartbeats, Clock clock, JobMetrics metrics, JobSignals signals) {
        this.queue = queue;
        for (JobHandler handler : handlers) {
            if (this.handlers.put(handler.kind(), handler) != null) {
                throw new IllegalArgumentException("two handlers for " + handler.kind().wireName() + " jobs");
            }
        }
        this.settings = settings;
        this.heartbeats = heartbeats;
        this.clock = clock;
        this.metrics = metrics;
        this.signals = signals;
    }

    public WorkerSettings settings() {
        return settings;
    }

    /** Claims the oldest waiting job this worker can run and runs it to its end; false when none was waiting. */
    public boolean runNext() {
        Optional<Job> claimed = queue.claim(settings.owner(), handlers.keySet(), settings.lease(), clock.instant());
        if (claimed.isEmpty()) {
            return false;
        }
        run(claimed.get());
        return true;
    }

    /** Ends or requeues jobs whose worker stopped renewing its lease (it crashed, or its instance was killed). */
    public List<Job> reapLostJobs() {
        Set<JobKind> resumable = handlers.values().stream().filter(JobHandler::resumable).map(JobHandler::kind)
                .collect(Collectors.toSet());
        List<Job> reaped = queue.reapExpired(resumable, clock.instant());
        reaped.stream().filter(job -> job.state() == JobState.FAILED).forEach(job -> handlers.get(job.kind()).abandoned(job));
        if (reaped.stream().anyMatch(job -> job.state().finished())) {
            signals.ended().ring();
        }
        return reaped;
    }

    private void run(Job job) {
        RunningJob running = new RunningJob(job, queue, settings, clock, metrics);
        long period = settings.heartbeat().toMillis();
        ScheduledFuture<?> heartbeat = heartbeats.scheduleAtFixedRate(() -> renewQuietly(running), period, period,
                TimeUnit.MILLISECONDS);
        Optional<Ending> ending;
        try {
            ending = Optional.of(ending(handlers.get(job.kind()).run(job, running), running));
        } catch (JobStopped stopped) {
            ending = stopped.byMerchant()
                    ? Optional.of(new Ending(JobState.CANCELLED, stoppedAt(running, "Cancelled at the merchant's request"),
                            Optional.empty(), Optional.empty()))
                    : Optional.empty();
        } catch (RuntimeException | Error e) {
            LOG.log(Level.ERROR, "job " + job.id() + " (" + job.kind().wireName() + ", shop " + job.shop() + ") failed", e);
            JobFailure failure = JobFailure.of(JobFailure.INTERNAL, "The job stopped on an unexpected error; the operator's"
                    + " log has the details under job " + job.id() + ". Nothing of it was kept.");
            ending = Optional.of(new Ending(JobState.FAILED, stoppedAt(running, failure.detail()), Optional.empty(),
                    Optional.of(failure)));
        } finally {
            heartbeat.cancel(false);
        }
        // A worker that lost its lease writes nothing: the job belongs to whoever took it over.
        ending.ifPresent(end -> {
            queue.finish(job.shop(), job.id(), settings.owner(), end, clock.instant());
            signals.ended().ring();
            running.ended(end.state(), end.progress().counts());
        });
    }

    private static Ending ending(JobOutcome outcome, RunningJob running) {
        return switch (outcome) {
            case JobOutcome.Succeeded done -> new Ending(JobState.SUCCEEDED,
                    new JobProgress("done", 100, done.message(), done.counts(), OptionalLong.of(0), running.lastProgress().tallies()),
                    Optional.of(done.report()), Optional.empty());
            case JobOutcome.Failed failed -> new Ending(JobState.FAILED,
                    new JobProgress("failed", running.lastProgress().percent(), failed.failure().detail(), failed.counts(),
                            OptionalLong.empty(), running.lastProgress().tallies()),
                    Optional.empty(), Optional.of(failed.failure()));
        };
    }

    private static JobProgress stoppedAt(RunningJob running, String message) {
        JobProgress last = running.lastProgress();
        return new JobProgress(last.phase(), last.percent(), message, last.counts(), OptionalLong.empty(), last.tallies());
    }

    private void renewQuietly(RunningJob running) {
        try {
            running.renew();
        } catch (RuntimeException e) {
            // A missed heartbeat is survivable (the lease outlasts several); the next one retries.
            LOG.log(Level.WARNING, "could not renew the lease of job " + running.job().id() + ": " + e.getMessage());
        }
    }
}
