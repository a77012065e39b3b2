package com.cartwise.persistence;

import com.cartwise.application.port.Transactions;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;

/**
 * {@link Transactions} as one Micronaut JDBC transaction. The adapters' own work joins it (their
 * default propagation is "required"), so whatever the work writes shares its connection, and any
 * exception out of the work rolls everything back and reaches the caller unchanged: the use cases
 * catch {@code ImportRejectedException} by type.
 */
@Singleton
public final class JdbcTransactions implements Transactions {
    private final TransactionOperations<Connection> transactions;

    public JdbcTransactions(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.executeWrite(status -> work.get());
    }
}
