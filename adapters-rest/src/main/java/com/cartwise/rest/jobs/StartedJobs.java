package com.cartwise.rest.jobs;

import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobFailure;
import com.cartwise.application.jobs.JobSignals;
import com.cartwise.application.jobs.JobState;
import com.cartwise.application.jobs.start.StartJob;
import com.cartwise.application.jobs.tracking.FindJob;
import com.cartwise.rest.problem.Problems;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;

/**
 * How every endpoint that starts a job answers: 202 with the job and its Location, 404 for an
 * unknown shop, 409 naming the job that holds the shop (or the kill switch that refuses it); with {@code ?wait=true}, the job's end
 * (201 with its report, or its failure as problem+json) if it comes within the wait limit, so that
 * a small import or a training from a shell reads like one request.
 */
@Singleton
public final class StartedJobs {
    private static final Duration WAIT_POLL = Duration.ofMillis(50);

    private final FindJob findJob;
    private final JobSignals.Signal ended;
    private final Duration waitLimit;

    public StartedJobs(FindJob findJob, JobSignals signals, @Value("${cartwise.jobs.wait-limit}") Duration waitLimit) {
        if (waitLimit.isNegative()) {
            throw new IllegalArgumentException("cartwise.jobs.wait-limit must be 0s (?wait=true answers 202 at once) or more, but was " + waitLimit);
        }
        this.findJob = findJob;
        this.ended = signals.ended();
        this.waitLimit = waitLimit;
    }

    public HttpResponse<?> answer(StartJob.Result result, boolean wait) {
        return switch (result) {
            case StartJob.Result.Started started -> wait ? waitFor(started.job())
                    : HttpResponse.accepted(URI.create(JobPaths.job(started.job().shop(), started.job().id())))
                            .body(JobJson.of(started.job()));
            case StartJob.Result.ShopNotFound notFound -> Problems.shopNotFound(notFound.shop());
            case StartJob.Result.ShopBusy busy -> Problems.shopBusy(busy.running());
            case StartJob.Result.SwitchedOff off -> Problems.switchedOff(off.reason());
        };
    }

    /**
     * Waits for the job's end, up to the limit; a job still running then is answered as if not
     * waited for. Looks again whenever a job ends on this instance, and at least every poll for a
     * job that another instance runs.
     */
    private HttpResponse<?> waitFor(Job started) {
        long deadline = System.nanoTime() + waitLimit.toNanos();
        Job job = started;
        long seen = ended.rings();
        while (!job.state().finished() && System.nanoTime() < deadline) {
            try {
                ended.awaitAfter(seen, WAIT_POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            seen = ended.rings();
            job = findJob.execute(started.shop(), started.id()).orElse(job);
        }
        URI location = URI.create(JobPaths.job(job.shop(), job.id()));
        if (job.state() == JobState.SUCCEEDED) {
            return HttpResponse.created(JobJson.of(job), location);
        }
        if (job.state() == JobState.FAILED) {
            JobFailure failure = job.failure().orElseThrow();
            return failure.problem().isPresent() ? Problems.rejectedFile(failure.problem().get(), job.id().toString())
                    : Problems.jobFailed(job, failure);
        }
        return HttpResponse.status(job.state() == JobState.CANCELLED ? HttpStatus.CONFLICT : HttpStatus.ACCEPTED)
                .header("Location", location.toString()).body(JobJson.of(job));
    }
}
