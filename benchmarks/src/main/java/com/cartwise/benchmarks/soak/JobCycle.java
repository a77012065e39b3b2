package com.cartwise.benchmarks.soak;

import com.cartwise.benchmarks.imports.ShopApi;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * The soak's jobs, a cycle every interval while the load runs: the served shop retrained, and
 * meanwhile an orders export imported into the second shop and that shop then trained on it. The
 * exports alternate between the same orders and those orders each changed, so every import after
 * the first replaces every order and the database stays the same size however long the soak. A
 * cycle that outlasts the interval delays the next; the last one starts before the load ends.
 */
final class JobCycle implements Runnable {
    private final ShopApi api;
    private final String servedShop;
    private final String importShop;
    private final List<Path> orderExports;
    private final String importName;
    private final long intervalNanos;
    private final long startNanos;
    private final long untilNanos;
    private final Duration jobLimit;
    private final ErrorTally errors;
    private final Consumer<JobOutcome> outcomes;

    private interface Start {
        String job() throws Exception;
    }

    private record Started(String what, long atNanos, String location) {
    }

    /**
     * @param orderExports imported in turn
     * @param importName what an import is called in the report, e.g. "import of 30,000 lines into soak-imports"
     * @param jobLimit how long a job may take before the soak stops following it and counts it unfinished
     */
    JobCycle(ShopApi api, String servedShop, String importShop, List<Path> orderExports, String importName, Duration interval,
             long startNanos, long untilNanos, Duration jobLimit, ErrorTally errors, Consumer<JobOutcome> outcomes) {
        this.api = api;
        this.servedShop = servedShop;
        this.importShop = importShop;
        this.orderExports = List.copyOf(orderExports);
        this.importName = importName;
        this.intervalNanos = interval.toNanos();
        this.startNanos = startNanos;
        this.untilNanos = untilNanos;
        this.jobLimit = jobLimit;
        this.errors = errors;
        this.outcomes = outcomes;
    }

    @Override
    public void run() {
        for (int cycle = 0; ; cycle++) {
            long at = Math.max(startNanos + cycle * intervalNanos, System.nanoTime());
            if (at >= untilNanos) {
                return;
            }
            for (long wait = at - System.nanoTime(); wait > 0; wait = at - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            Path export = orderExports.get(cycle % orderExports.size());
            Started retraining = start("training of " + servedShop, () -> api.startTraining(servedShop));
            Started imported = start(importName, () -> api.startImport(importShop, List.of(export)));
            if (follow(imported)) {
                follow(start("training of " + importShop, () -> api.startTraining(importShop)));
            }
            follow(retraining);
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
        }
    }

    private Started start(String what, Start start) {
        long at = System.nanoTime();
        try {
            return new Started(what, at, start.job());
        } catch (Exception e) {
            errors.count("jobs", "could not start: " + ErrorTally.kind(e), e.getMessage());
            outcomes.accept(new JobOutcome(seconds(System.nanoTime()), what, "not started", seconds(at, System.nanoTime()),
                    String.valueOf(e.getMessage())));
            return null;
        }
    }

    /** Follows the job to its end and reports it; answers whether it succeeded. */
    private boolean follow(Started started) {
        if (started == null) {
            return false;
        }
        JobOutcome outcome;
        try {
            JsonNode job = api.await(started.location(), jobLimit);
            String state = job.path("state").asText();
            outcome = new JobOutcome(seconds(System.nanoTime()), started.what(), state, seconds(started.atNanos(), System.nanoTime()),
                    "succeeded".equals(state) ? result(job) : job.path("failure").toString());
            if (!outcome.succeeded()) {
                errors.count("jobs", job.path("kind").asText() + " " + state, outcome.detail());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = new JobOutcome(seconds(System.nanoTime()), started.what(), "unfinished", seconds(started.atNanos(), System.nanoTime()),
                    "the soak stopped following it");
            errors.count("jobs", "unfinished", outcome.detail());
        } catch (Exception e) {
            outcome = new JobOutcome(seconds(System.nanoTime()), started.what(), "unfinished", seconds(started.atNanos(), System.nanoTime()),
                    String.valueOf(e.getMessage()));
            errors.count("jobs", "unfinished: " + ErrorTally.kind(e), e.getMessage());
        }
        outcomes.accept(outcome);
        return outcome.succeeded();
    }

    /** "30,000 rows imported" or "model 7 (cosine)". */
    private static String result(JsonNode job) {
        JsonNode report = job.path("report");
        return "import".equals(job.path("kind").asText())
                ? String.format(Locale.ROOT, "%,d rows imported", report.path("imported").asLong())
                : String.format(Locale.ROOT, "model %d (%s)", report.path("model_version").asLong(), report.path("metric").asText());
    }

    private double seconds(long nanos) {
        return seconds(startNanos, nanos);
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}
