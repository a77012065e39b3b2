package com.cartwise.domain.catalog;

import com.cartwise.domain.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;

/**
 * One variant as an import describes it (one row of a Shopify products export), before it has
 * Cartwise's id. Its natural key is the product handle plus the option values.
 */
public record VariantRecord(
        Product product,
        List<String> optionValues,
        String sku,
        String barcode,
        Long shopifyVariantId,
        BigDecimal price,
        Stock stock) {

    public VariantRecord {
        InvalidInputException.require(product != null, "product", "is required");
        InvalidInputException.require(optionValues == null || optionValues.stream().allMatch(java.util.Objects::nonNull),
                "option_values", "must not contain an empty slot");
        optionValues = optionValues == null ? List.of() : optionValues.stream().map(String::strip).toList();
        InvalidInputException.require(optionValues.size() <= 3, "option_values", "a variant has at most 3 options");
        sku = sku == null ? "" : sku.strip();
        barcode = barcode == null ? "" : barcode.strip();
        InvalidInputException.require(shopifyVariantId == null || shopifyVariantId > 0, "shopify_variant_id", "must be positive");
        InvalidInputException.require(price != null, "price", "is required");
        InvalidInputException.require(price.signum() >= 0, "price", "must not be negative");
        InvalidInputException.require(stock != null, "inventory_quantity", "is required");
    }

    public String variantTitle() {
        return Variant.titleOf(optionValues);
    }
}
