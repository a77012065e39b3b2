package com.cartwise.benchmarks.soak;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A soak's verdict: it passes when nothing failed (no request error of any kind, no job that did
 * not succeed, and at least one job ran, since a soak without its imports and trainings did not
 * test what it claims), and the server's heap after GC stayed flat ({@link HeapTrend}).
 *
 * @param requests every request sent, answered or not
 * @param errors "where: kind" to its count (a failed job counts here too)
 */
record SoakVerdict(long requests, Map<String, Long> errors, List<JobOutcome> jobs, HeapTrend heap) {

    SoakVerdict {
        errors = Map.copyOf(errors);
        jobs = List.copyOf(jobs);
    }

    long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    boolean jobsSucceeded() {
        return !jobs.isEmpty() && jobs.stream().allMatch(JobOutcome::succeeded);
    }

    boolean passed() {
        return errorCount() == 0 && jobsSucceeded() && heap.flat();
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "errors: %,d of %,d requests and %d jobs%s", errorCount(), requests, jobs.size(),
                errorCount() == 0 ? "" : ", by kind:"));
        errors.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> lines.add(String.format(Locale.ROOT, "  %-50s %,d", e.getKey(), e.getValue())));
        long failed = jobs.stream().filter(j -> !j.succeeded()).count();
        lines.add(jobs.isEmpty() ? "jobs: none ended (a soak needs its imports and trainings): FAIL"
                : String.format(Locale.ROOT, "jobs: %d ended, %d succeeded%s", jobs.size(), jobs.size() - failed,
                        failed == 0 ? "" : ", these did not:"));
        jobs.stream().filter(j -> !j.succeeded()).forEach(j -> lines.add("  " + j.describe()));
        lines.add("heap after GC: " + heap.describe());
        lines.add("  (" + heap.rule() + ")");
        List<String> failures = new ArrayList<>();
        if (errorCount() > 0) {
            failures.add(errorCount() + " errors");
        }
        if (!jobsSucceeded()) {
            failures.add(jobs.isEmpty() ? "no job ran" : failed + " jobs did not succeed");
        }
        if (!heap.flat()) {
            failures.add("heap after GC not shown flat");
        }
        lines.add(failures.isEmpty() ? "VERDICT: PASS (0 errors, every job succeeded, heap after GC flat)"
                : "VERDICT: FAIL (" + String.join(", ", failures) + ")");
        return lines;
    }
}
