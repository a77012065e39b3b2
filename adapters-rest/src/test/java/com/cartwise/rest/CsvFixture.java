package com.cartwise.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small hand-written exports, written where a test's @TempDir says. */
public final class CsvFixture {
    private CsvFixture() {
    }

    /** Writes the lines joined by "\n" (a line may itself hold a quoted line break). */
    public static Path write(Path folder, String name, String... lines) {
        return writeBytes(folder, name, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    public static Path writeBytes(Path folder, String name, byte[] content) {
        try {
            return Files.write(folder.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
