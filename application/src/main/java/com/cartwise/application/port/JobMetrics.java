package com.cartwise.application.port;

import com.cartwise.application.jobs.JobCounts;
import com.cartwise.application.jobs.JobKind;
import com.cartwise.application.jobs.JobState;
import java.time.Duration;

/** What the job worker reports for operators: how long each phase and each job took. Bootstrap records it as metrics. */
public interface JobMetrics {
    /** For workers nobody measures (tests, benchmarks that time jobs themselves). */
    JobMetrics NONE = new JobMetrics() {
        @Override
        public void phaseEnded(JobKind kind, String phase, Duration took) {
        }

        @Override
        public void jobEnded(JobKind kind, JobState state, Duration took, JobCounts counts) {
        }
    };

    /** A phase of a job (as its handler names it in its progress) ended, by the next phase or the job's end. */
    void phaseEnded(JobKind kind, String phase, Duration took);

    /**
     * A job this worker ran ended: {@code state} is how (succeeded, failed, cancelled), {@code counts}
     * its rows read, imported and rejected. Not called for a job whose lease was lost (its new owner reports it).
     */
    void jobEnded(JobKind kind, JobState state, Duration took, JobCounts counts);
}
