package com.cartwise.persistence.bundles;

import com.cartwise.persistence.testing.PostgresPorts;
import com.cartwise.persistence.testing.Ports;

class JdbcBundleRecommendationsTest extends BundleRecommendationsContract {
    @Override
    protected Ports ports() {
        return PostgresPorts.shared();
    }
}
