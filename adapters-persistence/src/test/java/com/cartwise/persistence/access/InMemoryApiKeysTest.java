package com.cartwise.persistence.access;

import com.cartwise.application.fakes.InMemoryApiKeys;
import com.cartwise.application.fakes.InMemoryShops;
import com.cartwise.application.port.ApiKeys;
import com.cartwise.application.port.Shops;

/** The application's fake holds to the same contract, so use-case tests built on it tell the truth. */
class InMemoryApiKeysTest extends ApiKeysContract {
    private final InMemoryApiKeys keys = new InMemoryApiKeys();
    private final InMemoryShops shops = new InMemoryShops();

    @Override
    protected ApiKeys keys() {
        return keys;
    }

    @Override
    protected Shops shops() {
        return shops;
    }
}
