package com.cartwise.formats.shopify;

import com.cartwise.domain.catalog.Product;
import com.cartwise.domain.imports.FileFacts;
import com.cartwise.domain.imports.ImageRow;
import com.cartwise.domain.imports.ImportRecord;
import com.cartwise.domain.imports.VariantRow;
import com.cartwise.formats.csv.CsvFile;
import com.cartwise.formats.csv.CsvRow;
import com.cartwise.formats.reading.RowReader;

/**
 * A Shopify admin "Products > Export" file, read as one variant per variant row. Streams: memory
 * does not grow with the file. Product-level columns (Title, Vendor, Type, Tags, Status or
 * Published) come from a product's first row and carry over to its following rows; image-only
 * rows are counted, not imported.
 */
public final class ProductsReader extends RowReader.OneRowPerRecord {
    private final ProductColumns columns;
    private final ProductRows rows;
    private String currentHandle;
    private Product currentProduct;
    private String refusedHandle;
    private long refusedLine;

    private ProductsReader(CsvFile csv, int fileIndex) {
        super(csv, fileIndex);
        this.columns = ProductColumns.of(csv.header());
        this.rows = new ProductRows(columns);
        if (columns.inventoryQuantity().isEmpty()) {
            warn("The file has no Variant Inventory Qty column, so stock is unknown: every variant counts as available.");
        }
    }

    /** Reads the file's header; rows are read as {@link #next()} is called. */
    public static ProductsReader open(CsvFile csv, int fileIndex) {
        return new ProductsReader(csv, fileIndex);
    }

    @Override
    protected ImportRecord record(CsvRow row) {
        String handle = rows.handle(row);
        boolean sameProduct = handle.equals(currentHandle);
        if (rows.isImageRow(row)) {
            if (!sameProduct) {
                throw row.problem("adds an image to product '" + handle + "', but does not follow that product's rows");
            }
            return new ImageRow(row.source(fileIndex), handle);
        }
        if (handle.equals(refusedHandle)) {
            throw row.problem("belongs to product '" + handle + "', whose first row (line " + refusedLine + ") was refused");
        }
        if (!sameProduct) {
            currentHandle = null;
            try {
                currentProduct = rows.product(row, handle);
            } catch (RuntimeException e) {
                // The product's other rows must not land on the product before it, nor be read as its first row.
                refusedHandle = handle;
                refusedLine = row.line();
                throw e;
            }
            currentHandle = handle;
            refusedHandle = null;
        }
        return new VariantRow(row.source(fileIndex), rows.variant(row, currentProduct));
    }

    @Override
    public FileFacts facts() {
        return new FileFacts(false, "", warnings(), columns.handle().number(), columns.handle().name());
    }
}
