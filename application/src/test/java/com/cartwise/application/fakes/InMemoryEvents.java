package com.cartwise.application.fakes;

import com.cartwise.application.port.BundleOutcomes;
import com.cartwise.application.port.Events;
import com.cartwise.domain.analytics.Event;
import com.cartwise.domain.analytics.EventId;
import com.cartwise.domain.pricing.BundleOutcome;
import com.cartwise.domain.shop.ShopId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@link Events} in memory, for tests of the use cases and of the adapters in front of them. */
public final class InMemoryEvents implements Events {
    private final Map<ShopId, Map<EventId, Event>> byShop = new ConcurrentHashMap<>();
    private final BundleOutcomes outcomes;

    /** @param outcomes where the bundle outcomes of new events go */
    public InMemoryEvents(BundleOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public int record(ShopId shop, List<Event> events, Map<EventId, BundleOutcome> taught) {
        Map<EventId, Event> kept = byShop.computeIfAbsent(shop, s -> new LinkedHashMap<>());
        synchronized (kept) {
            int recorded = 0;
            for (Event event : events) {
                if (kept.putIfAbsent(event.id(), event) == null) {
                    recorded++;
                    BundleOutcome outcome = taught.get(event.id());
                    if (outcome != null) {
                        outcomes.record(shop, outcome);
                    }
                }
            }
            return recorded;
        }
    }

    /** The shop's events, in the order they were first recorded. */
    public List<Event> of(ShopId shop) {
        Map<EventId, Event> kept = byShop.getOrDefault(shop, Map.of());
        synchronized (kept) {
            return new ArrayList<>(kept.values());
        }
    }
}
