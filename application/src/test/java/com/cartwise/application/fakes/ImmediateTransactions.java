package com.cartwise.application.fakes;

import com.cartwise.application.port.Transactions;
import java.util.function.Supplier;

/**
 * Runs the work without a transaction: the in-memory fakes cannot roll back, so all-or-nothing
 * behaviour is specified against PostgreSQL, in the persistence and end-to-end tests.
 */
public final class ImmediateTransactions implements Transactions {
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
