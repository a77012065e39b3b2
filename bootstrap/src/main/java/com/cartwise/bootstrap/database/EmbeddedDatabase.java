package com.cartwise.bootstrap.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real PostgreSQL (14, shipped inside a Maven artifact) run by Cartwise itself when no database
 * is configured, so that a fresh machine needs nothing but a JDK. Its data directory is kept
 * between runs: a restart finds everything it had.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private boolean closed;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * @param port 0 for any free port
     * @param durable keep fsync and synchronous commit on, as a merchant's data needs; only tests,
     *                whose data is thrown away, may trade that for speed
     * @param notices where to say that an orphaned PostgreSQL was stopped
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port, boolean durable, java.util.function.Consumer<String> notices) {
        try {
            Path directory = dataDirectory.toAbsolutePath().normalize();
            createDirectories(dataDirectory, directory);
            OrphanedPostmaster.stopIfAny(directory).ifPresent(notices);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(30));
            if (durable) {
                // The library starts PostgreSQL with -F (no fsync) and synchronous_commit=off, fine for
                // tests; later -c settings override both.
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedDatabase database = new EmbeddedDatabase(startLocked(builder, directory), directory);
            OrphanedPostmaster.claim(directory);
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /** Creates the data directory when it is missing; a file in its place, or on its way, is the operator's to move, never overwritten. */
    private static void createDirectories(Path given, Path directory) throws IOException {
        String what = "the embedded PostgreSQL data directory " + given;
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new IllegalArgumentException(what + " is a file, not a directory: give --data-dir a directory (one that does not exist yet is created)");
        }
        for (Path up = directory.getParent(); up != null; up = up.getParent()) {
            if (Files.exists(up) && !Files.isDirectory(up)) {
                throw new IllegalArgumentException(what + " cannot be created: " + up + " is a file; give --data-dir a directory");
            }
        }
        Files.createDirectories(directory);
    }

    private static EmbeddedPostgres startLocked(EmbeddedPostgres.Builder builder, Path directory) throws IOException {
        try {
            return builder.start();
        } catch (IllegalStateException e) {
            // The library locks the directory so that two servers never share one database's files:
            // another process holds the lock ("could not lock ..."), or this one does (overlapping lock).
            if (e instanceof OverlappingFileLockException || String.valueOf(e.getMessage()).startsWith("could not lock")) {
                throw new IllegalStateException("the embedded PostgreSQL data directory " + directory
                        + " is in use by another running Cartwise: stop that one, or give this one another"
                        + " directory (--data-dir)", e);
            }
            throw e;
        }
    }

    public DatabaseUrl url() {
        return new DatabaseUrl(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public int port() {
        return postgres.getPort();
    }

    /** Stops PostgreSQL; a second call does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop the embedded PostgreSQL", e);
        }
    }
}
