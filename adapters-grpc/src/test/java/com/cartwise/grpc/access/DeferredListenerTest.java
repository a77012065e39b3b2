package com.cartwise.grpc.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.grpc.ServerCall;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DeferredListenerTest {
    /** Records what it is told, and whether it was ever told two things at once. */
    private static final class Recording extends ServerCall.Listener<Integer> {
        final List<String> events = new ArrayList<>();
        final AtomicBoolean busy = new AtomicBoolean();
        volatile boolean overlapped;

        private void record(String event) {
            if (!busy.compareAndSet(false, true)) {
                overlapped = true;
            }
            events.add(event);
            busy.set(false);
        }

        @Override
        public void onMessage(Integer message) {
            record("message " + message);
        }

        @Override
        public void onHalfClose() {
            record("half-close");
        }

        @Override
        public void onCancel() {
            record("cancel");
        }

        @Override
        public void onComplete() {
            record("complete");
        }

        @Override
        public void onReady() {
            record("ready");
        }
    }

    @Test
    void whatArrivesBeforeTheStartIsHandedOnInOrderAndWhatArrivesAfterPassesStraightThrough() {
        DeferredListener<Integer> deferred = new DeferredListener<>();
        Recording listener = new Recording();

        deferred.onReady();
        deferred.onMessage(1);
        deferred.onHalfClose();
        assertEquals(List.of(), listener.events);
        deferred.start(listener);
        deferred.onCancel();
        deferred.onComplete();

        assertEquals(List.of("ready", "message 1", "half-close", "cancel", "complete"), listener.events);
    }

    @Test
    void eventsArrivingWhileTheStartHandsOnTheKeptOnesKeepTheirOrderAndNeverOverlap() throws InterruptedException {
        for (int round = 0; round < 50; round++) {
            DeferredListener<Integer> deferred = new DeferredListener<>();
            Recording listener = new Recording();
            CountDownLatch halfway = new CountDownLatch(1);
            Thread transport = Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 20_000; i++) {
                    deferred.onMessage(i);
                    if (i == 10_000) {
                        halfway.countDown();
                    }
                }
            });
            halfway.await();
            deferred.start(listener);
            transport.join();

            assertFalse(listener.overlapped, "two events at once");
            assertEquals(IntStream.range(0, 20_000).mapToObj(i -> "message " + i).toList(), listener.events);
        }
    }
}
