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
        Connection first = connections.open();
        try {
            begin(first);
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
                endAfter(second, e);
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            endAfter(first, e);
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
        SQLException failure = second == null ? null : end(second, null);
        failure = end(first, failure);
        if (failure != null) {
            throw failure;
        }
    }

    private static void begin(Connection session) throws SQLException {
        session.setAutoCommit(false);
        try (Statement isolation = session.createStatement()) {
            // the first statement of the transaction the driver begins: before any query, as PostgreSQL requires
            isolation.execute(READ_ONLY_SNAPSHOT);
        }
    }

    /** Ends the session after {@code cause}, to which what fails in ending it is added. */
    private static void endAfter(Connection session, Exception cause) {
        SQLException failure = end(session, null);
        if (failure != null) {
            cause.addSuppressed(failure);
        }
    }

    /**
     * Rolls the session's transaction back and gives the connection back, closing it whatever
     * failed first; answers {@code failure} with what failed here added (or as it, when null).
     */
    private static SQLException end(Connection session, SQLException failure) {
        try {
            session.rollback();
            session.setAutoCommit(true);
        } catch (SQLException e) {
            failure = collected(failure, e);
        }
        try {
            session.close();
        } catch (SQLException e) {
            failure = collected(failure, e);
        }
        return failure;
    }

    private static SQLException collected(SQLException failure, SQLException next) {
        if (failure == null) {
            return next;
        }
        failure.addSuppressed(next);
        return failure;
    }
}
