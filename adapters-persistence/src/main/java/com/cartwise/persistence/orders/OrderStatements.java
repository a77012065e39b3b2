package com.cartwise.persistence.orders;

import static com.cartwise.persistence.SqlValues.setInstant;
import static com.cartwise.persistence.SqlValues.setNullableLong;
import static com.cartwise.persistence.SqlValues.textArray;

import com.cartwise.domain.orders.Order;
import com.cartwise.domain.orders.OrderLine;
import com.cartwise.persistence.Statements;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The statements of one orders import, prepared once and reused for every chunk, each chunk's
 * writes sent as one batch per statement.
 */
final class OrderStatements implements AutoCloseable {
    private final Connection connection;
    private final String shop;
    private final PreparedStatement findOrders;
    private final PreparedStatement deleteLines;
    private final PreparedStatement upsertOrder;
    private final PreparedStatement insertLine;

    OrderStatements(Connection connection, String shop) throws SQLException {
        this.connection = connection;
        this.shop = shop;
        this.findOrders = connection.prepareStatement(
                "SELECT name FROM orders WHERE shop_id = ? AND name = ANY (?)");
        this.deleteLines = connection.prepareStatement(
                "DELETE FROM order_lines WHERE shop_id = ? AND order_name = ANY (?)");
        this.upsertOrder = connection.prepareStatement("""
                INSERT INTO orders (shop_id, name, created_at, currency) VALUES (?, ?, ?, ?)
                ON CONFLICT (shop_id, name)
                DO UPDATE SET created_at = excluded.created_at, currency = excluded.currency""");
        this.insertLine = connection.prepareStatement("""
                INSERT INTO order_lines (shop_id, order_name, line_number, name, sku, shopify_variant_id, quantity, price)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");
    }

    /** The names among these that the shop has stored already. */
    Set<String> existingNames(Collection<String> names) throws SQLException {
        findOrders.setString(1, shop);
        findOrders.setArray(2, textArray(connection, names));
        Set<String> existing = new HashSet<>();
        try (ResultSet row = findOrders.executeQuery()) {
            while (row.next()) {
                existing.add(row.getString(1));
            }
        }
        return existing;
    }

    /** Stores the orders and their lines, replacing the lines of those stored already. */
    void write(List<Order> orders, Set<String> existing) throws SQLException {
        if (!existing.isEmpty()) {
            deleteLines.setString(1, shop);
            deleteLines.setArray(2, textArray(connection, existing));
            deleteLines.executeUpdate();
        }
        for (Order order : orders) {
            upsertOrder.setString(1, shop);
            upsertOrder.setString(2, order.name());
            setInstant(upsertOrder, 3, order.createdAt());
            upsertOrder.setString(4, order.currency() == null ? null : order.currency().getCurrencyCode());
            upsertOrder.addBatch();
            addLines(order);
        }
        upsertOrder.executeBatch();
        insertLine.executeBatch();
    }

    private void addLines(Order order) throws SQLException {
        int number = 0;
        for (OrderLine line : order.lines()) {
            insertLine.setString(1, shop);
            insertLine.setString(2, order.name());
            insertLine.setInt(3, ++number);
            insertLine.setString(4, line.name());
            insertLine.setString(5, line.sku());
            setNullableLong(insertLine, 6, line.shopifyVariantId());
            insertLine.setInt(7, line.quantity());
            if (line.price() == null) {
                insertLine.setNull(8, Types.NUMERIC);
            } else {
                insertLine.setBigDecimal(8, line.price());
            }
            insertLine.addBatch();
        }
    }

    @Override
    public void close() throws SQLException {
        Statements.closeAll(findOrders, deleteLines, upsertOrder, insertLine);
    }
}
