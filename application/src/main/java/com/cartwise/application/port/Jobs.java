package com.cartwise.application.port;

import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobCursor;
import com.cartwise.application.jobs.JobEvent;
import com.cartwise.application.jobs.JobId;
import com.cartwise.domain.imports.Refusal;
import com.cartwise.domain.shop.ShopId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The jobs of every shop, as the merchant starts, watches and cancels them. */
public interface Jobs {

    /**
     * Stores a new queued job. A job that writes the shop's data is refused while another such job
     * of the shop is queued or running (the database enforces it, so two replicas cannot both
     * start one): the answer then names that job.
     */
    Enqueued enqueue(Job job);

    Optional<Job> find(ShopId shop, JobId id);

    /** The shop's queued or running job that holds its write slot, if any. */
    Optional<Job> activeWriter(ShopId shop);

    /** The shop's jobs, newest first (ties by id), at most {@code limit}, after {@code cursor} when given. */
    List<Job> list(ShopId shop, int limit, Optional<JobCursor> cursor);

    /**
     * Asks the job to stop: a queued job is cancelled at once, a running one at its worker's next
     * check, unless it has passed its commit point ({@link JobQueue#passCommitPoint}): that job is
     * answered running and without a cancel request. Answers the job as it is now, or empty when the
     * shop has no such job.
     */
    Optional<Job> requestCancel(ShopId shop, JobId id, Instant now);

    /** The job's progress events after {@code afterSequence}, oldest first, at most {@code limit}. */
    List<JobEvent> events(ShopId shop, JobId id, long afterSequence, int limit);

    /** The rows a lenient import job refused, after {@code afterOrdinal}, in order, at most {@code limit}. */
    List<Refusal> refusals(ShopId shop, JobId id, long afterOrdinal, int limit);

    sealed interface Enqueued {
        record Accepted(Job job) implements Enqueued {
        }

        /** The shop's write slot is taken by this job. */
        record ShopBusy(Job running) implements Enqueued {
        }
    }
}
