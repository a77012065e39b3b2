package com.cartwise.rest.client;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A job as Cartwise's REST API shows it: where it is (state, phase, percent, counts and tallies, ETA),
 * how it ended (an import's, a generation's or a training's report, or its failure), and where to find it ({@code self}, {@code events}, {@code refusals}
 * are paths on the server).
 */
public record RemoteJob(String id, String shop, String kind, String state, String phase, double percent, String message,
                        long rowsRead, long rowsImported, long rowsRejected, OptionalLong etaSeconds,
                        Optional<Instant> startedAt, Optional<Instant> finishedAt, int attempts,
                        Optional<RemoteFailure> failure, Optional<RemoteImportReport> report,
                        Optional<RemoteGenerationReport> generationReport, Optional<RemoteTrainingReport> trainingReport,
                        Map<String, Long> tallies, Links links) {
    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";
    public static final String CANCELLED = "cancelled";
    private static final Set<String> ENDS = Set.of(SUCCEEDED, FAILED, CANCELLED);

    public RemoteJob {
        if (id == null || id.isBlank() || shop == null || state == null || links == null) {
            throw new IllegalArgumentException("a job has an id, a shop, a state and links");
        }
        phase = phase == null ? "" : phase;
        message = message == null ? "" : message;
        tallies = tallies == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(tallies));
    }

    public boolean finished() {
        return ENDS.contains(state);
    }

    /** From its start to its end, when it has both. */
    public Optional<Duration> runTime() {
        return startedAt.flatMap(start -> finishedAt.map(end -> Duration.between(start, end)));
    }

    /** Paths of the job's own resources on the server. */
    public record Links(String self, String events, String refusals) {
        public Links {
            if (self == null || events == null || refusals == null) {
                throw new IllegalArgumentException("a job links to itself, its events and its refusals");
            }
        }
    }
}
