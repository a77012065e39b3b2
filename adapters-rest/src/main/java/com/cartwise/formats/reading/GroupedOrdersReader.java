package com.cartwise.formats.reading;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.ImportRejectedException;
import com.cartwise.domain.imports.LineRecord;
import com.cartwise.domain.imports.OrderHeader;
import com.cartwise.domain.imports.OrderRecord;
import com.cartwise.domain.imports.ReadItem;
import com.cartwise.formats.csv.CsvFile;
import com.cartwise.formats.csv.CsvRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A file with a row per order line, where an order is a run of consecutive rows with the same
 * order name (Shopify's orders export, an invoice file). An order stands or falls whole: one bad
 * row refuses all its rows, each saying why, since importing the rest would teach the recommender
 * a basket the customer never bought. Memory holds one order.
 */
public abstract class GroupedOrdersReader extends RowReader {
    private CsvRow lookahead;
    private ImportRejectedException pendingRefusal;
    private long ordersWithoutLines;

    protected GroupedOrdersReader(CsvFile csv, int fileIndex) {
        super(csv, fileIndex);
    }

    /** The order's header and first line, from its first row; the line is null for a row that sells nothing. */
    public record OrderStart(OrderHeader header, LineRecord firstLine) {
    }

    /** The row's order name; refuses the row when it has none. */
    protected abstract String orderName(CsvRow row);

    protected abstract OrderStart startOrder(CsvRow row, String name);

    /** A later line of the order; null for a row that sells nothing (a data set's "NONE" row), which is read and counted. */
    protected abstract LineRecord laterLine(CsvRow row);

    @Override
    protected final ReadItem readItem() {
        Optional<ReadItem> item = readOrder();
        // An order whose every row sold nothing makes no record: go on to the next one.
        while (item != null && item.isEmpty()) {
            item = readOrder();
        }
        return item == null ? null : item.get();
    }

    /** The next order's record or refusal; empty for an order that sold nothing; null at the end of the file. */
    private Optional<ReadItem> readOrder() {
        if (pendingRefusal != null) {
            ImportRejectedException refusal = pendingRefusal;
            pendingRefusal = null;
            return Optional.of(refused(refusal));
        }
        CsvRow first = lookahead != null ? lookahead : nextRow();
        lookahead = null;
        if (first == null) {
            return null;
        }
        String name;
        try {
            first.checkFieldCount();
            name = orderName(first);
        } catch (ImportRejectedException e) {
            return Optional.of(refused(e));
        }
        List<RowOutcome> rows = new ArrayList<>();
        OrderHeader header = null;
        try {
            OrderStart start = startOrder(first, name);
            header = start.header();
            rows.add(new RowOutcome(first.line(), start.firstLine(), null));
        } catch (ImportRejectedException e) {
            rows.add(new RowOutcome(first.line(), null, e.problem()));
        }
        readLaterLines(name, rows);
        // Loops, not streams: this runs once per order of files with millions of lines.
        List<ImportProblem> problems = new ArrayList<>(0);
        List<LineRecord> lines = new ArrayList<>(rows.size());
        for (RowOutcome row : rows) {
            if (row.problem() != null) {
                problems.add(row.problem());
            } else if (row.line() != null) {
                lines.add(row.line());
            }
        }
        if (problems.isEmpty()) {
            if (lines.isEmpty()) {
                ordersWithoutLines++;
                return Optional.empty();
            }
            try {
                return Optional.of(read(new OrderRecord(first.source(fileIndex), name, header, lines)));
            } catch (InvalidInputException e) {
                problems = List.of(first.problem(e.getMessage()).problem());
            }
        }
        return Optional.of(refused(refusals(name, rows, problems.getFirst())));
    }

    private void readLaterLines(String name, List<RowOutcome> rows) {
        for (CsvRow row = nextRow(); row != null; row = nextRow()) {
            String rowName;
            try {
                rowName = orderName(row);
            } catch (ImportRejectedException e) {
                // Without a name the row belongs to no order: refused on its own, after this order.
                pendingRefusal = e;
                return;
            }
            if (!rowName.equals(name)) {
                lookahead = row;
                return;
            }
            try {
                row.checkFieldCount();
                rows.add(new RowOutcome(row.line(), laterLine(row), null));
            } catch (ImportRejectedException e) {
                rows.add(new RowOutcome(row.line(), null, e.problem()));
            }
        }
    }

    /**
     * Every row of a refused order: first the rows with a problem of their own (what a strict
     * import reports is the first of them), then the others, each saying which problem took it.
     */
    private static List<ImportProblem> refusals(String name, List<RowOutcome> rows, ImportProblem first) {
        Stream<ImportProblem> own = rows.stream().map(RowOutcome::problem).filter(p -> p != null);
        Stream<ImportProblem> taken = rows.stream().filter(r -> r.problem() == null).map(r -> first.forRow(r.sourceLine(),
                "belongs to order " + name + ", whose line " + first.line() + " was refused: " + first.message()));
        return Stream.concat(own, taken).toList();
    }

    /** Orders whose every row sold nothing, so that no order was made of them. */
    protected final long ordersWithoutLines() {
        return ordersWithoutLines;
    }

    protected static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    private record RowOutcome(long sourceLine, LineRecord line, ImportProblem problem) {
    }
}
