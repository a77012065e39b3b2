package com.cartwise.persistence.bundles;

import com.cartwise.persistence.testing.PostgresPorts;
import com.cartwise.persistence.testing.Ports;

class JdbcActiveBundlesTest extends ActiveBundlesContract {
    @Override
    protected Ports ports() {
        return PostgresPorts.shared();
    }
}
