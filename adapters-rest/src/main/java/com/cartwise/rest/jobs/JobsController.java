package com.cartwise.rest.jobs;

import com.cartwise.rest.problem.Problem;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import com.cartwise.application.imports.ReadRefusals;
import com.cartwise.application.jobs.JobCursor;
import com.cartwise.application.jobs.JobId;
import com.cartwise.application.jobs.tracking.CancelJob;
import com.cartwise.application.jobs.tracking.FindJob;
import com.cartwise.application.jobs.tracking.FollowJob;
import com.cartwise.application.jobs.tracking.ListJobs;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.rest.problem.JobNotFoundException;
import com.cartwise.rest.problem.Problems;
import de.siegmar.fastcsv.writer.CsvWriter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A shop's jobs: the list (newest first), one job's state (for polling), its live progress as
 * Server-Sent Events, cancelling it, and the rows a lenient import refused, as CSV.
 */
@Controller("/api/v1/shops/{shopId}/jobs")
@ApiResponse(responseCode = "4XX", description = "A problem (RFC 9457) whose type is a stable URN",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ExecuteOn(TaskExecutors.BLOCKING)
public class JobsController {
    /** How often a follower's stream looks for new events: well under the time a merchant notices. */
    static final Duration POLL = Duration.ofMillis(250);

    private final ListJobs listJobs;
    private final FindJob findJob;
    private final CancelJob cancelJob;
    private final FollowJob followJob;
    private final ReadRefusals readRefusals;

    public JobsController(ListJobs listJobs, FindJob findJob, CancelJob cancelJob, FollowJob followJob, ReadRefusals readRefusals) {
        this.listJobs = listJobs;
        this.findJob = findJob;
        this.cancelJob = cancelJob;
        this.followJob = followJob;
        this.readRefusals = readRefusals;
    }

    /**
     * @param limit at most this many, 1-100 (default 20)
     * @param cursor the {@code next_cursor} of the previous page
     */
    @Get
    public HttpResponse<?> list(String shopId, @Nullable @QueryValue Integer limit, @Nullable @QueryValue String cursor) {
        ShopId shop = ShopId.of(shopId);
        ListJobs.Query query = new ListJobs.Query(shop, limit == null ? ListJobs.DEFAULT_LIMIT : limit,
                cursor == null || cursor.isBlank() ? Optional.empty() : Optional.of(JobCursor.parse(cursor)));
        return switch (listJobs.execute(query)) {
            case ListJobs.Result.Listed listed -> HttpResponse.ok(JobsPage.of(listed.jobs(), query.limit()));
            case ListJobs.Result.ShopNotFound notFound -> Problems.shopNotFound(notFound.shop());
        };
    }

    @Get("/{jobId}")
    public HttpResponse<?> find(String shopId, String jobId) {
        ShopId shop = ShopId.of(shopId);
        JobId id = JobId.parse(jobId);
        return findJob.execute(shop, id).<HttpResponse<?>>map(job -> HttpResponse.ok(JobJson.of(job)))
                .orElseGet(() -> Problems.jobNotFound(shop, id));
    }

    /** 202 with the job when it is cancelled or will stop at its next check; 409 when it had already ended. */
    @Post("/{jobId}/cancel")
    public HttpResponse<?> cancel(String shopId, String jobId) {
        ShopId shop = ShopId.of(shopId);
        JobId id = JobId.parse(jobId);
        return switch (cancelJob.execute(shop, id)) {
            case CancelJob.Result.CancelRequested requested -> HttpResponse.accepted().body(JobJson.of(requested.job()));
            case CancelJob.Result.AlreadyFinished finished -> Problems.jobFinished(finished.job());
            case CancelJob.Result.TooLate committing -> Problems.jobCommitting(committing.job());
            case CancelJob.Result.NotFound notFound -> Problems.jobNotFound(notFound.shop(), notFound.id());
        };
    }

    /**
     * The job's progress as Server-Sent Events: an event "progress" per change (id = its sequence,
     * so a reconnecting browser resumes after the last one it saw through Last-Event-ID), then one
     * event "finished" with the whole job, and the stream ends. Any instance serves any job's stream:
     * the events are read from the database.
     */
    @Get(value = "/{jobId}/events", produces = MediaType.TEXT_EVENT_STREAM)
    public Publisher<Event<?>> events(String shopId, String jobId, @Nullable @Header("Last-Event-ID") String lastEventId) {
        ShopId shop = ShopId.of(shopId);
        JobId id = JobId.parse(jobId);
        if (findJob.execute(shop, id).isEmpty()) {
            throw new JobNotFoundException(shop, id);
        }
        AtomicLong seen = new AtomicLong(lastSeen(lastEventId));
        return Flux.interval(Duration.ZERO, POLL)
                .onBackpressureDrop()
                .concatMap(tick -> Mono.fromCallable(() -> followJob.execute(shop, id, seen.get()))
                        .subscribeOn(Schedulers.boundedElastic()), 1)
                .takeUntil(update -> update.isEmpty() || update.get().complete())
                .concatMapIterable(update -> update.map(u -> events(u, seen)).orElse(List.of()));
    }

    private static List<Event<?>> events(FollowJob.Update update, AtomicLong seen) {
        List<Event<?>> events = new ArrayList<>();
        update.events().forEach(e -> {
            events.add(Event.of(JobEventJson.of(e)).id(Long.toString(e.sequence())).name("progress"));
            seen.set(e.sequence());
        });
        if (update.complete()) {
            events.add(Event.of(JobJson.of(update.job())).id(Long.toString(seen.get())).name("finished"));
        }
        return events;
    }

    /** The rows a lenient import refused, as CSV: file, line, column, column name, value, reason. */
    @Get(value = "/{jobId}/refusals", produces = "text/csv")
    public HttpResponse<?> refusals(String shopId, String jobId) {
        ShopId shop = ShopId.of(shopId);
        JobId id = JobId.parse(jobId);
        if (findJob.execute(shop, id).isEmpty()) {
            return Problems.jobNotFound(shop, id);
        }
        Writable csv = out -> {
            CsvWriter writer = CsvWriter.builder().build(out);
            writer.writeRecord("file", "line", "column", "column_name", "value", "reason");
            readRefusals.execute(shop, id, refusal -> {
                ImportProblem p = refusal.problem();
                writer.writeRecord(p.file(), Long.toString(p.line()), Integer.toString(p.column()), p.columnName(), p.value(),
                        p.message());
            });
            writer.flush();
        };
        return HttpResponse.ok(csv).contentType(MediaType.of("text/csv; charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"refusals-" + id + ".csv\"");
    }

    private static long lastSeen(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(lastEventId.strip()));
        } catch (NumberFormatException e) {
            throw new com.cartwise.domain.InvalidInputException("Last-Event-ID", "'" + lastEventId + "' is not an event id this stream sent");
        }
    }
}
