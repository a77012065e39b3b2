package com.cartwise.persistence.copy;

import com.cartwise.application.fakes.InMemoryCopyCache;
import com.cartwise.application.port.CopyCache;
import com.cartwise.persistence.testing.InMemoryPorts;
import com.cartwise.persistence.testing.Ports;

/** The application's fake holds to the same contract, so use-case tests built on it tell the truth. */
class InMemoryCopyCacheTest extends CopyCacheContract {
    private final Ports ports = InMemoryPorts.create();
    private final CopyCache cache = new InMemoryCopyCache();

    @Override
    protected Ports ports() {
        return ports;
    }

    @Override
    protected CopyCache cache() {
        return cache;
    }
}
