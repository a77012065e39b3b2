package com.cartwise.application.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real public data sets in {@code ../shared/data}, beside the repository (read each folder's
 * SOURCE.txt). Found relative to the module folder, Maven's working directory for tests. The
 * repository does not need them: tests that read them are {@link SharedDataTest}s, skipped with a
 * message where the folder is absent.
 */
public final class SharedData {
    private static final Path FOLDER = Path.of("..", "..", "shared", "data");

    private SharedData() {
    }

    public static boolean present() {
        return Files.isDirectory(FOLDER);
    }

    public static Path folder() {
        return FOLDER.toAbsolutePath().normalize();
    }

    /** A file of the shared data; a missing file (with the folder present) fails the test, it is not skipped. */
    public static Path file(String relative) {
        Path file = folder().resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("The shared data file " + file + " is missing, though the folder is there");
        }
        return file;
    }
}
