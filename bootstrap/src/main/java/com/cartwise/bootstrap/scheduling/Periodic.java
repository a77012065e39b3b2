package com.cartwise.bootstrap.scheduling;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;

/**
 * A task this instance repeats on a daemon thread of its own, a period after each round ends, once
 * {@link #start started}. A round that fails (the database briefly unreachable) is logged and the
 * next one tries again.
 */
final class Periodic implements AutoCloseable {
    private final String threadName;
    private final Duration initialDelay;
    private final Duration period;
    private final Runnable round;
    private final Logger log;
    private final String failure;
    private ScheduledExecutorService executor;
    private boolean closed;

    /**
     * @param initialDelay how long after {@link #start} the first round runs
     * @param failure      what the log says a failed round could not do ("read the feature flags")
     */
    Periodic(String threadName, Duration initialDelay, Duration period, Runnable round, Logger log, String failure) {
        this.threadName = threadName;
        this.initialDelay = initialDelay;
        this.period = period;
        this.round = round;
        this.log = log;
        this.failure = failure;
    }

    /** Starts the rounds; a second call, or one after {@link #close}, does nothing. */
    synchronized void start() {
        if (executor != null || closed) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name(threadName).daemon().factory());
        long every = Math.max(100, period.toMillis());
        executor.scheduleWithFixedDelay(() -> {
            try {
                round.run();
            } catch (RuntimeException e) {
                log.warn("could not {}: {}", failure, e.getMessage());
            }
        }, initialDelay.toMillis(), every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
