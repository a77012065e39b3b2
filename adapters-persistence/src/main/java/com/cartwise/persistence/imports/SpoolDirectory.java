package com.cartwise.persistence.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where this process keeps its imports' spool files: a directory of its own under the temporary
 * directory, named by its process id. A Cartwise killed in the middle of an import (kill -9, a
 * crash, a lost machine) cannot delete its spools; the directory's name tells the next Cartwise on
 * the machine that their owner is gone, and it removes them the first time it spools. Directories
 * of living processes (another instance on the same machine) are never touched.
 */
final class SpoolDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(SpoolDirectory.class);
    static final String PREFIX = "cartwise-spool-";

    private static volatile Path current;

    private SpoolDirectory() {
    }

    /**
     * This process's spool directory, the dead processes' swept on first use. Made again whenever it
     * is asked for: between imports it stands empty, and a temporary-directory cleaner (systemd's
     * removes what has not been touched for ten days) may take it from a long-running server.
     */
    static Path current() {
        Path dir = current;
        if (dir == null) {
            synchronized (SpoolDirectory.class) {
                dir = current;
                if (dir == null) {
                    Path root = Path.of(System.getProperty("java.io.tmpdir"));
                    sweep(root);
                    dir = root.resolve(PREFIX + ProcessHandle.current().pid());
                    // A process that ends normally leaves no empty directory behind (a killed one's is swept, above).
                    dir.toFile().deleteOnExit();
                    current = dir;
                }
            }
        }
        return existing(dir);
    }

    static Path create(Path root, long pid) {
        return existing(root.resolve(PREFIX + pid));
    }

    private static Path existing(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the import spool directory " + dir, e);
        }
    }

    /**
     * Removes the spool directories under {@code root} whose process is no longer running.
     *
     * @return the process ids whose leftovers were removed
     */
    static List<Long> sweep(Path root) {
        List<Long> removed = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, PREFIX + "*")) {
            for (Path dir : dirs) {
                OptionalLong pid = pidOf(dir);
                if (pid.isEmpty() || !Files.isDirectory(dir) || ProcessHandle.of(pid.getAsLong()).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                long files = deleteTree(dir);
                removed.add(pid.getAsLong());
                LOG.info("removed {} spool file(s) of an import left by Cartwise process {}, which is no longer running", files,
                        pid.getAsLong());
            }
        } catch (IOException | UncheckedIOException e) {
            // Leftovers cost disk, not correctness: an import must not fail because an old one could not be swept.
            LOG.warn("could not remove the spool files of Cartwise processes no longer running under {}: {}", root, e.toString());
        }
        return removed;
    }

    private static OptionalLong pidOf(Path dir) {
        String suffix = dir.getFileName().toString().substring(PREFIX.length());
        if (suffix.isEmpty() || suffix.length() > 18 || !suffix.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(suffix));
    }

    private static long deleteTree(Path dir) throws IOException {
        long files;
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> paths = walk.sorted(Comparator.reverseOrder()).toList();
            files = paths.stream().filter(Files::isRegularFile).count();
            for (Path p : paths) {
                Files.deleteIfExists(p);
            }
        }
        return files;
    }
}
