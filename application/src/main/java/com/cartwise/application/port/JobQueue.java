package com.cartwise.application.port;

import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobFailure;
import com.cartwise.application.jobs.JobId;
import com.cartwise.application.jobs.JobKind;
import com.cartwise.application.jobs.JobProgress;
import com.cartwise.application.jobs.JobReport;
import com.cartwise.application.jobs.JobState;
import com.cartwise.domain.shop.ShopId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where workers take jobs from. A claim is a lease: the worker must renew it before it expires,
 * or any instance may declare the job's worker lost. Every write names the lease owner, so a
 * worker that lost its lease can no longer change the job.
 */
public interface JobQueue {

    /** Claims the oldest queued job of these kinds that no other worker holds, leasing it to {@code owner}. */
    Optional<Job> claim(String owner, Set<JobKind> kinds, Duration lease, Instant now);

    /**
     * Renews the lease. Answers what the worker must know: whether it still holds the job and
     * whether the merchant asked to cancel it.
     */
    Lease renew(ShopId shop, JobId id, String owner, Duration lease, Instant now);

    /** Records progress (and an event for followers) while {@code owner} holds the job; false when it no longer does. */
    boolean report(ShopId shop, JobId id, String owner, JobProgress progress, Instant now);

    /** Stores a resumable state; a worker that takes over a lost job starts from it. */
    boolean checkpoint(ShopId shop, JobId id, String owner, String checkpoint);

    /**
     * Passes the job's point of no return, atomically: it succeeds only while {@code owner} holds the
     * job and no cancel was asked; afterwards a cancel request leaves the job alone.
     */
    CommitPoint passCommitPoint(ShopId shop, JobId id, String owner);

    /** What {@link #passCommitPoint} found. */
    enum CommitPoint {
        PASSED, CANCEL_REQUESTED, NOT_HELD
    }

    /** Ends the job; false when {@code owner} no longer holds it. */
    boolean finish(ShopId shop, JobId id, String owner, Ending ending, Instant now);

    /**
     * Ends or requeues the running jobs whose lease expired before {@code now}: a kind that can
     * resume from its checkpoint goes back to the queue, any other fails as {@code worker-lost}.
     * Answers the jobs it changed.
     */
    List<Job> reapExpired(Set<JobKind> resumable, Instant now);

    record Lease(boolean held, boolean cancelRequested) {
    }

    /** How a job ended, with its report or its failure. */
    record Ending(JobState state, JobProgress progress, Optional<JobReport> report, Optional<JobFailure> failure) {
        public Ending {
            if (state == null || !state.finished()) {
                throw new IllegalArgumentException("a job ends succeeded, failed or cancelled, not " + state);
            }
            if (state == JobState.FAILED && (failure == null || failure.isEmpty())) {
                throw new IllegalArgumentException("a failed job says why");
            }
        }
    }
}
