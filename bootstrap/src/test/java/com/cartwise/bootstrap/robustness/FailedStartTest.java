package com.cartwise.bootstrap.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.bootstrap.Cartwise;
import com.cartwise.bootstrap.TestServers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start that fails after its embedded PostgreSQL is up (here: an operator key too short to be
 * accepted) says why, ends with a failing exit code and leaves no PostgreSQL running. In its own
 * JVM, as an operator runs it: inside a test, Micronaut would throw where a server exits.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class FailedStartTest {
    @TempDir
    Path temp;

    @Test
    void aMisconfiguredStartStopsItsEmbeddedDatabaseAndSaysWhy() throws Exception {
        Path data = temp.resolve("postgres");
        ChildJvm server = ChildJvm.start(temp.resolve("server.log"), List.of("-Xmx256m", "-Dcartwise.security.admin-key=short"),
                Cartwise.class.getName(), "serve", "--data-dir", data.toString(),
                "--http-port", Integer.toString(TestServers.freePort()), "--grpc-port", Integer.toString(TestServers.freePort()));

        int exit = server.awaitExit(Duration.ofSeconds(120));

        String output = server.output();
        assertEquals(1, exit, output);
        assertTrue(output.contains("Cartwise stopped: "), output);
        assertTrue(output.contains("cartwise.security.admin-key: must be at least 32 characters"), output);
        assertFalse(output.contains("Unexpected error occurred"), "refused before any door was tried:\n" + output);
        assertTrue(Files.isDirectory(data.resolve("base")), "the embedded PostgreSQL had started:\n" + output);
        assertTrue(Databases.postmaster(data).isEmpty(), "no PostgreSQL left running in " + data + ":\n" + output);
    }

    @AfterEach
    void stopWhatIsLeft() {
        Databases.stopLeftPostmaster(temp.resolve("postgres"));
    }
}
