package com.cartwise.bootstrap.serving;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/** Readiness: down while {@link ModelWarmUp} loads the shops' models, so that no till is sent here before it can answer. */
@Singleton
final class ModelWarmUpHealth implements HealthIndicator {
    private final ModelWarmUp warmUp;

    ModelWarmUpHealth(ModelWarmUp warmUp) {
        this.warmUp = warmUp;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Map<String, Object> details = new LinkedHashMap<>();
        warmUp.result().ifPresent(result -> {
            details.put("loaded", result.loaded().size());
            details.put("left", result.left().size());
            details.put("failed", result.failed().size());
            details.put("bytes", result.servedBytes());
        });
        HealthStatus status = warmUp.done() ? HealthStatus.UP : HealthStatus.DOWN;
        return Mono.just(HealthResult.builder("modelWarmUp", status).details(details).build());
    }
}
