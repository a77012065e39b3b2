package com.cartwise.application.jobs;

/** Does the work of one kind of job, for a worker that claimed it. */
public interface JobHandler {

    JobKind kind();

    /** Whether a job of this kind whose worker died starts again from its checkpoint (else it fails). */
    default boolean resumable() {
        return false;
    }

    /**
     * The job's worker died and the job will not resume: release what it held (its uploads, say).
     * Nothing it wrote was committed unless it committed it.
     */
    default void abandoned(Job job) {
    }

    /**
     * Does the job. Reports progress and checks for a cancel through the context; throws
     * {@link JobStopped} from {@link JobContext#checkCancelled()} when it must stop. Any other
     * exception fails the job as an internal error.
     */
    JobOutcome run(Job job, JobContext context);
}
