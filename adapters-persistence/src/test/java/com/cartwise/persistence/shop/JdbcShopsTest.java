package com.cartwise.persistence.shop;

import com.cartwise.persistence.testing.PostgresPorts;
import com.cartwise.persistence.testing.Ports;

class JdbcShopsTest extends ShopsContract {
    @Override
    protected Ports ports() {
        return PostgresPorts.shared();
    }
}
