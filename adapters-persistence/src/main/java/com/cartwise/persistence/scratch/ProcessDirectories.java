package com.cartwise.persistence.scratch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Directories in which a Cartwise process keeps temporary files of one kind (an import's spool
 * files, the HTTP server's spilled uploads), named by the kind's prefix and the process id. A
 * Cartwise killed (kill -9, a crash, a lost machine) cannot delete what it left there; the name
 * tells the next Cartwise on the machine that the owner is gone, and {@link #sweep} removes it.
 * Directories of living processes (another instance on the same machine) are never touched.
 */
public final class ProcessDirectories {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessDirectories.class);
    /** This process's directories already emptied of what an earlier process of the same id left. */
    private static final Set<Path> MADE_FRESH = new HashSet<>();

    private ProcessDirectories() {
    }

    /**
     * This process's directory {@code prefix + pid} under {@code root}, made if missing. The first
     * time this JVM asks for it, whatever it holds is removed: an earlier process with the same id
     * left it (ids are reused, and in a container every start is process 1), since this JVM has put
     * nothing there before asking.
     *
     * @param contents what it holds, for the log (e.g. "spool file(s) of an import")
     */
    public static synchronized Path own(Path root, String prefix, String contents) {
        long pid = ProcessHandle.current().pid();
        Path dir = root.resolve(prefix + pid);
        if (MADE_FRESH.add(dir.toAbsolutePath().normalize())) {
            try {
                long files = deleteTree(dir);
                if (files > 0) {
                    LOG.info("removed {} {} left by an earlier Cartwise process with this process id ({})", files, contents, pid);
                }
            } catch (IOException e) {
                LOG.warn("could not remove the {} left in {} by an earlier process with this process id: {}", contents, dir, e.toString());
            }
        }
        return create(root, prefix, pid);
    }

    /** The directory {@code prefix + pid} under {@code root}, made if missing. */
    public static Path create(Path root, String prefix, long pid) {
        Path dir = root.resolve(prefix + pid);
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory " + dir, e);
        }
    }

    /**
     * Removes the directories {@code prefix + pid} under {@code root} whose process is no longer
     * running, with everything in them.
     *
     * @param contents what they hold, for the log (e.g. "spool file(s) of an import")
     * @return the process ids whose leftovers were removed
     */
    public static List<Long> sweep(Path root, String prefix, String contents) {
        List<Long> removed = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, prefix + "*")) {
            for (Path dir : dirs) {
                OptionalLong pid = pidOf(dir, prefix);
                if (pid.isEmpty() || !Files.isDirectory(dir) || ProcessHandle.of(pid.getAsLong()).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                long files = deleteTree(dir);
                removed.add(pid.getAsLong());
                if (files > 0) {
                    LOG.info("removed {} {} left by Cartwise process {}, which is no longer running", files, contents, pid.getAsLong());
                } else {
                    // an empty directory of a killed process: nothing an operator lost or needs to know about
                    LOG.debug("removed the empty directory {} of Cartwise process {}, which is no longer running", dir, pid.getAsLong());
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // Leftovers cost disk, not correctness: the work that sweeps must not fail because old files could not be removed.
            LOG.warn("could not remove the {} of Cartwise processes no longer running under {}: {}", contents, root, e.toString());
        }
        return removed;
    }

    /**
     * Deletes the directory and everything in it; nothing when it is already gone.
     *
     * @return how many files it held
     */
    public static long deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
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

    private static OptionalLong pidOf(Path dir, String prefix) {
        String suffix = dir.getFileName().toString().substring(prefix.length());
        if (suffix.isEmpty() || suffix.length() > 18 || !suffix.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(suffix));
    }
}
