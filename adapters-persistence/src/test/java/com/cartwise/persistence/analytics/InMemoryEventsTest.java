package com.cartwise.persistence.analytics;

import com.cartwise.application.fakes.InMemoryEvents;
import com.cartwise.application.port.Events;
import com.cartwise.persistence.testing.InMemoryPorts;
import com.cartwise.persistence.testing.Ports;

/** The application's fake holds to the same contract, so use-case tests built on it tell the truth. */
class InMemoryEventsTest extends EventsContract {
    private final Ports ports = InMemoryPorts.create();
    private final Events events = new InMemoryEvents(ports.bundleOutcomes());

    @Override
    protected Ports ports() {
        return ports;
    }

    @Override
    protected Events events() {
        return events;
    }
}
