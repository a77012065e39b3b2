package com.cartwise.benchmarks.load;

import org.HdrHistogram.Histogram;

/**
 * What one door did at one thread count: successful requests only (a failure ends the run), and
 * their latencies in nanoseconds, client-side, from sending to the complete answer.
 */
record Measurement(String door, int threads, long requests, double seconds, Histogram latencies) {
    static final long HIGHEST_NANOS = 60_000_000_000L;

    static Histogram emptyHistogram() {
        return new Histogram(HIGHEST_NANOS, 3);
    }

    double throughput() {
        return requests / seconds;
    }

    double millis(double percentile) {
        return latencies.getValueAtPercentile(percentile) / 1e6;
    }

    /** This and {@code other} as one measurement (rounds of the same door and thread count). */
    Measurement plus(Measurement other) {
        Histogram both = latencies.copy();
        both.add(other.latencies);
        return new Measurement(door, threads, requests + other.requests, seconds + other.seconds, both);
    }
}
