package com.cartwise.benchmarks.soak;

import com.cartwise.benchmarks.load.Door;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * One door under open-loop load: a pacer plans a request every 1/rate seconds whatever the server
 * does, as a shop's tills do, and worker threads (each with its own {@link Door.Caller}) send them.
 * A request's latency runs from its planned time, not from when a worker got to it, so a server
 * that stalls is charged for every request that waited behind the stall (no coordinated omission).
 * A request not answered within the timeout of its planned time is an error (the till gave up),
 * and one still queued past it is not sent at all.
 */
final class PacedLoad {
    private static final long HIGHEST_NANOS = 60_000_000_000L;
    private final Door door;
    private final double perSecond;
    private final int workers;
    private final long timeoutNanos;
    private final ErrorTally errors;
    private final Recorder latencies = new Recorder(HIGHEST_NANOS, 3);
    private final LongAdder answered = new LongAdder();
    private final LongAdder failed = new LongAdder();
    /** The most the pacer woke after a planned time since the last interval: this tool's own lateness (a starved client). */
    private final AtomicLong pacerLate = new AtomicLong();
    private final BlockingQueue<Long> planned = new LinkedBlockingQueue<>();
    private final List<Thread> threads = new ArrayList<>();
    private final Histogram total = new Histogram(HIGHEST_NANOS, 3);
    private long answeredBefore;
    private long failedBefore;
    private volatile boolean planning = true;

    /**
     * What the door did since the previous {@link #interval()}: answers in time, errors, the latencies of every answer, and
     * how late this tool's pacer was at most (nanoseconds): when the machine starves the client, its timeouts are no
     * verdict on the server.
     */
    record Interval(long answered, long errors, Histogram latencies, long pacerLateNanos) {
    }

    PacedLoad(Door door, double perSecond, int workers, long timeoutNanos, ErrorTally errors) {
        if (perSecond <= 0 || workers < 1) {
            throw new IllegalArgumentException(door.name() + ": the rate and the workers must be positive");
        }
        this.door = door;
        this.perSecond = perSecond;
        this.workers = workers;
        this.timeoutNanos = timeoutNanos;
        this.errors = errors;
    }

    String name() {
        return door.name();
    }

    double perSecond() {
        return perSecond;
    }

    /** Plans requests from {@code fromNanos} until {@code untilNanos} (System.nanoTime()). */
    void start(long fromNanos, long untilNanos) {
        for (int w = 0; w < workers; w++) {
            int worker = w;
            threads.add(Thread.ofPlatform().daemon().name(door.name() + "-" + w).start(() -> work(worker)));
        }
        threads.add(Thread.ofPlatform().daemon().name(door.name() + "-pacer").start(() -> plan(fromNanos, untilNanos)));
    }

    /** Waits until every planned request has been answered or given up. */
    void join() throws InterruptedException {
        for (Thread thread : threads) {
            thread.join();
        }
    }

    Interval interval() {
        Histogram histogram = latencies.getIntervalHistogram();
        total.add(histogram);
        long ok = answered.sum();
        long bad = failed.sum();
        Interval interval = new Interval(ok - answeredBefore, bad - failedBefore, histogram, pacerLate.getAndSet(0));
        answeredBefore = ok;
        failedBefore = bad;
        return interval;
    }

    /** Requests answered in time since the start. */
    long answered() {
        return answered.sum();
    }

    /** Requests that failed or timed out since the start. */
    long failed() {
        return failed.sum();
    }

    /** Every answer's latency since the start (as far as {@link #interval()} has collected them). */
    Histogram total() {
        return total;
    }

    private void plan(long fromNanos, long untilNanos) {
        long period = Math.round(1e9 / perSecond);
        for (long at = fromNanos; at < untilNanos; at += period) {
            for (long wait = at - System.nanoTime(); wait > 0; wait = at - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            long late = System.nanoTime() - at;
            pacerLate.accumulateAndGet(late, Math::max);
            planned.add(at);
        }
        planning = false;
    }

    private void work(int worker) {
        Door.Caller caller = null;
        try {
            while (planning || !planned.isEmpty()) {
                Long at = planned.poll(100, TimeUnit.MILLISECONDS);
                if (at != null) {
                    caller = send(caller, worker, at);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close(caller);
        }
    }

    /** Sends one planned request; answers the caller to use next (a new one after an error: its connection may be broken). */
    private Door.Caller send(Door.Caller caller, int worker, long plannedAt) {
        if (System.nanoTime() - plannedAt > timeoutNanos) {
            errors.count(door.name(), ErrorTally.TIMEOUT, "still waiting to be sent " + timeoutNanos / 1_000_000 + " ms after its planned time");
            failed.increment();
            return caller;
        }
        Door.Caller current = caller;
        try {
            if (current == null) {
                current = door.caller(worker);
            }
            current.call();
            long latency = System.nanoTime() - plannedAt;
            latencies.recordValue(Math.min(latency, HIGHEST_NANOS));
            if (latency > timeoutNanos) {
                errors.count(door.name(), ErrorTally.TIMEOUT, "answered " + latency / 1_000_000 + " ms after its planned time");
                failed.increment();
            } else {
                answered.increment();
            }
            return current;
        } catch (Exception e) {
            errors.count(door.name(), e);
            failed.increment();
            close(current);
            return null;
        }
    }

    private static void close(Door.Caller caller) {
        if (caller != null) {
            try {
                caller.close();
            } catch (Exception ignored) {
                // a broken connection being dropped: its error was counted when it broke
            }
        }
    }
}
