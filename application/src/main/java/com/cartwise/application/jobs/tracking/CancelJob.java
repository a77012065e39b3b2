package com.cartwise.application.jobs.tracking;

import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobId;
import com.cartwise.application.port.Jobs;
import com.cartwise.domain.shop.ShopId;
import java.time.Clock;

/**
 * The merchant stops a job. A queued job never starts; a running one stops at its next check,
 * and what it wrote is undone (an import merges in one transaction at its very end, so a
 * cancelled import leaves nothing behind).
 */
public final class CancelJob {
    private final Jobs jobs;
    private final Clock clock;

    public CancelJob(Jobs jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    public Result execute(ShopId shop, JobId id) {
        return jobs.requestCancel(shop, id, clock.instant())
                .map(CancelJob::answer)
                .orElseGet(() -> new Result.NotFound(shop, id));
    }

    private static Result answer(Job job) {
        if (job.cancelRequested()) {
            return new Result.CancelRequested(job);
        }
        return job.state().finished() ? new Result.AlreadyFinished(job) : new Result.TooLate(job);
    }

    public sealed interface Result {
        /** The job is cancelled, or will stop at its next check. */
        record CancelRequested(Job job) implements Result {
        }

        /** It had ended before the request came. */
        record AlreadyFinished(Job job) implements Result {
        }

        /** It is writing its results (an import's merge) and will end as it would have without the request. */
        record TooLate(Job job) implements Result {
        }

        record NotFound(ShopId shop, JobId id) implements Result {
        }
    }
}
