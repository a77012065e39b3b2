package com.cartwise.persistence.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spool files of a Cartwise killed mid-import are removed by the next one; a living process's never are. */
class SpoolDirectoryTest {
    @TempDir
    Path tmp;

    @Test
    void removesTheSpoolsOfAProcessThatIsNoLongerRunning() throws Exception {
        long dead = exitedProcess();
        Path left = SpoolDirectory.create(tmp, dead);
        Files.writeString(left.resolve("LINES-1.copy"), "1\t2\n");
        Files.writeString(left.resolve("ORDERS-1.copy"), "1\n");

        List<Long> removed = SpoolDirectory.sweep(tmp);

        assertEquals(List.of(dead), removed);
        assertFalse(Files.exists(left));
    }

    @Test
    void keepsTheSpoolsOfALivingProcess() throws IOException {
        Path mine = SpoolDirectory.create(tmp, ProcessHandle.current().pid());
        Files.writeString(mine.resolve("LINES-1.copy"), "1\t2\n");

        assertEquals(List.of(), SpoolDirectory.sweep(tmp));
        assertTrue(Files.exists(mine.resolve("LINES-1.copy")));
    }

    @Test
    void leavesAloneWhatIsNotASpoolDirectoryOfAProcess() throws IOException {
        Path notAPid = Files.createDirectories(tmp.resolve(SpoolDirectory.PREFIX + "notes"));
        Path plainFile = Files.writeString(tmp.resolve(SpoolDirectory.PREFIX + "12"), "a file, not a directory");

        assertEquals(List.of(), SpoolDirectory.sweep(tmp));
        assertTrue(Files.exists(notAPid));
        assertTrue(Files.exists(plainFile));
    }

    @Test
    void makesThisProcesssDirectoryAgainWhenACleanerTookIt() throws IOException {
        Path mine = SpoolDirectory.current();
        Files.delete(mine);

        assertEquals(mine, SpoolDirectory.current());
        assertTrue(Files.isDirectory(mine));
    }

    /** The id of a process that has run and ended. */
    private static long exitedProcess() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        long pid = p.pid();
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        return pid;
    }
}
