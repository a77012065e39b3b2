package com.cartwise.rest.imports;

import com.cartwise.application.imports.ImportRequest;
import com.cartwise.application.imports.StartImport;
import com.cartwise.application.imports.UploadedFile;
import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobFailure;
import com.cartwise.application.jobs.JobState;
import com.cartwise.application.jobs.tracking.FindJob;
import com.cartwise.application.port.UploadStore;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.imports.UploadFormat;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.rest.jobs.JobJson;
import com.cartwise.rest.jobs.JobPaths;
import com.cartwise.rest.problem.Problems;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.StreamingFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

/**
 * Uploads files to import into a shop: every part named "file" is streamed into the upload store
 * (never held in memory), then an import job is queued and answered 202 with its Location. With
 * {@code ?wait=true} the answer waits for the job (a bounded time), so that a small upload from a
 * shell or a test reads like one request.
 */
@Controller("/api/v1/shops/{shopId}/imports")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ImportsController {
    private static final int MAX_NAME_LENGTH = 200;
    private static final Duration WAIT_POLL = Duration.ofMillis(50);

    private final StartImport startImport;
    private final FindJob findJob;
    private final UploadStore uploads;
    private final Duration waitLimit;

    public ImportsController(StartImport startImport, FindJob findJob, UploadStore uploads,
                             @Value("${cartwise.imports.wait-limit:120s}") Duration waitLimit) {
        this.startImport = startImport;
        this.findJob = findJob;
        this.uploads = uploads;
        this.waitLimit = waitLimit;
    }

    /**
     * @param type every file's type ({@code products}, {@code orders}, {@code transactions} ...); without it each file's header tells
     * @param lenient import the valid rows and report the refused ones, instead of refusing the whole upload at its first problem
     * @param wait answer when the job has ended (up to the configured limit) instead of at once
     * @param file the files, each as a multipart part named "file"
     */
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<?> upload(String shopId, @Nullable @QueryValue String type, @Nullable @QueryValue Boolean lenient,
                                  @Nullable @QueryValue Boolean wait, @Part("file") Publisher<StreamingFileUpload> file) {
        ShopId shop = ShopId.of(shopId);
        Optional<UploadFormat> format = type == null ? Optional.empty() : Optional.of(UploadFormat.fromWireName(type));
        // Checked before receiving anything, so that an unknown or busy shop costs neither disk nor time.
        Optional<StartImport.Result> refused = startImport.precheck(shop);
        if (refused.isPresent()) {
            return answer(refused.get(), false);
        }
        List<UploadedFile> files = receive(file);
        InvalidInputException.require(!files.isEmpty(), "file", "is required: send each file as a multipart part named 'file'");
        StartImport.Result result = startImport.execute(shop, new ImportRequest(files, Boolean.TRUE.equals(lenient), format));
        return answer(result, Boolean.TRUE.equals(wait));
    }

    private List<UploadedFile> receive(Publisher<StreamingFileUpload> parts) {
        List<UploadedFile> files = new ArrayList<>();
        try {
            for (StreamingFileUpload part : Flux.from(parts).toIterable(1)) {
                try (InputStream content = part.asInputStream()) {
                    String stored = uploads.save(content);
                    files.add(new UploadedFile(stored, safeName(part.getFilename()), Files.size(uploads.path(stored))));
                }
            }
            return files;
        } catch (IOException e) {
            files.forEach(f -> uploads.delete(f.storedName()));
            throw new UncheckedIOException("cannot receive the upload", e);
        } catch (RuntimeException e) {
            // E.g. the upload outgrew micronaut.server.multipart.max-file-size half-way: Micronaut answers 413.
            files.forEach(f -> uploads.delete(f.storedName()));
            throw e;
        }
    }

    private HttpResponse<?> answer(StartImport.Result result, boolean wait) {
        return switch (result) {
            case StartImport.Result.Started started -> wait ? waitFor(started.job())
                    : HttpResponse.accepted(URI.create(JobPaths.job(started.job().shop(), started.job().id())))
                            .body(JobJson.of(started.job()));
            case StartImport.Result.ShopNotFound notFound -> Problems.shopNotFound(notFound.shop());
            case StartImport.Result.ShopBusy busy -> Problems.shopBusy(busy.running());
        };
    }

    /** Waits for the job's end, up to the limit; a job still running then is answered as if not waited for. */
    private HttpResponse<?> waitFor(Job started) {
        long deadline = System.nanoTime() + waitLimit.toNanos();
        Job job = started;
        while (!job.state().finished() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(WAIT_POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
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

    /** The name the merchant's browser sent, without any folder, for messages only. */
    static String safeName(String sent) {
        if (sent == null) {
            return "upload";
        }
        String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty()) {
            return "upload";
        }
        return name.length() > MAX_NAME_LENGTH ? name.substring(0, MAX_NAME_LENGTH) : name;
    }
}
