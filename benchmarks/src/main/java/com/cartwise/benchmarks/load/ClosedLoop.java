package com.cartwise.benchmarks.load;

import com.cartwise.benchmarks.machine.CpuMeter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;

/**
 * N client threads, each sending its next request as soon as the previous answer arrived (as a
 * till backend's worker threads do), first for the warm-up (not recorded), then for the measured
 * duration. The first failure of any thread stops all of them and fails the run.
 */
final class ClosedLoop {

    private ClosedLoop() {
    }

    /** @param meter the CPU to account for during the measured duration; null for none */
    static Measurement run(Door door, int threads, Duration warmup, Duration duration, CpuMeter meter) throws LoadFailure {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Histogram[] latencies = new Histogram[threads];
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long until = measureFrom + duration.toNanos();
        List<Thread> clients = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            latencies[t] = Measurement.emptyHistogram();
            clients.add(Thread.ofPlatform().name(door.name() + "-client-" + t).start(() -> {
                try (Door.Caller caller = door.caller(thread)) {
                    loop(caller, latencies[thread], measureFrom, until, failure);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }));
        }
        CpuMeter.Reading from = null;
        try {
            if (meter != null) {
                Thread.sleep(Duration.ofNanos(Math.max(0, measureFrom - System.nanoTime())));
                from = meter.read();
            }
            for (Thread client : clients) {
                client.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadFailure(door.name() + ": interrupted", e);
        }
        CpuMeter.Usage usage = from == null ? CpuMeter.Usage.UNKNOWN : CpuMeter.Usage.between(from, meter.read());
        if (failure.get() != null) {
            throw new LoadFailure(door.name() + " at " + threads + " threads failed: " + failure.get(), failure.get());
        }
        Histogram all = Measurement.emptyHistogram();
        for (Histogram h : latencies) {
            all.add(h);
        }
        // the meter watches the measured server first and this tool last
        double clientSeconds = usage.processSeconds()[usage.processSeconds().length - 1];
        return new Measurement(door.name(), threads, all.getTotalCount(), duration.toNanos() / 1e9, all, usage.serverSeconds(),
                from == null ? Double.NaN : clientSeconds, usage.othersCores(), from == null ? Double.NaN : CpuMeter.loadAverage());
    }

    private static void loop(Door.Caller caller, Histogram latencies, long measureFrom, long until,
                             AtomicReference<Throwable> failure) throws Exception {
        long now = System.nanoTime();
        while (now < until && failure.get() == null) {
            long sent = now;
            caller.call();
            now = System.nanoTime();
            if (sent >= measureFrom) {
                latencies.recordValue(Math.min(now - sent, Measurement.HIGHEST_NANOS));
            }
        }
    }

    static final class LoadFailure extends Exception {
        LoadFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
