package com.cartwise.benchmarks.soak;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One young or full collection of the server, as its {@code -Xlog:gc} line tells it
 * ({@code [12.345s][info][gc] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 210M->96M(768M) 3.1ms}),
 * stamped with when the soak saw it. G1's Remark and Cleanup pauses are not collections of the
 * heap's garbage, so they are not read.
 *
 * @param seconds seconds since the soak's load began
 */
record GcPause(double seconds, long beforeMb, long afterMb, long committedMb, boolean full) {
    private static final Pattern PAUSE = Pattern.compile("Pause (Young|Full)\\b.*? (\\d+)M->(\\d+)M\\((\\d+)M\\)");

    static Optional<GcPause> parse(String line, double seconds) {
        Matcher m = PAUSE.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new GcPause(seconds, Long.parseLong(m.group(2)), Long.parseLong(m.group(3)), Long.parseLong(m.group(4)),
                m.group(1).equals("Full")));
    }
}
