package com.cartwise.bootstrap.operations;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Readiness: the upload directory (shared by the replicas) is there, writable, and has room for an
 * upload. Without it every import fails, so a load balancer should send them elsewhere.
 */
@Singleton
final class UploadDirectoryHealth implements HealthIndicator {
    private final Path directory;
    private final long minimumFree;

    UploadDirectoryHealth(@Value("${cartwise.imports.upload-directory}") String directory,
                          @Value("${cartwise.health.upload-directory-min-free}") @ReadableBytes long minimumFree) {
        if (minimumFree < 0) {
            throw new IllegalArgumentException("cartwise.health.upload-directory-min-free must be 0 (never down for space) or more, but was "
                    + minimumFree + " bytes");
        }
        this.directory = Path.of(directory).toAbsolutePath().normalize();
        this.minimumFree = minimumFree;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Mono.fromCallable(this::check);
    }

    private HealthResult check() {
        long free;
        try {
            Files.createDirectories(directory);
            free = Files.getFileStore(directory).getUsableSpace();
        } catch (IOException e) {
            return HealthResult.builder("uploadDirectory", HealthStatus.DOWN).details(Map.of("error", "not usable")).build();
        }
        boolean writable = Files.isWritable(directory);
        HealthStatus status = writable && free >= minimumFree ? HealthStatus.UP : HealthStatus.DOWN;
        return HealthResult.builder("uploadDirectory", status)
                .details(Map.of("writable", writable, "free", free, "threshold", minimumFree)).build();
    }
}
