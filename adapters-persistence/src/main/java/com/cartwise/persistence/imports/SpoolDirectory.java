package com.cartwise.persistence.imports;

import com.cartwise.persistence.scratch.ProcessDirectories;
import java.nio.file.Path;
import java.util.List;

/**
 * Where this process keeps its imports' spool files: a directory of its own under the temporary
 * directory, named by its process id ({@link ProcessDirectories}). The spools of a Cartwise killed
 * in the middle of an import are removed by the next Cartwise on the machine the first time it
 * spools.
 */
final class SpoolDirectory {
    static final String PREFIX = "cartwise-spool-";
    private static final String CONTENTS = "spool file(s) of an import";

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
                    dir = ProcessDirectories.own(root, PREFIX, CONTENTS);
                    // A process that ends normally leaves no empty directory behind (a killed one's is swept, above).
                    dir.toFile().deleteOnExit();
                    current = dir;
                }
            }
        }
        return ProcessDirectories.create(dir.getParent(), PREFIX, ProcessHandle.current().pid());
    }

    static Path create(Path root, long pid) {
        return ProcessDirectories.create(root, PREFIX, pid);
    }

    /**
     * Removes the spool directories under {@code root} whose process is no longer running.
     *
     * @return the process ids whose leftovers were removed
     */
    static List<Long> sweep(Path root) {
        return ProcessDirectories.sweep(root, PREFIX, CONTENTS);
    }
}
