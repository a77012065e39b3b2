package com.cartwise.benchmarks.load;

import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * What one door did at one thread count: successful requests only (a failure ends the run), and
 * their latencies in nanoseconds, client-side, from sending to the complete answer; and, where
 * /proc tells, the CPU the server spent meanwhile and how busy the rest of the machine was.
 *
 * @param serverCpuSeconds CPU seconds of the server answering this door during the measurement; NaN when unknown
 * @param clientCpuSeconds CPU seconds of this tool meanwhile (it shares the machine's cores with the server); NaN when unknown
 * @param othersCores cores kept busy on average by processes other than the servers and this tool; NaN when unknown
 * @param loadAverage the 1-minute load average at the end (it counts this run's own threads too); NaN when unknown
 */
record Measurement(String door, int threads, long requests, double seconds, Histogram latencies, double serverCpuSeconds,
                   double clientCpuSeconds, double othersCores, double loadAverage) {
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

    /** Server CPU per answered request, in microseconds; NaN when unknown. */
    double serverCpuMicros() {
        return serverCpuSeconds * 1e6 / requests;
    }

    /** What the machine did meanwhile: "server 62 µs CPU/req, client 40 µs CPU/req, others 0.10 cores, load 17.3", or "". */
    String machine() {
        if (Double.isNaN(serverCpuSeconds)) {
            return "";
        }
        return String.format(Locale.ROOT, "server %3.0f µs CPU/req, client %3.0f µs CPU/req, others %.2f cores, load %.1f",
                serverCpuMicros(), clientCpuSeconds * 1e6 / requests, othersCores, loadAverage);
    }

    /** This and {@code other} as one measurement (rounds of the same door and thread count). */
    Measurement plus(Measurement other) {
        Histogram both = latencies.copy();
        both.add(other.latencies);
        double allSeconds = seconds + other.seconds;
        return new Measurement(door, threads, requests + other.requests, allSeconds, both, serverCpuSeconds + other.serverCpuSeconds,
                clientCpuSeconds + other.clientCpuSeconds, (othersCores * seconds + other.othersCores * other.seconds) / allSeconds,
                Math.max(loadAverage, other.loadAverage));
    }
}
