package com.cartwise.rest.orders;

import com.cartwise.domain.orders.Order;
import com.cartwise.rest.csv.CsvExport;
import com.cartwise.rest.csv.CsvRow;
import com.cartwise.rest.csv.ExportReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A Shopify admin "Orders > Export" file, read as one {@link Order} per run of rows with the same
 * Name. The file is read twice: first to decide how its dates are written (which only the file
 * as a whole can tell), then to stream the orders. Memory holds one order's lines plus the name
 * and first line of every order seen, so that an order split across the file is caught rather
 * than imported as two. Any row that cannot be read rejects the whole file at its line.
 */
public final class OrdersExport extends ExportReader<Order> {
    private final OrderRows rows;
    private final DateFormat dateFormat;
    private final Map<String, Long> firstLineByOrder = new HashMap<>();
    private PendingOrder pending;

    private OrdersExport(CsvExport csv, DateFormat dateFormat, boolean dateFormatAssumed) {
        super(csv);
        this.dateFormat = dateFormat;
        this.rows = new OrderRows(OrderColumns.of(csv.header()), new CreatedAt(dateFormat));
        if (dateFormatAssumed) {
            warn("No date in the file has a day above 12, so whether 01/02/2023 is 1 February or January 2"
                    + " cannot be told: dates were read day first (dd/mm/yyyy).");
        }
        if (dateFormat != DateFormat.WITH_OFFSET) {
            warn("The dates carry no time zone (the file was re-saved by a spreadsheet): they were read as UTC.");
        }
    }

    /** Reads the whole file once to check its header and decide its date format; orders are read as the iterator advances. */
    public static OrdersExport open(Path file, String fileName) {
        DateFormatDetector detector;
        try (CsvExport firstPass = CsvExport.open(file, fileName)) {
            detector = new DateFormatDetector(OrderColumns.of(firstPass.header()).createdAt());
            while (firstPass.hasNext()) {
                detector.observe(firstPass.next());
            }
        }
        CsvExport csv = CsvExport.open(file, fileName);
        try {
            return new OrdersExport(csv, detector.format(), detector.assumed());
        } catch (RuntimeException e) {
            csv.close();
            throw e;
        }
    }

    @Override
    protected Order readItem() {
        for (CsvRow row = nextRow(); row != null; row = nextRow()) {
            Order finished = read(row);
            if (finished != null) {
                return finished;
            }
        }
        Order last = pending == null ? null : pending.toOrder(rows.columnsByField());
        pending = null;
        return last;
    }

    /** Adds the row to its order; answers the previous order when this row starts a new one. */
    private Order read(CsvRow row) {
        String name = rows.orderName(row);
        if (pending != null && pending.name().equals(name)) {
            rows.createdAt(row);
            pending.add(rows.line(row));
            return null;
        }
        Long earlier = firstLineByOrder.putIfAbsent(name, row.line());
        if (earlier != null) {
            throw rows.splitOrder(row, name, earlier);
        }
        Order finished = pending == null ? null : pending.toOrder(rows.columnsByField());
        pending = rows.startOrder(row, name);
        pending.add(rows.line(row));
        return finished;
    }

    public DateFormat dateFormat() {
        return dateFormat;
    }
}
