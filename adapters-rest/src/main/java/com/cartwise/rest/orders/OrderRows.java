package com.cartwise.rest.orders;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.imports.ImportRejectedException;
import com.cartwise.domain.orders.OrderLine;
import com.cartwise.rest.csv.Column;
import com.cartwise.rest.csv.CsvRow;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;

/** Reads the rows of a Shopify orders export: one line item each, order-level columns on an order's first line. */
final class OrderRows {
    private final OrderColumns columns;
    private final CreatedAt createdAt;
    private final Map<String, Column> columnsByField;

    OrderRows(OrderColumns columns, CreatedAt createdAt) {
        this.columns = columns;
        this.createdAt = createdAt;
        this.columnsByField = columns.byDomainField();
    }

    Map<String, Column> columnsByField() {
        return columnsByField;
    }

    String orderName(CsvRow row) {
        String name = row.text(columns.name());
        if (name.isEmpty()) {
            throw row.problem(columns.name(), "is empty: Shopify repeats the order's name on each of its lines");
        }
        return name;
    }

    /** An order whose lines do not follow each other: importing it as two orders would lose one. */
    ImportRejectedException splitOrder(CsvRow row, String name, long firstLine) {
        return row.problem(columns.name(), "order " + name + " appears again here, but its lines began on line " + firstLine
                + " and other orders came between: an order's lines must be consecutive");
    }

    PendingOrder startOrder(CsvRow row, String name) {
        Instant placedAt = createdAt(row)
                .orElseThrow(() -> row.problem(columns.createdAt(), "is empty on the first line of order " + name));
        return new PendingOrder(name, row, placedAt, currency(row));
    }

    /**
     * The row's date, if it has one. Later lines of an order need none, but a date written there
     * is still checked, so that no malformed value passes unseen.
     */
    Optional<Instant> createdAt(CsvRow row) {
        String value = row.text(columns.createdAt());
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(createdAt.parse(value));
        } catch (DateTimeException e) {
            throw row.problem(columns.createdAt(), "'" + value + "' is not a date and time such as 2025-12-06 10:37:33 -0500 or 31/12/2023 22:36");
        }
    }

    OrderLine line(CsvRow row) {
        if (row.text(columns.quantity()).isEmpty()) {
            throw row.problem(columns.quantity(), "is empty: every line has a quantity");
        }
        int quantity = row.wholeNumber(columns.quantity());
        Optional<Column> priceColumn = columns.price();
        BigDecimal price = priceColumn.isEmpty() || row.text(priceColumn).isEmpty() ? null : row.decimal(priceColumn.get());
        try {
            return new OrderLine(row.text(columns.lineName()), row.text(columns.sku()), null, quantity, price);
        } catch (InvalidInputException e) {
            throw row.broken(e, columnsByField);
        }
    }

    private Currency currency(CsvRow row) {
        String code = row.text(columns.currency());
        if (code.isEmpty()) {
            return null;
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw row.problem(columns.currency().orElseThrow(), "'" + code + "' is not an ISO 4217 currency code such as EUR");
        }
    }
}
