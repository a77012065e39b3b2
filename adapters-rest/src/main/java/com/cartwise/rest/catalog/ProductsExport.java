package com.cartwise.rest.catalog;

import com.cartwise.domain.catalog.Product;
import com.cartwise.domain.catalog.VariantRecord;
import com.cartwise.rest.csv.CsvExport;
import com.cartwise.rest.csv.CsvRow;
import java.io.Closeable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A Shopify admin "Products > Export" file, read as one {@link VariantRecord} per variant row.
 * Streams: memory does not grow with the file. Product-level columns (Title, Vendor, Type, Tags)
 * come from a product's first row and carry over to its following rows; image-only rows are
 * counted, not imported. Any row that cannot be read rejects the whole file at its line.
 */
public final class ProductsExport implements Iterator<VariantRecord>, Closeable {
    private final CsvExport csv;
    private final ProductRows rows;
    private final List<String> warnings = new ArrayList<>();
    private String currentHandle;
    private Product currentProduct;
    private VariantRecord next;
    private long rowCount;
    private long imageRows;

    private ProductsExport(CsvExport csv) {
        this.csv = csv;
        ProductColumns columns = ProductColumns.of(csv.header());
        this.rows = new ProductRows(columns);
        if (columns.inventoryQuantity().isEmpty()) {
            warnings.add("The file has no Variant Inventory Qty column, so stock is unknown: every variant counts as available.");
        }
    }

    /** Opens the file and checks its header; rows are read as the iterator advances. */
    public static ProductsExport open(Path file, String fileName) {
        CsvExport csv = CsvExport.open(file, fileName);
        try {
            return new ProductsExport(csv);
        } catch (RuntimeException e) {
            csv.close();
            throw e;
        }
    }

    @Override
    public boolean hasNext() {
        while (next == null && csv.hasNext()) {
            next = read(csv.next());
        }
        return next != null;
    }

    @Override
    public VariantRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        VariantRecord record = next;
        next = null;
        return record;
    }

    /** The variant on this row, or null for an image row. */
    private VariantRecord read(CsvRow row) {
        rowCount++;
        String handle = rows.handle(row);
        boolean sameProduct = handle.equals(currentHandle);
        if (rows.isImageRow(row)) {
            if (!sameProduct) {
                throw row.problem("adds an image to product '" + handle + "', but does not follow that product's rows");
            }
            imageRows++;
            return null;
        }
        if (!sameProduct) {
            currentProduct = rows.product(row, handle);
            currentHandle = handle;
        }
        return rows.variant(row, currentProduct);
    }

    /** Data rows read so far (the header excluded), variants and image rows alike. */
    public long rows() {
        return rowCount;
    }

    /** Rows that only add an image to a product. */
    public long imageRows() {
        return imageRows;
    }

    /** What the merchant should know about how the file was read. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public void close() {
        csv.close();
    }
}
