package com.cartwise.benchmarks.data;

import java.math.BigDecimal;
import java.util.List;

/**
 * One variant of the synthetic shop, with what a Shopify products export row needs.
 *
 * @param index dense index, 0 .. variants-1; order lines name variants by it
 * @param product dense index of its product; variants of one product are adjacent
 * @param handle the product's handle, shared by its variants
 * @param productTitle the product's title, shared by its variants
 * @param optionValues the variant's option values (one size); empty for a single-variant product
 *                     (Shopify writes "Default Title" there)
 * @param sku unique per variant
 * @param price in the shop's currency, two decimals
 * @param inventoryQuantity stock on hand
 */
public record SyntheticVariant(int index, int product, String handle, String productTitle, List<String> optionValues,
                               String sku, BigDecimal price, int inventoryQuantity) {
    public SyntheticVariant {
        optionValues = List.copyOf(optionValues);
    }
}
