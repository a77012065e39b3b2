package com.cartwise.formats.shopify;

import com.cartwise.domain.imports.FileFacts;
import com.cartwise.domain.imports.LineRecord;
import com.cartwise.formats.csv.CsvFile;
import com.cartwise.formats.csv.CsvRow;
import com.cartwise.formats.dates.FileDates;
import com.cartwise.formats.reading.GroupedOrdersReader;

/**
 * A Shopify admin "Orders > Export" file, read in one pass as one order per run of rows with the
 * same Name. Memory holds one order's lines. Dates are read with both readings where a
 * spreadsheet made them ambiguous; the file as a whole decides which one it meant. An order
 * listed again later (split across the file) is caught by the import's checks on the staged rows.
 */
public final class OrdersReader extends GroupedOrdersReader {
    private final OrderColumns columns;
    private final OrderRows rows;
    private final FileDates dates = new FileDates();

    private OrdersReader(CsvFile csv, int fileIndex) {
        super(csv, fileIndex);
        this.columns = OrderColumns.of(csv.header());
        this.rows = new OrderRows(columns, dates, fileIndex);
    }

    public static OrdersReader open(CsvFile csv, int fileIndex) {
        return new OrdersReader(csv, fileIndex);
    }

    @Override
    protected String orderName(CsvRow row) {
        return rows.orderName(row);
    }

    @Override
    protected OrderStart startOrder(CsvRow row, String name) {
        return new OrderStart(rows.header(row, name), rows.line(row));
    }

    @Override
    protected LineRecord laterLine(CsvRow row) {
        rows.checkLaterLine(row);
        return rows.line(row);
    }

    @Override
    public FileFacts facts() {
        return new FileFacts(dates.monthFirst(), dates.format().wireName(), concat(warnings(), dates.warnings()),
                columns.name().number(), columns.name().name());
    }
}
