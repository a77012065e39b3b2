package com.cartwise.persistence.imports;

import com.cartwise.persistence.testing.InMemoryPorts;
import com.cartwise.persistence.testing.Ports;

/** The application's fake stage holds to the same contract, so use-case tests built on it tell the truth. */
class InMemoryRunLayoutStagingTest extends RunLayoutStagingContract {
    private final Ports ports = InMemoryPorts.create();

    @Override
    protected Ports ports() {
        return ports;
    }
}
