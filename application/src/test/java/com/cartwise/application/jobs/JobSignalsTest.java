package com.cartwise.application.jobs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A waiter is woken by news that comes after what it has seen, and only by that. */
@Timeout(10)
class JobSignalsTest {
    private final JobSignals.Signal signal = new JobSignals().queued();

    @Test
    void newsThatCameBeforeTheWaitStillEndsItAtOnce() throws InterruptedException {
        long seen = signal.rings();
        signal.ring();

        assertTrue(signal.awaitAfter(seen, Duration.ofMinutes(5)));
    }

    @Test
    void withoutNewsTheWaitRunsOutAndSaysSo() throws InterruptedException {
        signal.ring();
        long seen = signal.rings();

        long started = System.nanoTime();
        assertFalse(signal.awaitAfter(seen, Duration.ofMillis(50)));
        assertTrue(System.nanoTime() - started >= TimeUnit.MILLISECONDS.toNanos(50));
    }

    @Test
    void aRingFromAnotherThreadWakesEveryWaiter() throws Exception {
        long seen = signal.rings();
        try (ExecutorService waiters = Executors.newFixedThreadPool(2)) {
            Future<Boolean> first = waiters.submit(() -> signal.awaitAfter(seen, Duration.ofMinutes(5)));
            Future<Boolean> second = waiters.submit(() -> signal.awaitAfter(seen, Duration.ofMinutes(5)));
            Thread.sleep(50);

            signal.ring();

            assertTrue(first.get(5, TimeUnit.SECONDS));
            assertTrue(second.get(5, TimeUnit.SECONDS));
        }
    }
}
