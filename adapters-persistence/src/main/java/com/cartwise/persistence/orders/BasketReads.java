package com.cartwise.persistence.orders;

import static com.cartwise.persistence.SqlValues.instant;

import com.cartwise.domain.orders.BasketHistory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A shop's orders as baskets, streamed in one pass. The import resolved every line to its variant
 * when it merged it, so this reads an order's lines by the primary key, in order: no join on
 * names or SKUs, cost linear in the lines. Orders come oldest first (ties by name in byte order,
 * which the index on (created_at, name) gives without a sort).
 */
final class BasketReads {
    /** Rows per round trip: PostgreSQL streams them through a cursor inside the transaction. */
    static final int FETCH_SIZE = 10_000;

    private static final String LINES = """
            SELECT o.name, o.created_at, l.variant_id
            FROM orders o
            JOIN order_lines l ON l.shop_id = o.shop_id AND l.order_id = o.id AND l.quantity > 0 AND NOT l.refunded
            WHERE o.shop_id = ? AND o.id > ? AND o.cancelled_at IS NULL
            ORDER BY o.created_at, o.name, l.line_number""";

    private BasketReads() {
    }

    static BasketHistory all(Connection connection, String shop) throws SQLException {
        return after(connection, shop, 0);
    }

    /** The orders numbered after {@code afterOrderId} (numbers start at 1). */
    static BasketHistory after(Connection connection, String shop, long afterOrderId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(LINES)) {
            query.setFetchSize(FETCH_SIZE);
            query.setString(1, shop);
            query.setLong(2, afterOrderId);
            BasketCollector baskets = new BasketCollector();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    long variant = row.getLong(3);
                    Long resolved = row.wasNull() ? null : variant;
                    baskets.line(row.getString(1), instant(row, "created_at"), resolved);
                }
            }
            return baskets.finish();
        }
    }
}
