package com.cartwise.bootstrap.operations;

import com.cartwise.application.port.AccessMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Map;

/** Refused requests as {@code cartwise_requests_refused_total{door, reason}}, every pair registered at start so a scrape shows zeros. */
@Singleton
final class MicrometerAccessMetrics implements AccessMetrics {
    private final Map<Door, Map<Refusal, Counter>> counters = new EnumMap<>(Door.class);

    MicrometerAccessMetrics(MeterRegistry registry) {
        for (Door door : Door.values()) {
            Map<Refusal, Counter> byReason = new EnumMap<>(Refusal.class);
            for (Refusal refusal : Refusal.values()) {
                byReason.put(refusal, Counter.builder("cartwise.requests.refused")
                        .description("Requests a door refused before any use case ran, by door and reason")
                        .tag("door", door.wireName()).tag("reason", refusal.wireName()).register(registry));
            }
            counters.put(door, byReason);
        }
    }

    @Override
    public void refused(Door door, Refusal refusal) {
        counters.get(door).get(refusal).increment();
    }
}
