package com.cartwise.persistence;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Connections of the pool itself, outside Micronaut's transaction management, for work that
 * needs one session across several steps and manages its own transactions: an import's staging
 * tables live in its session, loaded by COPY and merged in one transaction at the end.
 */
@Singleton
public final class PooledConnections {
    private final DataSource pool;

    public PooledConnections(DataSource dataSource) {
        this.pool = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    public Connection open() throws SQLException {
        return pool.getConnection();
    }
}
