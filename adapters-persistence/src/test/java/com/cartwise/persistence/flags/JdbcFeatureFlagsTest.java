package com.cartwise.persistence.flags;

import com.cartwise.persistence.testing.Ports;
import com.cartwise.persistence.testing.PostgresPorts;

class JdbcFeatureFlagsTest extends FeatureFlagsContract {
    @Override
    protected Ports ports() {
        return PostgresPorts.shared();
    }
}
