package com.cartwise.persistence.analytics;

import com.cartwise.application.fakes.InMemoryEventFigures;
import com.cartwise.application.fakes.InMemoryEvents;
import com.cartwise.application.port.EventFigures;
import com.cartwise.application.port.Events;
import com.cartwise.persistence.testing.InMemoryPorts;
import com.cartwise.persistence.testing.Ports;

/** The application's fake sums by the same definitions, so use-case tests built on it tell the truth. */
class InMemoryEventFiguresTest extends EventFiguresContract {
    private final Ports ports = InMemoryPorts.create();
    private final InMemoryEvents events = new InMemoryEvents(ports.bundleOutcomes());
    private final EventFigures figures = new InMemoryEventFigures(events);

    @Override
    protected Ports ports() {
        return ports;
    }

    @Override
    protected Events events() {
        return events;
    }

    @Override
    protected EventFigures figures() {
        return figures;
    }
}
