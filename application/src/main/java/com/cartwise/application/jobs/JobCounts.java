package com.cartwise.application.jobs;

/**
 * Rows a job has read, and what became of them: imported or rejected. When a job is done, read =
 * imported + rejected: nothing is dropped without being counted.
 */
public record JobCounts(long read, long imported, long rejected) {
    public static final JobCounts NONE = new JobCounts(0, 0, 0);

    public JobCounts {
        if (read < 0 || imported < 0 || rejected < 0) {
            throw new IllegalArgumentException("counts are never negative: " + read + "/" + imported + "/" + rejected);
        }
    }
}
