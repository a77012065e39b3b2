package com.cartwise.persistence.orders;

import static com.cartwise.persistence.SqlValues.instant;

import com.cartwise.domain.orders.BasketHistory;
import com.cartwise.domain.orders.Baskets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A shop's orders as baskets, in two streamed scans that need neither a join nor a sort in the
 * database: the orders oldest first (ties by name in byte order) along the index on
 * (created_at, name), then their lines along the primary key (order number, line number). The
 * import resolved every line to its variant when it merged it, so no name or SKU is matched
 * here. Joined in the database, the same rows cost a million-order shop's training 6 s (through a
 * cursor, an index lookup per order; without one, a hash join and a sort of three million lines,
 * both spilling to disk); the two scans take under 2 s (EXPLAIN ANALYZE on the generated shop).
 * <p>
 * Each scan is one PostgreSQL backend on one core. A large shop's are shared between two
 * sessions on one snapshot ({@link SharedSnapshot}): the first reads the orders and the lines of
 * the oldest numbers, the second, on a thread of its own, the lines of the rest, which wait in
 * columns until the orders are known.
 */
final class BasketReads {
    /** Rows per round trip: PostgreSQL streams them through a cursor inside the transaction. */
    static final int FETCH_SIZE = 10_000;

    private static final String ORDERS = """
            SELECT id, created_at FROM orders
            WHERE shop_id = ? AND id > ? AND cancelled_at IS NULL
            ORDER BY created_at, name""";
    private static final String LINES = """
            SELECT order_id, variant_id FROM order_lines
            WHERE shop_id = ? AND order_id > ? AND quantity > 0 AND NOT refunded
            ORDER BY order_id, line_number""";
    private static final String LINES_UP_TO = """
            SELECT order_id, variant_id FROM order_lines
            WHERE shop_id = ? AND order_id > ? AND order_id <= ? AND quantity > 0 AND NOT refunded
            ORDER BY order_id, line_number""";
    private static final String LAST_ORDER = "SELECT coalesce(max(id), 0) FROM orders WHERE shop_id = ?";
    // Made-up orders and lines shaped as the two queries above answer them (ten lines an order,
    // one line in a thousand unresolved), for the start's rehearsal: generated, no table read.
    private static final String MADE_UP_ORDERS = """
            SELECT g AS id, timestamptz '2024-01-01 00:00:00+00' + g * interval '1 minute' AS created_at
            FROM (SELECT ?::text) AS shop, generate_series(1, ?::bigint) AS g""";
    private static final String MADE_UP_LINES = """
            SELECT g / 10 + 1 AS order_id, nullif(g % 1000, 999)::bigint + 1 AS variant_id
            FROM (SELECT ?::text) AS shop, generate_series(0, ?::bigint * 10 - 1) AS g""";

    private BasketReads() {
    }

    /** The highest order number the shop has (0 for none). */
    static long lastOrder(Connection connection, String shop) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(LAST_ORDER)) {
            query.setString(1, shop);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** The orders numbered after {@code afterOrderId} (numbers start at 1). */
    static BasketHistory after(Connection connection, String shop, long afterOrderId) throws SQLException {
        return read(connection, ORDERS, LINES, shop, afterOrderId);
    }

    /** {@code orders} made-up orders of ten lines each, read as {@link #after(Connection, String, long)} reads a shop's. */
    static BasketHistory rehearse(Connection connection, int orders) throws SQLException {
        return read(connection, MADE_UP_ORDERS, MADE_UP_LINES, "rehearsal", orders);
    }

    private static BasketHistory read(Connection connection, String ordersSql, String linesSql, String shop, long number)
            throws SQLException {
        OrderTimes orders = orders(connection, ordersSql, shop, number);
        OrderLines lines = new OrderLines(orders.byNumber());
        stream(connection, linesSql, row -> lines.add(row.getLong(1), variant(row)), shop, number);
        return history(orders, lines);
    }

    /**
     * The same, read by two sessions on one snapshot: {@code first} reads the orders and the lines
     * of orders numbered up to {@code split}, {@code second}, meanwhile on a thread of its own, the
     * lines after it.
     */
    static BasketHistory after(Connection first, Connection second, String shop, long afterOrderId, long split)
            throws SQLException {
        FutureTask<LineColumns> later = new FutureTask<>(() -> {
            LineColumns columns = new LineColumns();
            stream(second, LINES, row -> columns.add(row.getLong(1), variant(row)), shop, split);
            return columns;
        });
        Thread.ofPlatform().name("basket-lines-" + shop).daemon().start(later);
        OrderTimes orders;
        OrderLines lines;
        try {
            orders = orders(first, ORDERS, shop, afterOrderId);
            lines = new OrderLines(orders.byNumber());
            stream(first, LINES_UP_TO, row -> lines.add(row.getLong(1), variant(row)), shop, afterOrderId, split);
        } catch (SQLException | RuntimeException e) {
            // the second session is the caller's to close, so its scan must be over (or failed) first
            try {
                finished(later);
            } catch (SQLException | RuntimeException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw e;
        }
        LineColumns rest = finished(later);
        rest.replayInto(lines);
        return history(orders, lines);
    }

    private static OrderTimes orders(Connection connection, String sql, String shop, long afterOrderId) throws SQLException {
        OrderTimes orders = new OrderTimes();
        stream(connection, sql, row -> orders.add(row.getLong(1), instant(row, "created_at")), shop, afterOrderId);
        return orders;
    }

    private static long variant(ResultSet row) throws SQLException {
        long variant = row.getLong(2);
        return row.wasNull() ? OrderLines.UNRESOLVED : variant;
    }

    /** The second scan's lines, once it has ended, however long that takes; its failure as the read's. */
    private static LineColumns finished(FutureTask<LineColumns> scan) throws SQLException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return scan.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof SQLException sql) {
                        throw sql;
                    }
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new IllegalStateException("reading order lines failed", e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Each order that has lines, oldest first; one none of whose lines resolved is counted but makes no basket. */
    private static BasketHistory history(OrderTimes orders, OrderLines lines) {
        Baskets.Builder baskets = Baskets.builder();
        long withLines = 0;
        for (int order = 0; order < orders.size(); order++) {
            int byNumber = orders.numberRank(order);
            if (lines.linesOf(byNumber) == 0) {
                continue;
            }
            withLines++;
            int from = lines.resolvedFrom(byNumber);
            int to = lines.resolvedTo(byNumber);
            if (from < to) {
                baskets.add(orders.placedAt(order), lines.variantIds(), from, to);
            }
        }
        return new BasketHistory(baskets.build(), withLines, lines.lines(), lines.unresolved());
    }

    private static void stream(Connection connection, String sql, Row each, String shop, long... numbers) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setFetchSize(FETCH_SIZE);
            query.setString(1, shop);
            for (int n = 0; n < numbers.length; n++) {
                query.setLong(2 + n, numbers[n]);
            }
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    each.read(row);
                }
            }
        }
    }

    @FunctionalInterface
    private interface Row {
        void read(ResultSet row) throws SQLException;
    }
}
