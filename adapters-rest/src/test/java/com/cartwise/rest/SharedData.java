package com.cartwise.rest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real Shopify exports in /work/shared/data, found relative to this module's folder (the
 * working directory of Maven's test runs). CI always has them, so a missing folder fails the
 * tests instead of skipping them.
 */
public final class SharedData {
    private static final Path FOLDER = Path.of("../../shared/data");

    private SharedData() {
    }

    public static Path file(String relative) {
        Path folder = FOLDER.toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(folder), "The shared test data folder " + folder + " is missing; the reader tests need"
                + " the real Shopify exports there (working directory: " + Path.of("").toAbsolutePath() + ")");
        Path file = folder.resolve(relative);
        assertTrue(Files.isRegularFile(file), "The shared test data file " + file + " is missing");
        return file;
    }
}
