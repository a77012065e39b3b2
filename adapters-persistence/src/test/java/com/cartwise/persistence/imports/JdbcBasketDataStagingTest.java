package com.cartwise.persistence.imports;

import com.cartwise.persistence.testing.PostgresPorts;
import com.cartwise.persistence.testing.Ports;

/** PostgreSQL's stage (COPY into temporary tables, checks and merge in SQL), held to the contract. */
class JdbcBasketDataStagingTest extends BasketDataStagingContract {
    @Override
    protected Ports ports() {
        return PostgresPorts.shared();
    }
}
