package com.cartwise.formats.uploads;

import com.cartwise.application.port.UploadStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@link UploadStore} in a directory. For several replicas, point them all at one shared
 * directory (a mounted volume): whichever instance claims an import job reads its files there.
 */
public final class DirectoryUploadStore implements UploadStore {
    private static final Pattern STORED_NAME = Pattern.compile("upload-[0-9a-f-]{36}\\.data");

    private final Path directory;

    public DirectoryUploadStore(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the upload directory " + this.directory, e);
        }
    }

    public Path directory() {
        return directory;
    }

    @Override
    public String save(InputStream content) {
        String name = "upload-" + UUID.randomUUID() + ".data";
        Path target = directory.resolve(name);
        try {
            Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
            return name;
        } catch (IOException | RuntimeException e) {
            // E.g. the upload outgrew the server's size limit half-way: keep nothing of it.
            delete(name);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot receive the upload", io);
            }
            throw (RuntimeException) e;
        }
    }

    @Override
    public Path path(String storedName) {
        // Stored names are ours; anything else (a path with "..") would reach outside the directory.
        if (!STORED_NAME.matcher(storedName).matches()) {
            throw new IllegalArgumentException("not a stored upload: " + storedName);
        }
        return directory.resolve(storedName);
    }

    @Override
    public void delete(String storedName) {
        try {
            Files.deleteIfExists(path(storedName));
        } catch (IOException e) {
            // A file left behind costs disk, not correctness; the OS or the operator can clean it.
            path(storedName).toFile().deleteOnExit();
        }
    }
}
