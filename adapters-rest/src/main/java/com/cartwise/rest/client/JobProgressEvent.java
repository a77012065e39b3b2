package com.cartwise.rest.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/** One "progress" event of a job's Server-Sent Event stream; its sequence is the event's id; tallies in the job's order. */
public record JobProgressEvent(long sequence, String state, String phase, double percent, String message, long rowsRead,
                               long rowsImported, long rowsRejected, OptionalLong etaSeconds, Map<String, Long> tallies) {
    public JobProgressEvent {
        phase = phase == null ? "" : phase;
        message = message == null ? "" : message;
        etaSeconds = etaSeconds == null ? OptionalLong.empty() : etaSeconds;
        tallies = tallies == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(tallies));
    }
}
