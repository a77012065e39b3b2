package com.cartwise.domain.catalog;

import com.cartwise.domain.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One variant as an import describes it (one row of a Shopify products export), before it has
 * Cartwise's id. Its natural key is the product handle plus the option values. Compare-at price,
 * cost and the inventory item id are null where the source does not say.
 */
public record VariantRecord(
        Product product,
        List<String> optionValues,
        String sku,
        String barcode,
        Long shopifyVariantId,
        BigDecimal price,
        Stock stock,
        BigDecimal compareAtPrice,
        BigDecimal cost,
        Long inventoryItemId) {

    public VariantRecord {
        InvalidInputException.require(product != null, "product", "is required");
        InvalidInputException.require(optionValues == null || optionValues.stream().allMatch(Objects::nonNull),
                "option_values", "must not contain an empty slot");
        optionValues = optionValues == null ? List.of() : optionValues.stream().map(String::strip).toList();
        InvalidInputException.require(optionValues.size() <= 3, "option_values", "a variant has at most 3 options");
        sku = sku == null ? "" : sku.strip();
        barcode = barcode == null ? "" : barcode.strip();
        InvalidInputException.require(shopifyVariantId == null || shopifyVariantId > 0, "shopify_variant_id", "must be positive");
        InvalidInputException.require(price != null, "price", "is required");
        InvalidInputException.require(price.signum() >= 0, "price", "must not be negative");
        InvalidInputException.require(stock != null, "inventory_quantity", "is required");
        InvalidInputException.require(compareAtPrice == null || compareAtPrice.signum() >= 0, "compare_at_price",
                "must not be negative");
        InvalidInputException.require(cost == null || cost.signum() >= 0, "cost", "must not be negative");
        InvalidInputException.require(inventoryItemId == null || inventoryItemId > 0, "inventory_item_id", "must be positive");
    }

    public VariantRecord(Product product, List<String> optionValues, String sku, String barcode, Long shopifyVariantId,
                         BigDecimal price, Stock stock) {
        this(product, optionValues, sku, barcode, shopifyVariantId, price, stock, null, null, null);
    }

    public String variantTitle() {
        return Variant.titleOf(optionValues);
    }
}
