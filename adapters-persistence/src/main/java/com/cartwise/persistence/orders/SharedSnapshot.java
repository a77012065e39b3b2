package com.cartwise.persistence.orders;

import com.cartwise.persistence.PooledConnections;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two read-only sessions that see the database as one: the first exports its transaction's
 * snapshot ({@code pg_export_snapshot}), the second adopts it ({@code SET TRANSACTION SNAPSHOT}),
 * as pg_dump's parallel jobs do. When the pool has no second connection free there is only the
 * first, which then does all the reading itself.
 */
final class SharedSnapshot implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SharedSnapshot.class);
    /** What PostgreSQL names an exported snapshot by, e.g. {@code 00000003-0000001B-1}; checked before it is spliced into SQL. */
    private static final Pattern SNAPSHOT_ID = Pattern.compile("[0-9A-F]+(-[0-9A-F]+)+");
    private static final String READ_ONLY_SNAPSHOT = "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY";

    private final Connection first;
    private final Connection second;

    private SharedSnapshot(Connection first, Connection second) {
        this.first = first;
        this.second = second;
    }

    static SharedSnapshot open(PooledConnections connections) throws SQLException {
        Connection first = begin(connections.open());
        try {
            String snapshot;
            try (Statement export = first.createStatement(); ResultSet id = export.executeQuery("SELECT pg_export_snapshot()")) {
                id.next();
                snapshot = id.getString(1);
            }
            if (!SNAPSHOT_ID.matcher(snapshot).matches()) {
                throw new SQLException("PostgreSQL exported a snapshot named '" + snapshot + "', not one this reader knows");
            }
            Connection second;
            try {
                second = connections.openIfFree().orElse(null);
            } catch (SQLException poolBusy) {
                second = null;
            }
            if (second == null) {
                LOG.info("No second database connection free for a training's read: reading in one session"
                        + " (datasources.default.maximum-pool-size)");
                return new SharedSnapshot(first, null);
            }
            try {
                begin(second);
                try (Statement adopt = second.createStatement()) {
                    adopt.execute("SET TRANSACTION SNAPSHOT '" + snapshot + "'");
                }
                return new SharedSnapshot(first, second);
            } catch (SQLException | RuntimeException e) {
                end(second, e);
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            end(first, e);
            throw e;
        }
    }

    Connection first() {
        return first;
    }

    /** The second session, unless the pool had none to spare. */
    Optional<Connection> second() {
        return Optional.ofNullable(second);
    }

    @Override
    public void close() throws SQLException {
        SQLException failure = null;
        for (Connection session : second == null ? new Connection[] {first} : new Connection[] {second, first}) {
            try {
                session.rollback();
                session.setAutoCommit(true);
                session.close();
            } catch (SQLException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
                session.close();
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static Connection begin(Connection session) throws SQLException {
        session.setAutoCommit(false);
        try (Statement isolation = session.createStatement()) {
            // the first statement of the transaction the driver begins: before any query, as PostgreSQL requires
            isolation.execute(READ_ONLY_SNAPSHOT);
        }
        return session;
    }

    private static void end(Connection session, Exception cause) {
        try {
            session.rollback();
            session.setAutoCommit(true);
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
        try {
            session.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
