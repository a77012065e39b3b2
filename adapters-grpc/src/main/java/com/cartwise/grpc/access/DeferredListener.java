package com.cartwise.grpc.access;

import io.grpc.ServerCall;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A call's listener until the call is admitted on another thread: what the transport delivers in
 * the meantime (the request, the half-close, a cancellation) is kept in order and handed on once
 * {@link #start} names the real listener; from then on events pass straight through. Events never
 * reach the real listener concurrently: {@link #start} hands over the kept ones before it lets any
 * new one pass.
 */
final class DeferredListener<Q> extends ServerCall.Listener<Q> {
    private final List<Consumer<ServerCall.Listener<Q>>> kept = new ArrayList<>();
    private ServerCall.Listener<Q> listener;
    private volatile boolean started;

    /** Hands the kept events, then every later one, to {@code next}; called once. */
    void start(ServerCall.Listener<Q> next) {
        while (true) {
            List<Consumer<ServerCall.Listener<Q>>> due;
            synchronized (this) {
                if (kept.isEmpty()) {
                    listener = next;
                    started = true;
                    return;
                }
                due = new ArrayList<>(kept);
                kept.clear();
            }
            due.forEach(event -> event.accept(next));
        }
    }

    private void deliver(Consumer<ServerCall.Listener<Q>> event) {
        if (!started) {
            synchronized (this) {
                if (!started) {
                    kept.add(event);
                    return;
                }
            }
        }
        event.accept(listener);
    }

    @Override
    public void onMessage(Q message) {
        deliver(l -> l.onMessage(message));
    }

    @Override
    public void onHalfClose() {
        deliver(ServerCall.Listener::onHalfClose);
    }

    @Override
    public void onCancel() {
        deliver(ServerCall.Listener::onCancel);
    }

    @Override
    public void onComplete() {
        deliver(ServerCall.Listener::onComplete);
    }

    @Override
    public void onReady() {
        deliver(ServerCall.Listener::onReady);
    }
}
