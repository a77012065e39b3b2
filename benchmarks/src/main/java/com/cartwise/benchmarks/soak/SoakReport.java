package com.cartwise.benchmarks.soak;

import com.cartwise.benchmarks.machine.CpuMeter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/** The soak's printed lines: one block per reporting interval, and the whole run per door. */
final class SoakReport {
    /** A pacer this late was held back by the machine, not by the server (it waits for nothing but the clock). */
    static final long STARVED_MS = 1000;

    private SoakReport() {
    }

    /** "[ 2:00]": minutes and seconds since the load began. */
    static String clock(double seconds) {
        return "[" + time(seconds) + "]";
    }

    /** " 2:00" */
    private static String time(double seconds) {
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%2d:%02d", s / 60, s % 60);
    }

    /**
     * @param doors each door's interval, in the order the doors were started
     * @param usage the CPU over the interval; null when not metered
     */
    static List<String> interval(double from, double to, List<String> names, List<PacedLoad.Interval> doors, List<GcPause> pauses,
                                 List<JobOutcome> jobs, CpuMeter.Usage usage) {
        long answered = doors.stream().mapToLong(PacedLoad.Interval::answered).sum();
        long errors = doors.stream().mapToLong(PacedLoad.Interval::errors).sum() + jobs.stream().filter(j -> !j.succeeded()).count();
        long late = doors.stream().mapToLong(PacedLoad.Interval::pacerLateNanos).max().orElse(0) / 1_000_000;
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%s from%s to%s: %,d answered, %,d errors | %s | jobs ended: %d (%d not succeeded)%s"
                        + " | this tool late by up to %,d ms%s", clock(to), time(from), time(to), answered, errors, heap(pauses), jobs.size(),
                jobs.stream().filter(j -> !j.succeeded()).count(), cpu(usage, to - from), late,
                late >= STARVED_MS ? " (STARVED: the machine held this tool back; its timeouts may not be the server's)" : ""));
        for (int i = 0; i < doors.size(); i++) {
            PacedLoad.Interval door = doors.get(i);
            lines.add(String.format(Locale.ROOT, "    %-14s %7.1f/s  %s  %,9d answered, %,d errors", names.get(i),
                    (door.answered() + door.errors()) / (to - from), latencies(door.latencies()), door.answered(), door.errors()));
        }
        return lines;
    }

    /** A door over the whole run: its rate, latencies and counts. */
    static String total(PacedLoad load, double seconds) {
        long answered = load.answered();
        long errors = load.failed();
        return String.format(Locale.ROOT, "    %-14s %7.1f/s (planned %.1f/s)  %s  p99.9 %7.2f ms  %,9d answered, %,d errors", load.name(),
                (answered + errors) / seconds, load.perSecond(), latencies(load.total()), load.total().getValueAtPercentile(99.9) / 1e6,
                answered, errors);
    }

    private static String latencies(Histogram h) {
        return h.getTotalCount() == 0 ? String.format(Locale.ROOT, "%-46s", "no answer")
                : String.format(Locale.ROOT, "p50 %6.2f ms  p99 %7.2f ms  max %8.2f ms", h.getValueAtPercentile(50) / 1e6,
                        h.getValueAtPercentile(99) / 1e6, h.getMaxValue() / 1e6);
    }

    private static String heap(List<GcPause> pauses) {
        if (pauses.isEmpty()) {
            return "no collection";
        }
        long full = pauses.stream().filter(GcPause::full).count();
        return String.format(Locale.ROOT, "heap after GC %d-%d MB of %d MB (%d young, %d full)",
                pauses.stream().mapToLong(GcPause::afterMb).min().orElse(0), pauses.stream().mapToLong(GcPause::afterMb).max().orElse(0),
                pauses.getLast().committedMb(), pauses.size() - full, full);
    }

    /** The cores the server, this tool and everything else kept busy on average. */
    private static String cpu(CpuMeter.Usage usage, double seconds) {
        if (usage == null) {
            return "";
        }
        double[] process = usage.processSeconds();
        return String.format(Locale.ROOT, " | cores busy: server %.2f, this tool %.2f, others %.2f; load %.1f",
                process[0] / seconds, process[process.length - 1] / seconds, usage.othersCores(), CpuMeter.loadAverage());
    }
}
