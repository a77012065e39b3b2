package com.cartwise.persistence;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
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

    /**
     * A connection if the pool can give one without waiting (it has fewer out than its maximum),
     * else none: for work that would rather do without a second connection than wait up to the
     * pool's timeout for it. A connection taken by another thread meanwhile still makes this wait,
     * and fail as {@link #open} does.
     */
    public Optional<Connection> openIfFree() throws SQLException {
        if (pool.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource hikari = pool.unwrap(HikariDataSource.class);
            HikariPoolMXBean state = hikari.getHikariPoolMXBean();
            if (state != null && state.getActiveConnections() >= hikari.getMaximumPoolSize()) {
                return Optional.empty();
            }
        }
        return Optional.of(pool.getConnection());
    }
}
