package com.cartwise.grpc;

import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the unary calls whose handler has returned: for a call that had to wait for the
 * database, that is when it has been handed to the model-loading queue.
 */
@Singleton
@Requires(property = InMemoryCartwiseFactory.WIRING, value = GatedModelStoreFactory.WIRING)
final class HandledCalls implements ServerInterceptor {
    private final AtomicInteger handled = new AtomicInteger();

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        return new SimpleForwardingServerCallListener<>(next.startCall(call, headers)) {
            @Override
            public void onHalfClose() {
                try {
                    super.onHalfClose();
                } finally {
                    handled.incrementAndGet();
                }
            }
        };
    }

    void await(int calls) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (handled.get() < calls) {
            if (System.nanoTime() > until) {
                throw new AssertionError(handled.get() + " calls handled, expected " + calls);
            }
            Thread.sleep(5);
        }
    }
}
