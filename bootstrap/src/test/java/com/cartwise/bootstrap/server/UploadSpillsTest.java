package com.cartwise.bootstrap.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each server spills uploads into a directory of its own, removed when it stops; a gone process's are swept. */
class UploadSpillsTest {
    /** Above Linux's largest process id (2^22): no process has it, as for a server killed long ago. */
    private static final long GONE = 9_999_999_999L;

    @TempDir
    Path tmp;

    @Test
    void aServersDirectoryIsUnderThisProcesssOwn() {
        UploadSpills spills = UploadSpills.under(tmp);

        assertEquals(tmp.resolve(UploadSpills.PREFIX + ProcessHandle.current().pid()), spills.directory().getParent());
        assertTrue(Files.isDirectory(spills.directory()));
    }

    @Test
    void aFolderTheOperatorNamesIsTheOperatorsOwn() {
        assertEquals(Optional.empty(), UploadSpills.unlessNamed(Optional.of(tmp.resolve("named").toString()), tmp));
        assertTrue(UploadSpills.unlessNamed(Optional.of(" "), tmp).isPresent(), "a blank setting names no folder");
        assertTrue(UploadSpills.unlessNamed(Optional.empty(), tmp).isPresent());
    }

    @Test
    void theSpillsOfAProcessNoLongerRunningAreRemovedWhenTheNextServerStarts() throws Exception {
        Path left = Files.createDirectories(tmp.resolve(UploadSpills.PREFIX + GONE).resolve("server-1"));
        Files.writeString(left.resolve("FUp_123.tmp"), "half an upload");

        UploadSpills.under(tmp);

        assertFalse(Files.exists(tmp.resolve(UploadSpills.PREFIX + GONE)));
    }

    @Test
    void whatAnEarlierProcessWithThisProcessIdLeftIsRemovedWhenTheFirstServerStarts() throws Exception {
        // process ids are reused: in a container every start is process 1, and /tmp may be a volume that outlives it
        Path left = Files.createDirectories(tmp.resolve(UploadSpills.PREFIX + ProcessHandle.current().pid()).resolve("server-1"));
        Files.writeString(left.resolve("FUp_123.tmp"), "cut off at the limit, then the process was killed");

        UploadSpills first = UploadSpills.under(tmp);
        UploadSpills second = UploadSpills.under(tmp);

        assertFalse(Files.exists(left));
        assertTrue(Files.isDirectory(first.directory()), "a later server's start leaves an earlier one's alone");
        assertTrue(Files.isDirectory(second.directory()));
    }

    @Test
    void aStoppingServerRemovesItsSpillsAndNoOtherServers() throws Exception {
        UploadSpills first = UploadSpills.under(tmp);
        UploadSpills second = UploadSpills.under(tmp);
        Files.writeString(first.directory().resolve("FUp_1.tmp"), "cut off at the limit");
        Path othersUpload = Files.writeString(second.directory().resolve("FUp_2.tmp"), "still arriving");

        first.remove();

        assertNotEquals(first.directory(), second.directory());
        assertFalse(Files.exists(first.directory()));
        assertTrue(Files.exists(othersUpload));
    }

    @Test
    void aTemporaryDirectoryThatCannotHoldThemStopsTheStartAndNamesTheSetting() throws Exception {
        Path notADirectory = Files.writeString(tmp.resolve("file"), "a file where a directory should be");

        UncheckedIOException refused = assertThrows(UncheckedIOException.class, () -> UploadSpills.under(notADirectory));

        assertTrue(refused.getMessage().contains(notADirectory.toString()), refused.getMessage());
        assertTrue(refused.getMessage().contains(UploadSpills.LOCATION), refused.getMessage());
    }
}
