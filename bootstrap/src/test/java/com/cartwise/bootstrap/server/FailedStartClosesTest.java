package com.cartwise.bootstrap.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.bootstrap.TestServers;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start that fails leaves no background thread of Cartwise's running: Micronaut leaves a context
 * whose start failed as it was, and job workers, the flag refresh and the schedules then went on
 * polling a database that was being stopped (broken-connection warnings before the reason) and
 * lived on in a process that embeds Cartwise.
 */
class FailedStartClosesTest {
    @TempDir
    Path temp;

    @Test
    void aSettingRefusedAtStartLeavesNoBackgroundThread() throws Exception {
        long before = backgroundThreads();

        RuntimeException failure = assertThrows(RuntimeException.class,
                () -> TestServers.embedded(temp.resolve("postgres"), Map.of("cartwise.security.admin-key", "short")));

        assertTrue(String.valueOf(failure.getMessage()).contains("must be at least 32 characters"), failure.toString());
        assertNoneLeft(before);
    }

    @Test
    void aTakenPortLeavesNoBackgroundThread() throws Exception {
        long before = backgroundThreads();
        try (ServerSocket taken = new ServerSocket(0)) {
            RuntimeException failure = assertThrows(RuntimeException.class,
                    () -> TestServers.embedded(temp.resolve("postgres"), Map.of("micronaut.server.port", taken.getLocalPort(),
                            "cartwise.recommender.training.rehearse-at-start", false)));

            assertEquals("Unable to start Micronaut server on *:" + taken.getLocalPort(), failure.getMessage());
        }
        assertNoneLeft(before);
    }

    private static void assertNoneLeft(long before) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (backgroundThreads() > before && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(before, backgroundThreads(), "threads left running by the failed start");
    }

    private static long backgroundThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && (t.getName().startsWith("cartwise-job-") || t.getName().equals("cartwise-flag-refresh")
                        || t.getName().equals("cartwise-retraining-schedule")))
                .count();
    }
}
