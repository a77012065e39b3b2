package com.cartwise.benchmarks.mining;

import java.util.Arrays;
import java.util.Locale;

/** Wall-clock milliseconds of repeated runs of one step, summarised as min, median and max. */
public final class Timings {
    private final String step;
    private double[] millis = new double[0];

    public Timings(String step) {
        this.step = step;
    }

    public void add(long nanos) {
        millis = Arrays.copyOf(millis, millis.length + 1);
        millis[millis.length - 1] = nanos / 1e6;
    }

    public double median() {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    public double max() {
        return Arrays.stream(millis).max().orElseThrow();
    }

    @Override
    public String toString() {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%-22s min %8.1f ms   median %8.1f ms   max %8.1f ms   (%d runs)", step, sorted[0], median(),
                sorted[sorted.length - 1], sorted.length);
    }
}
