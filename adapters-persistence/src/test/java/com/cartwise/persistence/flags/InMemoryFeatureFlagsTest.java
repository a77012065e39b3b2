package com.cartwise.persistence.flags;

import com.cartwise.persistence.testing.InMemoryPorts;
import com.cartwise.persistence.testing.Ports;

/** The application's fake holds to the same contract, so use-case tests built on it tell the truth. */
class InMemoryFeatureFlagsTest extends FeatureFlagsContract {
    private final Ports ports = InMemoryPorts.create();

    @Override
    protected Ports ports() {
        return ports;
    }
}
