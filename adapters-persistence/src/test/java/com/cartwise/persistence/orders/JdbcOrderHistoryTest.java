package com.cartwise.persistence.orders;

import com.cartwise.persistence.testing.PostgresPorts;
import com.cartwise.persistence.testing.Ports;

/** PostgreSQL's order history, held to the contract; all-or-nothing imports are in {@code JdbcTransactionsTest}. */
class JdbcOrderHistoryTest extends OrderHistoryContract {
    @Override
    protected Ports ports() {
        return PostgresPorts.shared();
    }
}
