package com.cartwise.domain.imports;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.catalog.Variant;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A row of the reference generator's variants.csv: a Shopify variant with its product's id. Its
 * product's title, handle and type come from catalog_joined.csv of the same run, which is why the
 * four files are committed together.
 *
 * @param title the variant's title ("Red / M"), whose parts become its option values
 */
public record RunVariantRow(SourceRow source, long variantId, long productId, String sku, String title, BigDecimal price,
                            BigDecimal compareAtPrice, BigDecimal cost, Long inventoryItemId) implements ImportRecord {
    public RunVariantRow {
        InvalidInputException.requirePositive(variantId, "variant_id");
        InvalidInputException.requirePositive(productId, "product_id");
        sku = sku == null ? "" : sku.strip();
        title = title == null ? "" : title.strip();
        InvalidInputException.require(price != null && price.signum() >= 0, "price", "is required and must not be negative");
        InvalidInputException.require(compareAtPrice == null || compareAtPrice.signum() >= 0, "compare_at_price",
                "must not be negative");
        InvalidInputException.require(cost == null || cost.signum() >= 0, "cost", "must not be negative");
        InvalidInputException.require(inventoryItemId == null || inventoryItemId > 0, "inventory_item_id", "must be positive");
        if (source == null) {
            throw new IllegalArgumentException("a row has a place");
        }
    }

    /**
     * The variant's option values: its title's parts ("Red / M" gives Red and M), a blank part left
     * out as {@link Variant#titleOf} leaves it out, so that the variant's title and its line name
     * are the ones its title gave; Shopify's "Default Title" for the one variant of a product
     * without options. The one home of this rule: the import stores these values, and an offline
     * evaluation names the variant by them.
     */
    public List<String> optionValues() {
        List<String> parts = new ArrayList<>();
        if (!title.equals(Variant.DEFAULT_TITLE)) {
            for (String part : title.split(" / ", -1)) {
                if (!part.isBlank()) {
                    parts.add(part);
                }
            }
        }
        return parts.isEmpty() ? List.of(Variant.DEFAULT_TITLE) : List.copyOf(parts);
    }
}
