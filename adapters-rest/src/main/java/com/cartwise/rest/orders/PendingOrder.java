package com.cartwise.rest.orders;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.orders.Order;
import com.cartwise.domain.orders.OrderLine;
import com.cartwise.rest.csv.Column;
import com.cartwise.rest.csv.CsvRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/** The order whose lines are being read: the order-level columns of its first line, and its lines so far. */
final class PendingOrder {
    private final String name;
    private final CsvRow firstRow;
    private final Instant createdAt;
    private final Currency currency;
    private final List<OrderLine> lines = new ArrayList<>();

    PendingOrder(String name, CsvRow firstRow, Instant createdAt, Currency currency) {
        this.name = name;
        this.firstRow = firstRow;
        this.createdAt = createdAt;
        this.currency = currency;
    }

    String name() {
        return name;
    }

    void add(OrderLine line) {
        lines.add(line);
    }

    Order toOrder(Map<String, Column> columnsByField) {
        try {
            return new Order(name, createdAt, currency, lines);
        } catch (InvalidInputException e) {
            throw firstRow.broken(e, columnsByField);
        }
    }
}
