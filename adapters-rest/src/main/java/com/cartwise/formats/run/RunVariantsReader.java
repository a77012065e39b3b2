package com.cartwise.formats.run;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.imports.ImportRecord;
import com.cartwise.domain.imports.RunVariantRow;
import com.cartwise.formats.csv.Column;
import com.cartwise.formats.csv.CsvFile;
import com.cartwise.formats.csv.CsvRow;
import com.cartwise.formats.csv.Header;
import com.cartwise.formats.reading.RowReader;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The reference generator's variants.csv: a Shopify variant per row, with its product's id. */
public final class RunVariantsReader extends RowReader.OneRowPerRecord {
    private final Column variantId;
    private final Column productId;
    private final Optional<Column> sku;
    private final Optional<Column> title;
    private final Column price;
    private final Optional<Column> compareAtPrice;
    private final Optional<Column> cost;
    private final Optional<Column> inventoryItemId;
    /** Where each field of a variant comes from, so that a rule it breaks is refused at its cell. */
    private final Map<String, Column> columnsByField;

    private RunVariantsReader(CsvFile csv, int fileIndex) {
        super(csv, fileIndex);
        Header header = csv.header();
        String what = "the generator's variants.csv";
        this.variantId = header.requireAny(what, "variant id", RunColumns.VARIANT_ID);
        this.productId = header.requireAny(what, "product id", RunColumns.PRODUCT_ID);
        this.price = header.requireAny(what, "price", RunColumns.PRICE);
        this.sku = header.findAny(RunColumns.SKU);
        this.title = header.findAny(RunColumns.TITLE);
        this.compareAtPrice = header.findAny(RunColumns.COMPARE_AT_PRICE);
        this.cost = header.findAny(RunColumns.COST);
        this.inventoryItemId = header.findAny(RunColumns.INVENTORY_ITEM_ID);
        Map<String, Column> fields = new HashMap<>();
        fields.put("variant_id", variantId);
        fields.put("product_id", productId);
        fields.put("price", price);
        compareAtPrice.ifPresent(column -> fields.put("compare_at_price", column));
        cost.ifPresent(column -> fields.put("cost", column));
        inventoryItemId.ifPresent(column -> fields.put("inventory_item_id", column));
        this.columnsByField = Map.copyOf(fields);
    }

    public static RunVariantsReader open(CsvFile csv, int fileIndex) {
        return new RunVariantsReader(csv, fileIndex);
    }

    @Override
    protected ImportRecord record(CsvRow row) {
        Long item = inventoryItemId.isEmpty() || row.text(inventoryItemId).isEmpty() ? null : row.longNumber(inventoryItemId.get());
        try {
            return new RunVariantRow(row.source(fileIndex), row.longNumber(variantId), row.longNumber(productId), row.text(sku),
                    row.text(title), row.decimal(price), row.optionalDecimal(compareAtPrice).orElse(null),
                    row.optionalDecimal(cost).orElse(null), item);
        } catch (InvalidInputException e) {
            throw row.broken(e, columnsByField);
        }
    }
}
