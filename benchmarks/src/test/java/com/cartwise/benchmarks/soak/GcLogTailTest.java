package com.cartwise.benchmarks.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GcLogTailTest {

    @Test
    void readsOnlyCompleteLinesWrittenSinceItBeganAndSinceItsLastLook(@TempDir Path dir) throws IOException {
        // given a log with a collection from the server's start
        Path log = dir.resolve("gc.log");
        Files.writeString(log, "[1.1s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->13M(380M) 16.6ms\n");
        GcLogTail tail = new GcLogTail(log);

        // when one line and half of the next are written, then the rest of it
        append(log, "[2.0s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 61M->18M(380M) 8.5ms\n[3.0s][info][gc] GC(2) Pause Yo");
        List<GcPause> first = tail.poll(5);
        append(log, "ung (Normal) (G1 Evacuation Pause) 70M->20M(380M) 9.1ms\n");
        List<GcPause> second = tail.poll(6);

        // then the start's collection is skipped and the half line waits for its end
        assertEquals(List.of(new GcPause(5, 61, 18, 380, false)), first);
        assertEquals(List.of(new GcPause(6, 70, 20, 380, false)), second);
        assertEquals(List.of(), tail.poll(7));
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardOpenOption.APPEND);
    }
}
