package com.cartwise.rest.imports;

import com.cartwise.rest.problem.Problem;
import com.cartwise.rest.problem.Problems;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import com.cartwise.application.imports.ImportRequest;
import com.cartwise.application.imports.StartImport;
import com.cartwise.application.imports.UploadedFile;
import com.cartwise.application.jobs.start.StartJob;
import com.cartwise.application.port.UploadStore;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.imports.UploadFormat;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.rest.jobs.StartedJobs;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.StreamingFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;

/**
 * Uploads files to import into a shop: every part named "file" is streamed into the upload store
 * (never held in memory), then an import job is queued and answered 202 with its Location. With
 * {@code ?wait=true} the answer waits for the job (a bounded time), so that a small upload from a
 * shell or a test reads like one request.
 */
@Controller("/api/v1/shops/{shopId}/imports")
@ApiResponse(responseCode = "4XX", description = "A problem (RFC 9457) whose type is a stable URN",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ExecuteOn(TaskExecutors.BLOCKING)
public class ImportsController {
    private static final Logger LOG = LoggerFactory.getLogger(ImportsController.class);
    private static final int MAX_NAME_LENGTH = 200;

    private final StartImport startImport;
    private final StartedJobs startedJobs;
    private final UploadStore uploads;

    public ImportsController(StartImport startImport, StartedJobs startedJobs, UploadStore uploads) {
        this.startImport = startImport;
        this.startedJobs = startedJobs;
        this.uploads = uploads;
    }

    /**
     * @param type every file's type ({@code products}, {@code orders}, {@code transactions} ...); without it each file's header tells
     * @param lenient import the valid rows and report the refused ones, instead of refusing the whole upload at its first problem
     * @param wait answer when the job has ended (up to the configured limit) instead of at once
     * @param sha256 optional: each file's SHA-256 in hex, comma-separated in the order of the parts; a file that arrives
     * with other bytes is refused (400 {@code upload-damaged}) and nothing of the upload is kept
     * @param file the files, each as a multipart part named "file"
     */
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<?> upload(String shopId, @Nullable @QueryValue String type, @Nullable @QueryValue Boolean lenient,
                                  @Nullable @QueryValue Boolean wait, @Nullable @Header(UploadDigests.HEADER) String sha256,
                                  @Part("file") Publisher<StreamingFileUpload> file) {
        ShopId shop;
        Optional<UploadFormat> format;
        UploadDigests digests;
        Optional<StartJob.Result> refused;
        try {
            shop = ShopId.of(shopId);
            format = type == null ? Optional.empty() : Optional.of(UploadFormat.fromWireName(type));
            digests = UploadDigests.of(sha256);
            // Checked before receiving anything, so that an unknown or busy shop costs no space in the upload store.
            refused = startImport.precheck(shop);
        } catch (RuntimeException e) {
            discardUnread(file);
            throw e;
        }
        if (refused.isPresent()) {
            discardUnread(file);
            return startedJobs.answer(refused.get(), false);
        }
        List<UploadedFile> files;
        try {
            files = receive(file, digests);
        } catch (DamagedUpload e) {
            Damage damaged = e.damage;
            LOG.warn("refused an upload to shop {}: {} arrived as {} bytes hashing to {}, not to the {} its sender computed",
                    shop, damaged.fileName(), damaged.size(), damaged.actual(), damaged.expected());
            return Problems.uploadDamaged(damaged.fileName(), damaged.expected(), damaged.actual());
        }
        InvalidInputException.require(!files.isEmpty(), "file", "is required: send each file as a multipart part named 'file'");
        StartJob.Result result = startImport.execute(shop, new ImportRequest(files, Boolean.TRUE.equals(lenient), format));
        return startedJobs.answer(result, Boolean.TRUE.equals(wait));
    }

    private List<UploadedFile> receive(Publisher<StreamingFileUpload> parts, UploadDigests digests) {
        List<UploadedFile> files = new ArrayList<>();
        Iterator<StreamingFileUpload> arriving = Flux.from(parts).toIterable(1).iterator();
        try {
            while (arriving.hasNext()) {
                StreamingFileUpload part = arriving.next();
                try (InputStream content = part.asInputStream()) {
                    UploadDigests.Hashing hashing = digests.hashing(content);
                    String stored = uploads.save(hashing.stream());
                    UploadedFile received = new UploadedFile(stored, safeName(part.getFilename()), Files.size(uploads.path(stored)));
                    files.add(received);
                    Optional<String> expected = digests.mismatch(files.size() - 1, hashing);
                    if (expected.isPresent()) {
                        throw new DamagedUpload(new Damage(received.fileName(), received.bytes(), expected.get(), hashing.hex()));
                    }
                }
            }
            if (!files.isEmpty()) {
                // With no file at all, the missing part is the problem to name, not the header.
                digests.requireAllUsed(files.size());
            }
            return files;
        } catch (IOException e) {
            files.forEach(f -> uploads.delete(f.storedName()));
            discardRest(arriving);
            throw new UncheckedIOException("cannot receive the upload", e);
        } catch (RuntimeException e) {
            // E.g. the upload outgrew micronaut.server.multipart.max-file-size half-way: Micronaut answers 413.
            files.forEach(f -> uploads.delete(f.storedName()));
            discardRest(arriving);
            throw e;
        }
    }

    /**
     * Reads to their end the parts still to come (after a damaged file, or of an upload refused
     * unread), for the reason {@link #discardUnread} gives. Only reading frees them: a part released
     * unread stalls the arrival of the next one.
     */
    private static void discardRest(Iterator<StreamingFileUpload> arriving) {
        try {
            while (arriving.hasNext()) {
                try (InputStream unread = arriving.next().asInputStream()) {
                    unread.transferTo(OutputStream.nullOutputStream());
                }
            }
        } catch (IOException | RuntimeException ended) {
            LOG.debug("an upload ended while its unread parts were let go of", ended);
        }
    }

    /**
     * Lets go of the parts of an upload answered without reading them. The HTTP server spills each
     * part past the multipart threshold into a temporary file as it arrives, and deletes it only when
     * the part has been read: an upload refused unread would otherwise stay on disk, in full, for
     * good. The sender is sending it anyway; it is read to its end, in the background, so that the
     * refusal is answered at once.
     */
    private static void discardUnread(Publisher<StreamingFileUpload> parts) {
        Thread.ofVirtual().name("unread-upload").start(() -> discardRest(Flux.from(parts).toIterable(1).iterator()));
    }

    /** A file whose bytes are not those its sender hashed. */
    private record Damage(String fileName, long size, String expected, String actual) {
    }

    /** Ends the receiving of an upload at a damaged file: nothing of the upload is kept. */
    private static final class DamagedUpload extends RuntimeException {
        private final transient Damage damage;

        DamagedUpload(Damage damage) {
            super(damage.fileName() + " arrived damaged", null, false, false);
            this.damage = damage;
        }
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
