package com.cartwise.bootstrap.serving;

import com.cartwise.application.recommend.WarmUpModels;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/** Readiness: down while {@link ModelWarmUp} loads the shops' models, so that no till is sent here before it can answer. */
@Singleton
final class ModelWarmUpHealth implements HealthIndicator {
    private final CompletableFuture<WarmUpModels.Result> ended;

    ModelWarmUpHealth(WarmUpModels warmUp) {
        this.ended = warmUp.ended().toCompletableFuture();
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Map<String, Object> details = new LinkedHashMap<>();
        // Ended however it went: a shop it could not load (or all, the database out of reach) loads on its first request.
        if (ended.isDone() && !ended.isCompletedExceptionally()) {
            WarmUpModels.Result result = ended.join();
            details.put("loaded", result.loaded().size());
            details.put("left", result.left().size());
            details.put("failed", result.failed().size());
            details.put("bytes", result.servedBytes());
        }
        HealthStatus status = ended.isDone() ? HealthStatus.UP : HealthStatus.DOWN;
        return Mono.just(HealthResult.builder("modelWarmUp", status).details(details).build());
    }
}
