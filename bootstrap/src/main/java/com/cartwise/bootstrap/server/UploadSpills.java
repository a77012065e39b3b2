package com.cartwise.bootstrap.server;

import com.cartwise.persistence.scratch.ProcessDirectories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the HTTP server spills the parts of an upload ({@value #LOCATION}) when the operator names
 * no folder: one of this server's own, {@code cartwise-uploads-PID/server-*} under the temporary
 * directory, removed with whatever is in it when the server stops. Cartwise deletes a spilled part
 * once the request is answered, but one case is Micronaut's: a part cut off by
 * {@code micronaut.server.multipart.max-file-size} is answered 413 before any controller sees it,
 * and its file (up to the limit) was left in the temporary directory for good. Now it goes when
 * the server stops, and what a killed server left goes when the next Cartwise on the machine
 * starts ({@link ProcessDirectories#sweep}). A folder the operator names is the operator's to clean.
 */
final class UploadSpills {
    static final String LOCATION = "micronaut.server.multipart.location";
    static final String PREFIX = "cartwise-uploads-";
    private static final String CONTENTS = "spilled upload file(s)";
    private static final Logger LOG = LoggerFactory.getLogger(UploadSpills.class);

    private final Path directory;

    private UploadSpills(Path directory) {
        this.directory = directory;
    }

    /**
     * The spill directory Cartwise chooses for a server, unless the operator named one.
     *
     * @param configured the configured {@value #LOCATION}, if any
     */
    static Optional<UploadSpills> unlessNamed(Optional<String> configured, Path root) {
        return configured.filter(s -> !s.isBlank()).isPresent() ? Optional.empty() : Optional.of(under(root));
    }

    /** A new directory for one server under {@code root}, the spills of processes no longer running swept first. */
    static UploadSpills under(Path root) {
        ProcessDirectories.sweep(root, PREFIX, CONTENTS);
        Path process = root.resolve(PREFIX + ProcessHandle.current().pid());
        try {
            process = ProcessDirectories.own(root, PREFIX, CONTENTS);
            // Removed at exit once its servers' directories are (deleteOnExit takes only an empty directory).
            process.toFile().deleteOnExit();
            // One per server: a JVM may run several (the tests do), each removing only its own when it stops.
            return new UploadSpills(Files.createTempDirectory(process, "server-"));
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
            throw new UncheckedIOException("cannot create a directory for spilled uploads in " + process + " (" + cause
                    + "): make the temporary directory (java.io.tmpdir) writable, or set " + LOCATION + " to a folder that is", cause);
        }
    }

    Path directory() {
        return directory;
    }

    /** Removes the directory and every spilled part in it; for a server that has stopped, so no request is reading one. */
    void remove() {
        try {
            long files = ProcessDirectories.deleteTree(directory);
            if (files > 0) {
                LOG.info("removed {} {} that the HTTP server had not removed itself", files, CONTENTS);
            }
        } catch (IOException e) {
            LOG.warn("could not remove the spilled uploads in {}: {}", directory, e.toString());
        }
    }
}
