package com.cartwise.application.jobs;

import java.util.List;

/** What a running job's handler may do besides its work: report progress, notice a cancel, keep a checkpoint. */
public interface JobContext {

    Job job();

    /**
     * Reports where the job is. A percent below one reported before is raised to it, so followers
     * never see progress go back; reports are written at most a few times a second, except that a
     * new phase is always written.
     */
    void progress(String phase, double percent, String message, JobCounts counts);

    /** The same for a job that counts other things than rows: what it has reached so far, by name. */
    void progress(String phase, double percent, String message, List<JobTally> tallies);

    /** Throws {@link JobStopped} when the merchant asked to cancel or the worker lost the job; call it between units of work. */
    void checkCancelled();

    /**
     * Passes the point after which the job's results are written and a cancel is refused as too
     * late. Throws {@link JobStopped} when a cancel came first (asked of the database, not of the
     * last heartbeat) or the worker lost the job.
     */
    void enterCommit();

    /** Stores a state the job can resume from after a crash or a restart. */
    void checkpoint(String state);
}
