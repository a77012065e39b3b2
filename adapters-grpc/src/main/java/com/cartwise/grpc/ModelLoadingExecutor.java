package com.cartwise.grpc;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The few threads on which gRPC calls may wait for the database: a shop's first request loads its
 * model, a shop without one is looked up, and a key due to be read again is read
 * ({@link com.cartwise.grpc.access.ApiKeyInterceptor}). Bounded, so a burst of cold shops queues here rather
 * than starting a thread per call and exhausting the connection pool; a call whose deadline passes
 * while it waits is dropped unanswered by grpc-java and never computed (see
 * {@link RecommendationGrpcService}).
 */
@Factory
public final class ModelLoadingExecutor {
    public static final String NAME = "grpc-model-loading";
    public static final String THREADS = "cartwise.grpc.model-loading-threads";
    /** Enough for a few cold shops loading at once, few enough to leave the pool's other connections to imports and jobs. */
    public static final int DEFAULT_THREADS = 4;

    @Singleton
    @Named(NAME)
    @Bean(preDestroy = "shutdownNow")
    ExecutorService modelLoading(@Value("${" + THREADS + ":" + DEFAULT_THREADS + "}") int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException(THREADS + " must be at least 1, but was " + threads);
        }
        return Executors.newFixedThreadPool(threads, Thread.ofPlatform().name(NAME + "-", 1).daemon().factory());
    }
}
