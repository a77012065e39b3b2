package com.cartwise.persistence;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Plain JDBC on the connection of the current transaction: the caller's one when there is one,
 * else a new one for this work alone. Streamed reads and statements with several steps use this
 * instead of repositories because cursors need the statement in hand; PostgreSQL only streams a
 * result with a fetch size inside a transaction.
 */
@Singleton
public final class TransactionalJdbc {
    private final TransactionOperations<Connection> transactions;

    public TransactionalJdbc(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    public <T> T write(SqlWork<T> work) {
        return transactions.executeWrite(status -> run(work, status.getConnection()));
    }

    public <T> T read(SqlWork<T> work) {
        return transactions.executeRead(status -> run(work, status.getConnection()));
    }

    private static <T> T run(SqlWork<T> work, Connection connection) {
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** An {@link SQLException} as every adapter reports it: for work on connections of its own, outside {@link #read} and {@link #write}. */
    public static DataAccessException failed(SQLException e) {
        return new DataAccessException("SQL failed: " + e.getMessage(), e);
    }

    /** Work on a connection; anything but an {@link SQLException} passes through untouched. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }
}
