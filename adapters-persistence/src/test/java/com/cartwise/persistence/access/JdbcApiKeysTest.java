package com.cartwise.persistence.access;

import com.cartwise.application.port.ApiKeys;
import com.cartwise.application.port.Shops;
import com.cartwise.persistence.testing.TestDatabase;

class JdbcApiKeysTest extends ApiKeysContract {
    @Override
    protected ApiKeys keys() {
        return TestDatabase.context().getBean(ApiKeys.class);
    }

    @Override
    protected Shops shops() {
        return TestDatabase.context().getBean(Shops.class);
    }
}
