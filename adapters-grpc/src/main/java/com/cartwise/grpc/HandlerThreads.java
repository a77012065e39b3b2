package com.cartwise.grpc;

import io.grpc.ServerBuilder;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Where gRPC handlers run, instead of micronaut-grpc's default, the unbounded cached {@code io}
 * pool (a profile at 16 client threads found 25 of its threads taking turns on two cores).
 * {@value #THREADS} = N > 0: a fixed pool of N threads, by default one per core, since the work is
 * CPU only; 0: on the Netty event loop that read the call, with no thread hop at all, but then all
 * calls of one connection share one thread, and a POS backend keeps one connection: on two
 * cores RecommendForCart then served fewer requests with a worse p99 than on two threads
 * (docs/BENCHMARKS.md, "Serving load").
 * <p>
 * Either way a handler must not wait for the database on these threads:
 * {@link RecommendationGrpcService} answers from the in-memory model and hands a call that needs
 * a load to {@link ModelLoadingExecutor}, where {@link com.cartwise.grpc.access.ApiKeyInterceptor}
 * also admits a call whose key must be read; health and reflection never block.
 */
@Singleton
final class HandlerThreads implements BeanCreatedEventListener<ServerBuilder<?>> {
    static final String THREADS = "cartwise.grpc.handler-threads";
    private final ExecutorService pool;

    HandlerThreads(@Property(name = THREADS) @Nullable Integer configured) {
        int threads = configured == null ? Runtime.getRuntime().availableProcessors() : configured;
        if (threads < 0) {
            throw new IllegalArgumentException(THREADS + " must be 0 (the event loop) or more, but was " + threads);
        }
        this.pool = threads == 0 ? null
                : Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("grpc-handler-", 1).daemon().factory());
    }

    @Override
    public ServerBuilder<?> onCreated(BeanCreatedEvent<ServerBuilder<?>> event) {
        return pool == null ? event.getBean().directExecutor() : event.getBean().executor(pool);
    }

    @PreDestroy
    void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
