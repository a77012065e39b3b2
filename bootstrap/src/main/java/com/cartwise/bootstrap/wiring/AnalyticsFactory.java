package com.cartwise.bootstrap.wiring;

import com.cartwise.application.analytics.RecordEvents;
import com.cartwise.application.port.Events;
import com.cartwise.application.port.Shops;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Wires the closed loop's use cases: events in, analytics out (docs/ANALYTICS.md). */
@Factory
final class AnalyticsFactory {

    @Singleton
    RecordEvents recordEvents(Shops shops, Events events) {
        return new RecordEvents(shops, events);
    }
}
