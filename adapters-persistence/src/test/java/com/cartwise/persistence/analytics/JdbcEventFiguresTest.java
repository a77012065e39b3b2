package com.cartwise.persistence.analytics;

import com.cartwise.application.port.EventFigures;
import com.cartwise.application.port.Events;
import com.cartwise.persistence.testing.PostgresPorts;
import com.cartwise.persistence.testing.Ports;
import com.cartwise.persistence.testing.TestDatabase;

class JdbcEventFiguresTest extends EventFiguresContract {
    @Override
    protected Ports ports() {
        return PostgresPorts.shared();
    }

    @Override
    protected Events events() {
        return TestDatabase.context().getBean(Events.class);
    }

    @Override
    protected EventFigures figures() {
        return TestDatabase.context().getBean(EventFigures.class);
    }
}
