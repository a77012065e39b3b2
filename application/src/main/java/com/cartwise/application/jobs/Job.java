package com.cartwise.application.jobs;

import com.cartwise.domain.shop.ShopId;
import java.time.Instant;
import java.util.Optional;

/**
 * A job as stored: what was asked, where it is, and how it ended. Any instance can read it, so a
 * merchant sees the same job whichever replica answers.
 *
 * @param attempts how many times a worker claimed it
 */
public record Job(
        ShopId shop,
        JobId id,
        JobKind kind,
        JobState state,
        JobProgress progress,
        Instant createdAt,
        Optional<Instant> startedAt,
        Optional<Instant> finishedAt,
        JobRequest request,
        Optional<JobReport> report,
        Optional<JobFailure> failure,
        boolean cancelRequested,
        int attempts,
        Optional<String> checkpoint) {

    public Job {
        if (shop == null || id == null || kind == null || state == null || progress == null || createdAt == null
                || request == null) {
            throw new IllegalArgumentException("a job has a shop, an id, a kind, a state, progress, a creation time and a request");
        }
        if (request.kind() != kind) {
            throw new IllegalArgumentException("a " + kind.wireName() + " job cannot carry a " + request.kind().wireName() + " request");
        }
    }

    /** A new job, waiting for a worker. */
    public static Job queued(ShopId shop, JobId id, JobRequest request, Instant now) {
        return new Job(shop, id, request.kind(), JobState.QUEUED, JobProgress.queued(), now, Optional.empty(),
                Optional.empty(), request, Optional.empty(), Optional.empty(), false, 0, Optional.empty());
    }
}
