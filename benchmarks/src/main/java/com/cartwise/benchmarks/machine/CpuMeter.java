package com.cartwise.benchmarks.machine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * CPU time from Linux's /proc, so that a run on a shared machine says what it measured: the CPU
 * the measured server spent per request (which other processes' load barely changes, unlike
 * throughput), and how many cores everything else on the machine kept busy meanwhile (neighbours'
 * builds; the load average cannot tell them apart from the run's own threads). Without /proc
 * (not Linux) nothing is measured and nothing is reported.
 */
public final class CpuMeter {
    /** Linux reports CPU time in clock ticks of 1/100 s (USER_HZ, fixed at 100 on x86 and ARM). */
    private static final double TICK_SECONDS = 0.01;
    private static final Path STAT = Path.of("/proc/stat");

    /** CPU seconds at one moment: the whole machine's busy time, and each watched process's. */
    public record Reading(long nanos, double machineBusy, double[] processes) {
    }

    private final long[] pids;

    /** @param pids the processes whose CPU is told apart from everyone else's; the first is the measured server */
    public CpuMeter(long... pids) {
        this.pids = pids.clone();
    }

    public boolean available() {
        return Files.isReadable(STAT);
    }

    public Reading read() {
        double[] processes = new double[pids.length];
        for (int i = 0; i < pids.length; i++) {
            processes[i] = ticksOf(pids[i]).orElse(0) * TICK_SECONDS;
        }
        return new Reading(System.nanoTime(), machineBusyTicks() * TICK_SECONDS, processes);
    }

    /**
     * What happened between two readings.
     *
     * @param processSeconds CPU seconds of each watched process, in the meter's order (the measured server first)
     * @param othersCores cores kept busy on average by every process not watched
     */
    public record Usage(double[] processSeconds, double othersCores) {
        /** Nothing known: no /proc, or nothing watched. */
        public static final Usage UNKNOWN = new Usage(new double[] {Double.NaN}, Double.NaN);

        public static Usage between(Reading from, Reading to) {
            double[] seconds = new double[from.processes().length];
            double watched = 0;
            for (int i = 0; i < seconds.length; i++) {
                seconds[i] = to.processes()[i] - from.processes()[i];
                watched += seconds[i];
            }
            double wall = (to.nanos() - from.nanos()) / 1e9;
            double others = Math.max(0, to.machineBusy() - from.machineBusy() - watched);
            return new Usage(seconds, wall > 0 ? others / wall : 0);
        }

        /** CPU seconds of the first watched process, the measured server. */
        public double serverSeconds() {
            return processSeconds[0];
        }
    }

    /** user + nice + system + irq + softirq + steal of the "cpu" line: every tick not idle or waiting for I/O. */
    static long busyTicks(String cpuLine) {
        String[] f = cpuLine.trim().split("\\s+");
        long busy = 0;
        for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
            busy += i < f.length ? Long.parseLong(f[i]) : 0;
        }
        return busy;
    }

    /** utime + stime of a /proc/PID/stat line (fields 14 and 15, counted after the command's closing parenthesis). */
    static long processTicks(String statLine) {
        String[] f = statLine.substring(statLine.lastIndexOf(')') + 2).split(" ");
        // f[0] is field 3 (state): utime is field 14, stime 15
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    /** The 1-minute load average of /proc/loadavg. */
    public static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long machineBusyTicks() {
        try {
            return busyTicks(Files.readAllLines(STAT).getFirst());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OptionalLong ticksOf(long pid) {
        try {
            return OptionalLong.of(processTicks(Files.readString(Path.of("/proc", Long.toString(pid), "stat"))));
        } catch (NoSuchFileException e) {
            return OptionalLong.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
