package com.cartwise.bootstrap.scheduling;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;

/**
 * A task this instance repeats on a daemon thread of its own, a period after each round ends. A
 * round that fails (the database briefly unreachable) is logged and the next one tries again.
 */
final class Periodic implements AutoCloseable {
    private final ScheduledExecutorService executor;

    /**
     * @param initialDelay how long after the start the first round runs
     * @param failure      what the log says a failed round could not do ("read the feature flags")
     */
    Periodic(String threadName, Duration initialDelay, Duration period, Runnable round, Logger log, String failure) {
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
    public void close() {
        executor.shutdownNow();
    }
}
