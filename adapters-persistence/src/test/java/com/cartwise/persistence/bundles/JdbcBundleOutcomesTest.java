package com.cartwise.persistence.bundles;

import com.cartwise.persistence.testing.PostgresPorts;
import com.cartwise.persistence.testing.Ports;

class JdbcBundleOutcomesTest extends BundleOutcomesContract {
    @Override
    protected Ports ports() {
        return PostgresPorts.shared();
    }
}
