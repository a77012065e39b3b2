package com.cartwise.application.jobs.worker;

import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobContext;
import com.cartwise.application.jobs.JobCounts;
import com.cartwise.application.jobs.JobProgress;
import com.cartwise.application.jobs.JobState;
import com.cartwise.application.jobs.JobStopped;
import com.cartwise.application.jobs.JobTally;
import com.cartwise.application.port.JobMetrics;
import com.cartwise.application.port.JobQueue;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The context of one claimed job: keeps progress monotonic, throttles its writes, renews the lease
 * on the heartbeat thread and turns a cancel request or a lost lease into {@link JobStopped} at
 * the handler's next check.
 */
final class RunningJob implements JobContext {
    private final Job job;
    private final JobQueue queue;
    private final WorkerSettings settings;
    private final Clock clock;
    private final JobMetrics metrics;
    private final long startedNanos = System.nanoTime();
    private long phaseStartedNanos = startedNanos;
    private volatile boolean cancelRequested;
    private volatile boolean leaseLost;
    private JobProgress last;
    private long lastWriteNanos;

    RunningJob(Job job, JobQueue queue, WorkerSettings settings, Clock clock, JobMetrics metrics) {
        this.job = job;
        this.queue = queue;
        this.settings = settings;
        this.clock = clock;
        this.metrics = metrics;
        this.last = job.progress();
        this.cancelRequested = job.cancelRequested();
    }

    @Override
    public Job job() {
        return job;
    }

    @Override
    public void progress(String phase, double percent, String message, JobCounts counts) {
        report(phase, percent, message, counts, List.of());
    }

    @Override
    public void progress(String phase, double percent, String message, List<JobTally> tallies) {
        report(phase, percent, message, JobCounts.NONE, tallies);
    }

    private synchronized void report(String phase, double percent, String message, JobCounts counts, List<JobTally> tallies) {
        double kept = Math.min(100, Math.max(percent, last.percent()));
        long now = System.nanoTime();
        JobProgress next = new JobProgress(phase, kept, message, counts, EtaEstimate.seconds(kept, now - startedNanos), tallies);
        boolean newPhase = !phase.equals(last.phase());
        if (newPhase) {
            phaseEnded(now);
        }
        last = next;
        if (newPhase || now - lastWriteNanos >= settings.reportInterval().toNanos()) {
            lastWriteNanos = now;
            if (!queue.report(job.shop(), job.id(), settings.owner(), next, clock.instant())) {
                leaseLost = true;
            }
        }
    }

    @Override
    public void checkCancelled() {
        if (leaseLost) {
            throw JobStopped.byLostLease();
        }
        if (cancelRequested) {
            throw JobStopped.byCancel();
        }
    }

    @Override
    public void enterCommit() {
        checkCancelled();
        switch (queue.passCommitPoint(job.shop(), job.id(), settings.owner())) {
            case PASSED -> {
            }
            case CANCEL_REQUESTED -> {
                cancelRequested = true;
                throw JobStopped.byCancel();
            }
            case NOT_HELD -> {
                leaseLost = true;
                throw JobStopped.byLostLease();
            }
        }
    }

    @Override
    public void checkpoint(String state) {
        if (!queue.checkpoint(job.shop(), job.id(), settings.owner(), state)) {
            leaseLost = true;
        }
    }

    /** Called on the heartbeat: keeps the lease and learns of a cancel request. */
    void renew() {
        JobQueue.Lease lease = queue.renew(job.shop(), job.id(), settings.owner(), settings.lease(), clock.instant());
        leaseLost = leaseLost || !lease.held();
        cancelRequested = cancelRequested || lease.cancelRequested();
    }

    /** Reports the last phase and the whole run to the metrics, once the job's end is recorded. */
    synchronized void ended(JobState state, JobCounts counts) {
        long now = System.nanoTime();
        phaseEnded(now);
        metrics.jobEnded(job.kind(), state, Duration.ofNanos(now - startedNanos), counts);
    }

    /** A claimed job starts in the queue's "starting" phase, which then times the handler's setup before its first report. */
    private void phaseEnded(long now) {
        metrics.phaseEnded(job.kind(), last.phase(), Duration.ofNanos(now - phaseStartedNanos));
        phaseStartedNanos = now;
    }

    synchronized JobProgress lastProgress() {
        return last;
    }
}
