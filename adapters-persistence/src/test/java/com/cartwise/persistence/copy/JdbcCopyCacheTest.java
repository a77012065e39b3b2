package com.cartwise.persistence.copy;

import com.cartwise.application.port.CopyCache;
import com.cartwise.persistence.testing.PostgresPorts;
import com.cartwise.persistence.testing.Ports;
import com.cartwise.persistence.testing.TestDatabase;

class JdbcCopyCacheTest extends CopyCacheContract {
    @Override
    protected Ports ports() {
        return PostgresPorts.shared();
    }

    @Override
    protected CopyCache cache() {
        return TestDatabase.context().getBean(CopyCache.class);
    }
}
