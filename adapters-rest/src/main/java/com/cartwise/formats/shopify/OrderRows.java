package com.cartwise.formats.shopify;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.imports.LineRecord;
import com.cartwise.domain.imports.OrderDate;
import com.cartwise.domain.imports.OrderHeader;
import com.cartwise.formats.csv.Column;
import com.cartwise.formats.csv.CsvRow;
import com.cartwise.formats.dates.FileDates;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;

/** Reads the rows of a Shopify orders export: one line item each, order-level columns on an order's first line. */
final class OrderRows {
    private final OrderColumns columns;
    private final FileDates dates;
    private final Map<String, Column> columnsByField;
    private final int fileIndex;

    OrderRows(OrderColumns columns, FileDates dates, int fileIndex) {
        this.columns = columns;
        this.dates = dates;
        this.columnsByField = columns.byDomainField();
        this.fileIndex = fileIndex;
    }

    String orderName(CsvRow row) {
        String name = row.text(columns.name());
        if (name.isEmpty()) {
            throw row.problem(columns.name(), "is empty: Shopify repeats the order's name on each of its lines");
        }
        return name;
    }

    /** The order-level columns, from the order's first line. */
    OrderHeader header(CsvRow row, String name) {
        OrderDate createdAt = dates.read(row, columns.createdAt())
                .orElseThrow(() -> row.problem(columns.createdAt(), "is empty on the first line of order " + name
                        + " (if the order began earlier in the file, its lines are split by another order's: an order's lines"
                        + " must be consecutive)"));
        Optional<OrderDate> cancelledAt = columns.cancelledAt().isEmpty() ? Optional.empty()
                : dates.read(row, columns.cancelledAt().get());
        return new OrderHeader(createdAt, currency(row), cancelledAt, row.text(columns.financialStatus()),
                row.optionalDecimal(columns.refundedAmount()), row.text(columns.discountCode()),
                row.optionalDecimal(columns.discountAmount()), row.text(columns.source()), row.text(columns.email()));
    }

    /**
     * A later line of the order. Its order-level columns are normally blank; a date written there
     * is still checked, so that no malformed value passes unseen.
     */
    void checkLaterLine(CsvRow row) {
        dates.read(row, columns.createdAt());
    }

    LineRecord line(CsvRow row) {
        if (row.text(columns.quantity()).isEmpty()) {
            throw row.problem(columns.quantity(), "is empty: every line has a quantity");
        }
        int quantity = row.wholeNumber(columns.quantity());
        if (quantity < 0) {
            throw row.problem(columns.quantity(), "'" + quantity + "' is negative: Shopify books a return as a refund,"
                    + " not as a line with a negative quantity");
        }
        try {
            return new LineRecord(row.source(fileIndex), row.text(columns.lineName()), row.text(columns.sku()), null, quantity,
                    row.optionalDecimal(columns.price()).orElse(null), row.optionalDecimal(columns.compareAtPrice()).orElse(null),
                    row.optionalDecimal(columns.lineDiscount()).orElse(null), row.text(columns.vendor()), false, false);
        } catch (InvalidInputException e) {
            throw row.broken(e, columnsByField);
        }
    }

    private Optional<Currency> currency(CsvRow row) {
        String code = row.text(columns.currency());
        if (code.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Currency.getInstance(code));
        } catch (IllegalArgumentException e) {
            throw row.problem(columns.currency().orElseThrow(), "'" + code + "' is not an ISO 4217 currency code such as EUR");
        }
    }
}
