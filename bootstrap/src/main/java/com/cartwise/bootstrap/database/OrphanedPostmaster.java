package com.cartwise.bootstrap.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The embedded PostgreSQL outlives a Cartwise killed with SIGKILL: it keeps running, holding its
 * data directory, and the next start cannot have it. Each start records its own process id beside
 * the database's files; the next start stops a postmaster still running there if the Cartwise that
 * started it is gone, and refuses to touch one whose Cartwise still runs.
 */
final class OrphanedPostmaster {
    static final String OWNER_FILE = "cartwise-owner.pid";
    private static final long STOP_SECONDS = 30;

    private OrphanedPostmaster() {
    }

    /** @return a sentence for the operator when an orphan was stopped */
    static Optional<String> stopIfAny(Path dataDirectory) {
        Optional<ProcessHandle> postmaster = runningPostmaster(dataDirectory);
        if (postmaster.isEmpty()) {
            return Optional.empty();
        }
        Optional<Long> owner = readPid(dataDirectory.resolve(OWNER_FILE));
        // This very process counts too: a second start in one JVM must not stop the first one's database.
        boolean ownerRuns = owner.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive).isPresent();
        if (ownerRuns) {
            throw new IllegalStateException("the embedded PostgreSQL data directory " + dataDirectory
                    + " is in use by another running Cartwise (process " + owner.get() + "): stop that one, or give this one"
                    + " another directory (--data-dir)");
        }
        ProcessHandle orphan = postmaster.get();
        orphan.destroy();
        try {
            orphan.onExit().get(STOP_SECONDS, TimeUnit.SECONDS);
        } catch (Exception stillRunning) {
            // It did not finish its shutdown checkpoint in time; its WAL makes a hard stop safe.
            orphan.destroyForcibly();
            orphan.onExit().join();
        }
        return Optional.of("Stopped an embedded PostgreSQL (process " + orphan.pid() + ") left running by a Cartwise"
                + owner.map(pid -> " (process " + pid + ")").orElse("") + " that is no longer running.");
    }

    /** Marks this process as the one whose PostgreSQL runs in the directory. */
    static void claim(Path dataDirectory) {
        try {
            Files.writeString(dataDirectory.resolve(OWNER_FILE), Long.toString(ProcessHandle.current().pid()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + OWNER_FILE + " in " + dataDirectory, e);
        }
    }

    private static Optional<ProcessHandle> runningPostmaster(Path dataDirectory) {
        return readPid(dataDirectory.resolve("postmaster.pid"))
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    }

    private static Optional<Long> readPid(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(file);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.getFirst().strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
