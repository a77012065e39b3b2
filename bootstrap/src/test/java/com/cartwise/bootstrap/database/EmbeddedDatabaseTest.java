package com.cartwise.bootstrap.database;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @TempDir
    Path dataDirectory;

    @Test
    void aDataDirectoryInUseIsRefusedWithAnExplanation() {
        try (EmbeddedDatabase running = EmbeddedDatabase.start(dataDirectory, 0, false, notice -> { })) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> EmbeddedDatabase.start(dataDirectory, 0, false, notice -> { }));

            assertTrue(e.getMessage().contains("in use by another running Cartwise"), e.getMessage());
            assertTrue(e.getMessage().contains(dataDirectory.toString()), e.getMessage());
        }
    }

    @Test
    void aFileGivenAsTheDataDirectoryIsRefusedSayingSo() throws IOException {
        Path file = Files.writeString(dataDirectory.resolve("notes.txt"), "not a database");
        Path inside = file.resolve("postgres");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EmbeddedDatabase.start(file, 0, false, notice -> { }));
        IllegalArgumentException below = assertThrows(IllegalArgumentException.class, () -> EmbeddedDatabase.start(inside, 0, false, notice -> { }));

        assertEquals("the embedded PostgreSQL data directory " + file + " is a file, not a directory: give --data-dir a directory"
                + " (one that does not exist yet is created)", e.getMessage());
        assertTrue(below.getMessage().startsWith("the embedded PostgreSQL data directory " + inside + " cannot be created: " + file
                + " is a file"), below.getMessage());
        assertEquals("not a database", Files.readString(file));
    }
}
