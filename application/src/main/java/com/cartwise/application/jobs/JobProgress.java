package com.cartwise.application.jobs;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What a running job is doing: its phase ("parsing", "loading", "merging" ...), how far along it
 * is (0-100, never decreasing over a job's life), a sentence for the merchant, its counts so far
 * (rows for imports, named tallies for other kinds), and the seconds it expects still to need.
 */
public record JobProgress(String phase, double percent, String message, JobCounts counts, OptionalLong etaSeconds,
                          List<JobTally> tallies) {
    public JobProgress {
        if (phase == null || phase.isBlank()) {
            throw new IllegalArgumentException("a progress report names its phase");
        }
        if (!(percent >= 0 && percent <= 100)) {
            throw new IllegalArgumentException("percent must be within 0-100, but was " + percent);
        }
        message = message == null ? "" : message;
        counts = counts == null ? JobCounts.NONE : counts;
        etaSeconds = etaSeconds == null ? OptionalLong.empty() : etaSeconds;
        tallies = tallies == null ? List.of() : List.copyOf(tallies);
        Set<String> names = new HashSet<>();
        for (JobTally tally : tallies) {
            if (!names.add(tally.name())) {
                throw new IllegalArgumentException("a progress report names each tally once, but '" + tally.name() + "' came twice");
            }
        }
    }

    /** Progress without tallies, as import jobs report it. */
    public JobProgress(String phase, double percent, String message, JobCounts counts, OptionalLong etaSeconds) {
        this(phase, percent, message, counts, etaSeconds, List.of());
    }

    public static JobProgress queued() {
        return new JobProgress("queued", 0, "Waiting for a worker", JobCounts.NONE, OptionalLong.empty());
    }
}
