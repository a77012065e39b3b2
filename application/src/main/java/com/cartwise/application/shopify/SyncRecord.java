package com.cartwise.application.shopify;

import com.cartwise.application.jobs.JobId;
import com.cartwise.application.jobs.JobState;
import java.time.Instant;

/** How a shop's newest sync ended, for its status. */
public record SyncRecord(JobId job, SyncMode mode, JobState state, Instant finishedAt, String message) {
    public SyncRecord {
        if (job == null || mode == null || state == null || !state.finished() || finishedAt == null) {
            throw new IllegalArgumentException("a sync record names its job, mode, ending and time");
        }
        message = message == null ? "" : message;
    }
}
