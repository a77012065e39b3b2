package com.cartwise.persistence.bundles;

import com.cartwise.persistence.testing.InMemoryPorts;
import com.cartwise.persistence.testing.Ports;

/** The application's fake holds to the same contract, so use-case tests built on it tell the truth. */
class InMemoryBundleRecommendationsTest extends BundleRecommendationsContract {
    private final Ports ports = InMemoryPorts.create();

    @Override
    protected Ports ports() {
        return ports;
    }
}
