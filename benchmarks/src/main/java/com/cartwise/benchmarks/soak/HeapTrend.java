package com.cartwise.benchmarks.soak;

import java.util.List;
import java.util.Locale;

/**
 * Whether the server's heap after GC stayed flat over a soak. Collections during the warm-up (the
 * JIT compiling, caches and pools filling) are left out; the rest of the run is cut in thirds by
 * time, and the heap is flat when the last third's lowest heap after a young or full collection
 * (the floor: what stays live, which a leak raises) and its highest (the peak) each exceed the
 * first third's by no more than the allowance, {@code max(percent of the first third's value, mb)}.
 * The megabytes keep a small heap's ordinary jitter (survivor spaces, a region or two) from
 * counting as growth. Each third needs {@value #MIN_COLLECTIONS} collections at least, or the trend
 * cannot be told, which is not flat.
 *
 * @param first the first third after the warm-up
 * @param last the last third
 */
record HeapTrend(Window first, Window last, Allowance allowance, boolean flat, String explanation) {
    static final int MIN_COLLECTIONS = 2;

    /** The collections between two moments (seconds since the load began), and their lowest and highest heap after GC. */
    record Window(double from, double to, int collections, long floorMb, long peakMb) {
        static Window of(List<GcPause> pauses, double from, double to) {
            List<GcPause> inside = pauses.stream().filter(p -> p.seconds() >= from && p.seconds() < to).toList();
            return new Window(from, to, inside.size(), inside.stream().mapToLong(GcPause::afterMb).min().orElse(0),
                    inside.stream().mapToLong(GcPause::afterMb).max().orElse(0));
        }

        String describe() {
            return String.format(Locale.ROOT, "%.0f-%.0f s: %d collections, %d-%d MB", from, to, collections, floorMb, peakMb);
        }
    }

    /** How much the last third may exceed the first: the larger of a share and a number of megabytes. */
    record Allowance(double percent, long mb) {
        Allowance {
            if (percent < 0 || mb < 0) {
                throw new IllegalArgumentException("the heap allowance must not be negative");
            }
        }

        long of(long firstMb) {
            return Math.max(Math.round(firstMb * percent / 100), mb);
        }
    }

    /**
     * @param pauses every collection of the run, stamped with seconds since the load began
     * @param warmupSeconds the first seconds, left out
     * @param endSeconds when the load ended
     */
    static HeapTrend judge(List<GcPause> pauses, double warmupSeconds, double endSeconds, Allowance allowance) {
        double third = (endSeconds - warmupSeconds) / 3;
        Window first = Window.of(pauses, warmupSeconds, warmupSeconds + third);
        Window last = Window.of(pauses, endSeconds - third, endSeconds + 1e-9);
        if (first.collections() < MIN_COLLECTIONS || last.collections() < MIN_COLLECTIONS) {
            return new HeapTrend(first, last, allowance, false, String.format(Locale.ROOT,
                    "too few collections to tell (%d in the first third, %d in the last; %d each needed): run longer",
                    first.collections(), last.collections(), MIN_COLLECTIONS));
        }
        long floorGrowth = last.floorMb() - first.floorMb();
        long peakGrowth = last.peakMb() - first.peakMb();
        boolean flat = floorGrowth <= allowance.of(first.floorMb()) && peakGrowth <= allowance.of(first.peakMb());
        return new HeapTrend(first, last, allowance, flat, String.format(Locale.ROOT,
                "floor %+d MB (allowed +%d), peak %+d MB (allowed +%d)", floorGrowth, allowance.of(first.floorMb()),
                peakGrowth, allowance.of(first.peakMb())));
    }

    /** A trend that cannot be told, e.g. without the server's GC log. */
    static HeapTrend unknown(String why, Allowance allowance) {
        Window none = new Window(0, 0, 0, 0, 0);
        return new HeapTrend(none, none, allowance, false, why);
    }

    String describe() {
        if (first.collections() == 0 && last.collections() == 0) {
            return explanation + ": NOT SHOWN";
        }
        return String.format(Locale.ROOT, "first third %s; last third %s; %s: %s", first.describe(), last.describe(), explanation,
                flat ? "FLAT" : "NOT FLAT");
    }

    /** The rule, as the report states it. */
    String rule() {
        return String.format(Locale.ROOT, "flat = after the warm-up, the last third's lowest and highest heap after a young or full"
                + " collection each at most max(%.0f %%, %d MB) above the first third's", allowance.percent(), allowance.mb());
    }
}
