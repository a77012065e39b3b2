package com.cartwise.formats.shopify;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.catalog.Product;
import com.cartwise.domain.catalog.ProductStatus;
import com.cartwise.domain.catalog.Stock;
import com.cartwise.domain.catalog.VariantRecord;
import com.cartwise.formats.csv.Column;
import com.cartwise.formats.csv.CsvRow;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the rows of a Shopify products export as the domain's products and variants. */
final class ProductRows {
    private final ProductColumns columns;
    private final Map<String, Column> columnsByField;

    ProductRows(ProductColumns columns) {
        this.columns = columns;
        this.columnsByField = columns.byDomainField();
    }

    String handle(CsvRow row) {
        String handle = row.text(columns.handle());
        if (handle.isEmpty()) {
            throw row.problem(columns.handle(), "is empty: every row names its product's handle");
        }
        return handle;
    }

    /**
     * Shopify adds a row per extra product image, holding only the handle and the image columns.
     * Anything that could identify a variant makes the row a variant, so none is ever dropped.
     */
    boolean isImageRow(CsvRow row) {
        return columns.image().isPresent()
                && !row.text(columns.image()).isEmpty()
                && columns.optionValues().stream().allMatch(c -> row.text(c).isEmpty())
                && row.text(columns.price()).isEmpty()
                && row.text(columns.sku()).isEmpty()
                && row.text(columns.barcode()).isEmpty()
                && row.text(columns.variantId()).isEmpty();
    }

    /** The product-level columns, which Shopify fills on a product's first row only. */
    Product product(CsvRow row, String handle) {
        if (row.text(columns.title()).isEmpty()) {
            throw row.problem(columns.title(), "is empty on the first row of product '" + handle
                    + "': a product's first row names it (are its rows split by another product's?)");
        }
        try {
            return new Product(handle, row.text(columns.title()), row.text(columns.vendor()), row.text(columns.type()),
                    tags(row.text(columns.tags())), status(row), row.text(columns.category()), List.of(), Optional.empty());
        } catch (InvalidInputException e) {
            throw row.broken(e, columnsByField);
        }
    }

    /**
     * Shopify's Status (active, draft, archived; blank is active). Older exports have only
     * Published, and an unpublished product is the nearest they come to a draft; a file with
     * neither describes products that are for sale.
     */
    private ProductStatus status(CsvRow row) {
        if (columns.status().isPresent()) {
            String status = row.text(columns.status());
            return status.isEmpty() ? ProductStatus.ACTIVE : ProductStatus.fromWireName(status);
        }
        String published = row.text(columns.published());
        if (published.isEmpty() || published.equalsIgnoreCase("true")) {
            return ProductStatus.ACTIVE;
        }
        if (published.equalsIgnoreCase("false")) {
            return ProductStatus.DRAFT;
        }
        throw row.problem(columns.published().orElseThrow(), "'" + published + "' is neither true nor false");
    }

    VariantRecord variant(CsvRow row, Product product) {
        List<String> options = columns.optionValues().stream().map(row::text).filter(v -> !v.isEmpty()).toList();
        if (row.text(columns.optionValues().getFirst()).isEmpty()) {
            throw row.problem(columns.optionValues().getFirst(), "is empty, but the row is a variant (it has no Image Src, "
                    + "or it has a price or SKU); Shopify writes 'Default Title' for a product without options");
        }
        if (row.text(columns.price()).isEmpty()) {
            throw row.problem(columns.price(), "is empty: every variant has a price");
        }
        try {
            return new VariantRecord(product, options, row.text(columns.sku()), barcode(row), shopifyVariantId(row),
                    row.decimal(columns.price()), stock(row), row.optionalDecimal(columns.compareAtPrice()).orElse(null),
                    row.optionalDecimal(columns.cost()).orElse(null), null);
        } catch (InvalidInputException e) {
            throw row.broken(e, columnsByField);
        }
    }

    private String barcode(CsvRow row) {
        String barcode = row.text(columns.barcode());
        // Spreadsheets keep long barcodes as text by prefixing an apostrophe: '4849000260870.
        return barcode.startsWith("'") ? barcode.substring(1) : barcode;
    }

    private Long shopifyVariantId(CsvRow row) {
        Optional<Column> column = columns.variantId();
        return column.isEmpty() || row.text(column).isEmpty() ? null : row.longNumber(column.get());
    }

    private Stock stock(CsvRow row) {
        boolean tracked = !row.text(columns.inventoryTracker()).isEmpty();
        String policy = row.text(columns.inventoryPolicy());
        if (!policy.isEmpty() && !policy.equals("deny") && !policy.equals("continue")) {
            throw row.problem(columns.inventoryPolicy().orElseThrow(), "'" + policy + "' is neither deny nor continue");
        }
        Optional<Column> quantity = columns.inventoryQuantity();
        if (quantity.isEmpty()) {
            // Newer exports keep quantities in the inventory export; unknown stock must not hide a variant.
            return new Stock(false, 0, policy.equals("continue"));
        }
        if (tracked && row.text(quantity).isEmpty()) {
            throw row.problem(quantity.get(), "is empty, but Variant Inventory Tracker says Shopify tracks this variant's stock");
        }
        int units = row.text(quantity).isEmpty() ? 0 : row.wholeNumber(quantity.get());
        return new Stock(tracked, units, policy.equals("continue"));
    }

    private static List<String> tags(String tags) {
        return Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }
}
