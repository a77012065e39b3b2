package com.cartwise.rest.catalog;

import com.cartwise.domain.catalog.Product;
import com.cartwise.domain.catalog.VariantRecord;
import com.cartwise.rest.csv.CsvExport;
import com.cartwise.rest.csv.CsvRow;
import com.cartwise.rest.csv.ExportReader;
import java.nio.file.Path;

/**
 * A Shopify admin "Products > Export" file, read as one {@link VariantRecord} per variant row.
 * Streams: memory does not grow with the file. Product-level columns (Title, Vendor, Type, Tags,
 * Status or Published) come from a product's first row and carry over to its following rows;
 * image-only rows are counted, not imported. Any row that cannot be read rejects the whole file at
 * its line.
 */
public final class ProductsExport extends ExportReader<VariantRecord> {
    private final ProductRows rows;
    private String currentHandle;
    private Product currentProduct;
    private long imageRows;

    private ProductsExport(CsvExport csv) {
        super(csv);
        ProductColumns columns = ProductColumns.of(csv.header());
        this.rows = new ProductRows(columns);
        if (columns.inventoryQuantity().isEmpty()) {
            warn("The file has no Variant Inventory Qty column, so stock is unknown: every variant counts as available.");
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
    protected VariantRecord readItem() {
        for (CsvRow row = nextRow(); row != null; row = nextRow()) {
            VariantRecord variant = read(row);
            if (variant != null) {
                return variant;
            }
        }
        return null;
    }

    /** The variant on this row, or null for an image row. */
    private VariantRecord read(CsvRow row) {
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

    /** Rows that only add an image to a product. */
    public long imageRows() {
        return imageRows;
    }
}
