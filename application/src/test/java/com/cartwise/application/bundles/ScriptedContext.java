package com.cartwise.application.bundles;

import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobContext;
import com.cartwise.application.jobs.JobCounts;
import com.cartwise.application.jobs.JobProgress;
import com.cartwise.application.jobs.JobStopped;
import com.cartwise.application.jobs.JobTally;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * A job's context for running a handler directly: records what it reports and checkpoints, and
 * can stop the job (a cancel) or die with it (a crash) at a chosen checkpoint.
 */
final class ScriptedContext implements JobContext {
    /** What a killed worker's thread sees: nothing after this point runs. */
    static final class Crash extends RuntimeException {
        Crash() {
            super("the worker died", null, false, false);
        }
    }

    private final Job job;
    final List<JobProgress> reports = new ArrayList<>();
    final List<String> checkpoints = new ArrayList<>();
    private int crashAtCheckpoint = Integer.MAX_VALUE;
    private volatile boolean cancelled;

    ScriptedContext(Job job) {
        this.job = job;
    }

    /** Dies right after storing checkpoint number {@code n} (1-based). */
    ScriptedContext crashingAfterCheckpoint(int n) {
        crashAtCheckpoint = n;
        return this;
    }

    /** The merchant asks to cancel: the job stops at its next check. */
    void cancel() {
        cancelled = true;
    }

    @Override
    public Job job() {
        return job;
    }

    @Override
    public synchronized void progress(String phase, double percent, String message, JobCounts counts) {
        reports.add(new JobProgress(phase, percent, message, counts, OptionalLong.empty()));
    }

    @Override
    public synchronized void progress(String phase, double percent, String message, List<JobTally> tallies) {
        reports.add(new JobProgress(phase, percent, message, JobCounts.NONE, OptionalLong.empty(), tallies));
    }

    @Override
    public void checkCancelled() {
        if (cancelled) {
            throw JobStopped.byCancel();
        }
    }

    @Override
    public void enterCommit() {
        checkCancelled();
    }

    @Override
    public synchronized void checkpoint(String state) {
        checkpoints.add(state);
        if (checkpoints.size() == crashAtCheckpoint) {
            throw new Crash();
        }
    }

    synchronized String lastCheckpoint() {
        return checkpoints.getLast();
    }
}
