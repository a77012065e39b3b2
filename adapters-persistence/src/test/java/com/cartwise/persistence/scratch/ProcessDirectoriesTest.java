package com.cartwise.persistence.scratch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** This process's directory starts empty of what an earlier process of the same id left, and is never emptied again. */
class ProcessDirectoriesTest {
    private static final String PREFIX = "cartwise-test-";

    @TempDir
    Path tmp;

    @Test
    void theFirstAskRemovesWhatAnEarlierProcessWithThisIdLeft() throws Exception {
        Path mine = tmp.resolve(PREFIX + ProcessHandle.current().pid());
        Path left = Files.writeString(Files.createDirectories(mine).resolve("LINES-1.copy"), "1\t2\n");

        assertEquals(mine, ProcessDirectories.own(tmp, PREFIX, "test file(s)"));

        assertFalse(Files.exists(left));
        assertTrue(Files.isDirectory(mine));
    }

    @Test
    void laterAsksKeepWhatThisProcessPutThere() throws Exception {
        Path mine = ProcessDirectories.own(tmp, PREFIX, "test file(s)");
        Path kept = Files.writeString(mine.resolve("LINES-2.copy"), "3\t4\n");

        assertEquals(mine, ProcessDirectories.own(tmp, PREFIX, "test file(s)"));

        assertTrue(Files.exists(kept));
    }
}
