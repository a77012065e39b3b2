package com.cartwise.persistence.orders;

import com.cartwise.application.port.OrderHistory.OrdersImportSummary;
import com.cartwise.domain.orders.Order;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One orders import, written a chunk of about {@value #CHUNK_LINES} lines at a time so that memory
 * stays flat however long the file. An order listed twice in one file replaces itself like one
 * imported again later: its second listing starts a new chunk, which then finds the first stored.
 */
final class OrderImport {
    static final int CHUNK_LINES = 1000;

    private final OrderStatements sql;
    private final List<Order> pending = new ArrayList<>();
    private final Set<String> pendingNames = new LinkedHashSet<>();
    private int pendingLines;
    private long ordersAdded;
    private long ordersReplaced;
    private long lines;

    OrderImport(OrderStatements sql) {
        this.sql = sql;
    }

    void add(Order order) throws SQLException {
        if (pendingNames.contains(order.name())) {
            flush();
        }
        pending.add(order);
        pendingNames.add(order.name());
        pendingLines += order.lines().size();
        lines += order.lines().size();
        if (pendingLines >= CHUNK_LINES) {
            flush();
        }
    }

    /** Every line read is one row of a Shopify orders export, hence rows = lines. */
    OrdersImportSummary finish() throws SQLException {
        flush();
        return new OrdersImportSummary(lines, ordersAdded, ordersReplaced, lines);
    }

    private void flush() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        Set<String> existing = sql.existingNames(pendingNames);
        sql.write(pending, existing);
        ordersReplaced += existing.size();
        ordersAdded += pending.size() - existing.size();
        pending.clear();
        pendingNames.clear();
        pendingLines = 0;
    }
}
