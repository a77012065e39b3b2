package com.cartwise.rest.imports;

import io.micronaut.http.multipart.StreamingFileUpload;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An upload spooled to a temporary file: exports can be larger than the heap, and the orders
 * reader needs two passes. The file is deleted when this is closed.
 */
final class UploadedFile implements AutoCloseable {
    private static final int MAX_NAME_LENGTH = 200;

    private final Path path;
    private final String name;

    private UploadedFile(Path path, String name) {
        this.path = path;
        this.name = name;
    }

    /** Copies the upload to disk as it arrives; blocks, so call it off the event loop. */
    static UploadedFile spool(StreamingFileUpload upload) {
        Path path;
        try {
            path = Files.createTempFile("cartwise-upload-", ".csv");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for an upload", e);
        }
        try (InputStream in = upload.asInputStream()) {
            Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
            return new UploadedFile(path, safeName(upload.getFilename()));
        } catch (IOException e) {
            deleteQuietly(path);
            throw new UncheckedIOException("cannot receive the upload", e);
        } catch (RuntimeException e) {
            // E.g. the upload outgrew micronaut.server.multipart.max-file-size half-way: Micronaut answers 413.
            deleteQuietly(path);
            throw e;
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

    Path path() {
        return path;
    }

    String name() {
        return name;
    }

    @Override
    public void close() {
        deleteQuietly(path);
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // The temporary folder is cleaned by the OS; failing the merchant's import over it would be worse.
            path.toFile().deleteOnExit();
        }
    }
}
