package com.cartwise.formats.run;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.catalog.Product;
import com.cartwise.domain.catalog.ProductStatus;
import com.cartwise.domain.imports.FileFacts;
import com.cartwise.domain.imports.ImportRecord;
import com.cartwise.domain.imports.OrderDate;
import com.cartwise.domain.imports.RunProductRow;
import com.cartwise.formats.csv.Column;
import com.cartwise.formats.csv.CsvFile;
import com.cartwise.formats.csv.CsvRow;
import com.cartwise.formats.csv.Header;
import com.cartwise.formats.dates.FileDates;
import com.cartwise.formats.reading.RowReader;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The reference generator's catalog_joined.csv: a product per row, by its Shopify product id. */
public final class RunCatalogReader extends RowReader.OneRowPerRecord {
    private final Column productId;
    private final Column title;
    private final Optional<Column> handle;
    private final Optional<Column> productType;
    private final Optional<Column> vendor;
    private final Optional<Column> tags;
    private final Optional<Column> collections;
    private final Optional<Column> createdAt;
    private final Optional<Column> status;
    private final FileDates dates = new FileDates();

    private RunCatalogReader(CsvFile csv, int fileIndex) {
        super(csv, fileIndex);
        Header header = csv.header();
        String what = "the generator's catalog_joined.csv";
        this.productId = header.requireAny(what, "product id", RunColumns.PRODUCT_ID);
        this.title = header.requireAny(what, "title", RunColumns.PRODUCT_TITLE);
        this.handle = header.findAny(RunColumns.HANDLE);
        this.productType = header.findAny(RunColumns.PRODUCT_TYPE);
        this.vendor = header.findAny(RunColumns.VENDOR);
        this.tags = header.findAny(RunColumns.TAGS);
        this.collections = header.findAny(RunColumns.COLLECTIONS);
        this.createdAt = header.findAny(RunColumns.CREATED_AT);
        this.status = header.findAny(RunColumns.STATUS);
    }

    public static RunCatalogReader open(CsvFile csv, int fileIndex) {
        return new RunCatalogReader(csv, fileIndex);
    }

    @Override
    protected ImportRecord record(CsvRow row) {
        long id = row.longNumber(productId);
        Optional<OrderDate> created = createdAt.isEmpty() ? Optional.empty() : dates.read(row, createdAt.get());
        String statusText = row.text(status);
        try {
            String type = row.text(productType);
            Product product = new Product(row.text(handle).isEmpty() ? "product-" + id : row.text(handle), row.text(title),
                    row.text(vendor), type, list(row.text(tags)),
                    statusText.isEmpty() ? ProductStatus.ACTIVE : ProductStatus.fromWireName(statusText), type,
                    list(row.text(collections)), Optional.empty());
            return new RunProductRow(row.source(fileIndex), id, product, created);
        } catch (InvalidInputException e) {
            throw row.broken(e, Map.of("title", title, "status", status.orElse(title), "product_id", productId));
        }
    }

    /** Spreadsheet dates (01/02/2024) put the day or the month first as the whole file shows: the merge picks the reading. */
    @Override
    public FileFacts facts() {
        List<String> warnings = Stream.concat(warnings().stream(), dates.warnings().stream()).toList();
        return new FileFacts(dates.monthFirst(), createdAt.isPresent() ? dates.format().wireName() : "", warnings, 0, "");
    }

    /** Tags and collections are comma- or pipe-separated lists in these files. */
    private static List<String> list(String value) {
        return Arrays.stream(value.split("[,|]")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }
}
