package com.cartwise.bootstrap.operations;

import com.cartwise.application.port.ServingMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The served-model cache as Micrometer meters: hits and misses, and per shop in memory its model's
 * size, version and age (read at each scrape, so the age grows between trainings).
 */
@Singleton
final class MicrometerServingMetrics implements ServingMetrics {
    private final Counter hits;
    private final Counter misses;
    private final MultiGauge size;
    private final MultiGauge version;
    private final MultiGauge age;
    private final Clock clock;

    MicrometerServingMetrics(MeterRegistry registry, Clock clock) {
        this.clock = clock;
        this.hits = cacheCounter(registry, "hit");
        this.misses = cacheCounter(registry, "miss");
        this.size = MultiGauge.builder("cartwise.model.size").description("Memory a shop's served model holds")
                .baseUnit("bytes").register(registry);
        this.version = MultiGauge.builder("cartwise.model.version").description("The version of a shop's served model")
                .register(registry);
        this.age = MultiGauge.builder("cartwise.model.age").description("Time since a shop's served model was trained")
                .baseUnit("seconds").register(registry);
    }

    private static Counter cacheCounter(MeterRegistry registry, String result) {
        return Counter.builder("cartwise.model.cache").description("Requests that found their shop's model in memory, or not")
                .tag("result", result).register(registry);
    }

    @Override
    public void hit() {
        hits.increment();
    }

    @Override
    public void miss() {
        misses.increment();
    }

    @Override
    public void servedChanged(List<Served> served) {
        size.register(served.stream().map(s -> MultiGauge.Row.of(tags(s), s.bytes())).toList(), true);
        version.register(served.stream().map(s -> MultiGauge.Row.of(tags(s), s.version())).toList(), true);
        age.register(served.stream().map(s -> MultiGauge.Row.of(tags(s), s,
                m -> Duration.between(m.trainedAt(), clock.instant()).toMillis() / 1000.0)).toList(), true);
    }

    private static Tags tags(Served served) {
        return Tags.of("shop", served.shop().value());
    }
}
