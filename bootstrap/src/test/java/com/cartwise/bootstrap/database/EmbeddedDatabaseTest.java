package com.cartwise.bootstrap.database;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
