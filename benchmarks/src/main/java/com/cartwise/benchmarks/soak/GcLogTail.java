package com.cartwise.benchmarks.soak;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows the server's GC log as it grows, reading only complete lines written since the last
 * look; what was logged before the soak began (the server's start) is skipped.
 */
final class GcLogTail {
    private final Path file;
    private long offset;

    GcLogTail(Path file) throws IOException {
        this.file = file;
        this.offset = Files.size(file);
    }

    /** The collections logged since the last call, stamped {@code seconds}. */
    List<GcPause> poll(double seconds) throws IOException {
        List<GcPause> pauses = new ArrayList<>();
        try (RandomAccessFile log = new RandomAccessFile(file.toFile(), "r")) {
            long length = log.length();
            if (length <= offset) {
                return pauses;
            }
            byte[] added = new byte[(int) Math.min(length - offset, 16 << 20)];
            log.seek(offset);
            log.readFully(added);
            int end = lastNewline(added);
            if (end < 0) {
                return pauses;
            }
            offset += end + 1;
            for (String line : new String(added, 0, end, StandardCharsets.UTF_8).split("\n")) {
                GcPause.parse(line, seconds).ifPresent(pauses::add);
            }
        }
        return pauses;
    }

    private static int lastNewline(byte[] bytes) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
