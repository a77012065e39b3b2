package com.cartwise.formats.shopify;

import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.ImportRecord;
import com.cartwise.domain.imports.ImportRejectedException;
import com.cartwise.domain.imports.InventoryLevelRow;
import com.cartwise.domain.imports.VariantReference;
import com.cartwise.formats.csv.Column;
import com.cartwise.formats.csv.CsvFile;
import com.cartwise.formats.csv.CsvRow;
import com.cartwise.formats.csv.Header;
import com.cartwise.formats.reading.RowReader;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * A Shopify admin inventory export (Products > Inventory > Export): a row per variant and location,
 * the variant named by its product's Handle and its option values (and SKU), its stock by
 * Available and/or On hand. "Not stocked" means the location never stocks the variant.
 */
public final class InventoryReader extends RowReader.OneRowPerRecord {
    static final List<String> REQUIRED = List.of("Handle", "Location");
    private static final String NOT_STOCKED = "not stocked";

    private final Column handle;
    private final List<Column> optionValues;
    private final Optional<Column> sku;
    private final Column location;
    private final Optional<Column> available;
    private final Optional<Column> onHand;

    private InventoryReader(CsvFile csv, int fileIndex) {
        super(csv, fileIndex);
        Header header = csv.header();
        header.requireAll("a Shopify inventory export", REQUIRED);
        this.handle = header.column("Handle");
        this.optionValues = Stream.of("Option1 Value", "Option2 Value", "Option3 Value").map(header::find)
                .flatMap(Optional::stream).toList();
        this.sku = header.find("SKU");
        this.location = header.column("Location");
        this.available = header.find("Available");
        this.onHand = header.find("On hand");
        if (available.isEmpty() && onHand.isEmpty()) {
            throw new ImportRejectedException(new ImportProblem(csv.fileName(), 1, 0, "Available, On hand",
                    "missing column Available or On hand: an inventory export gives stock in at least one of them"));
        }
    }

    public static InventoryReader open(CsvFile csv, int fileIndex) {
        return new InventoryReader(csv, fileIndex);
    }

    @Override
    protected ImportRecord record(CsvRow row) {
        String handleValue = row.text(handle);
        if (handleValue.isEmpty()) {
            throw row.problem(handle, "is empty: every row names its product's handle");
        }
        List<String> options = optionValues.stream().map(row::text).filter(v -> !v.isEmpty()).toList();
        String locationValue = row.text(location);
        if (locationValue.isEmpty()) {
            throw row.problem(location, "is empty: every row names the location its stock is at");
        }
        return new InventoryLevelRow(row.source(fileIndex), new VariantReference(handleValue, options, row.text(sku)),
                locationValue, quantity(row, available), quantity(row, onHand));
    }

    private static OptionalInt quantity(CsvRow row, Optional<Column> column) {
        if (column.isEmpty()) {
            return OptionalInt.empty();
        }
        String value = row.text(column);
        if (value.isEmpty() || value.equalsIgnoreCase(NOT_STOCKED)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(row.wholeNumber(column.get()));
    }
}
