package com.cartwise.bootstrap.startup;

import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.tracking.FindJob;
import java.time.Duration;

/** Waits for a job the demo started, as a merchant's browser would poll it. */
final class AwaitedJob {
    private static final long POLL_MILLIS = 50;

    private AwaitedJob() {
    }

    /** The job once it has ended; fails when it has not within {@code patience}. */
    static Job end(FindJob findJob, Job started, Duration patience, String what) {
        long deadline = System.nanoTime() + patience.toNanos();
        Job job = started;
        while (!job.state().finished()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + " did not finish within " + patience.toMinutes() + " minutes");
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
            job = findJob.execute(started.shop(), started.id()).orElseThrow();
        }
        return job;
    }
}
