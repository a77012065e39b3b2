package com.cartwise.rest.csv;

import java.io.Closeable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A Shopify export read as a stream of items, where one item may take several rows (an order's
 * lines) or none (an image row): subclasses say how rows become items, this class keeps the
 * look-ahead, the row count and the warnings for the merchant.
 */
public abstract class ExportReader<T> implements Iterator<T>, Closeable {
    private final CsvExport csv;
    private final List<String> warnings = new ArrayList<>();
    private T next;
    private long rowCount;

    protected ExportReader(CsvExport csv) {
        this.csv = csv;
    }

    /** The next item, or null when the file has no more. */
    protected abstract T readItem();

    /** The next data row, or null at the end of the file. */
    protected final CsvRow nextRow() {
        if (!csv.hasNext()) {
            return null;
        }
        rowCount++;
        return csv.next();
    }

    protected final void warn(String warning) {
        warnings.add(warning);
    }

    @Override
    public final boolean hasNext() {
        if (next == null) {
            next = readItem();
        }
        return next != null;
    }

    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T item = next;
        next = null;
        return item;
    }

    /** Data rows read so far (the header excluded). */
    public final long rows() {
        return rowCount;
    }

    /** What the merchant should know about how the file was read. */
    public final List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public final void close() {
        csv.close();
    }
}
