package com.cartwise.domain.catalog;

import com.cartwise.domain.InvalidInputException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A variant as Cartwise knows it: a stable internal id plus every key it is known by, and what a
 * till needs to show it (titles, price, stock) and to decide whether it can be offered at all
 * (stock, and its product's status).
 *
 * @param priceGiven whether the merchant's data gave the price (a products export, the Admin API, an
 *                   order line's price); false for an item a basket file added without one, priced 0
 *                   until a products export prices it. A variant the merchant prices at 0.00 (a free
 *                   gift) has its price given.
 */
public record Variant(
        long id,
        String handle,
        List<String> optionValues,
        String sku,
        Long shopifyVariantId,
        String productTitle,
        Money price,
        boolean priceGiven,
        Stock stock,
        ProductStatus productStatus) {

    /** Shopify's title for the only variant of a product without options. */
    public static final String DEFAULT_TITLE = "Default Title";

    public Variant {
        InvalidInputException.requirePositive(id, "variant_id");
        InvalidInputException.require(handle != null && !handle.isBlank(), "handle", "is required");
        InvalidInputException.require(productTitle != null && !productTitle.isBlank(), "product_title", "is required");
        InvalidInputException.require(price != null, "price", "is required");
        InvalidInputException.require(stock != null, "inventory_quantity", "is required");
        InvalidInputException.require(productStatus != null, "product_status", "is required");
        optionValues = List.copyOf(optionValues);
        sku = sku == null ? "" : sku;
    }

    /** A variant whose price the merchant's data gave, as every catalogue import gives one. */
    public Variant(long id, String handle, List<String> optionValues, String sku, Long shopifyVariantId,
                   String productTitle, Money price, Stock stock, ProductStatus productStatus) {
        this(id, handle, optionValues, sku, shopifyVariantId, productTitle, price, true, stock, productStatus);
    }

    public static String titleOf(List<String> optionValues) {
        // a loop, not a stream: every recommendation a till is shown names its variant and its evidence's
        if (optionValues.size() == 1 && !optionValues.getFirst().isBlank()) {
            return optionValues.getFirst();
        }
        StringBuilder joined = new StringBuilder();
        for (String value : optionValues) {
            if (!value.isBlank()) {
                joined.append(joined.isEmpty() ? "" : " / ").append(value);
            }
        }
        return joined.isEmpty() ? DEFAULT_TITLE : joined.toString();
    }

    public String variantTitle() {
        return titleOf(optionValues);
    }

    /**
     * The name Shopify gives this variant on an order line ("Rieker - L4655-35- Rouge - 40 / ROUGE"):
     * the product title, then " - " and the variant title unless it is the default one. Orders
     * exports carry no variant ids, so this and the SKU are how a line finds its variant.
     */
    public String lineName() {
        return lineNameOf(productTitle, optionValues);
    }

    public static String lineNameOf(String productTitle, List<String> optionValues) {
        return lineNameOf(productTitle, titleOf(optionValues));
    }

    /** The same name from a variant title as Shopify writes it ("40 / ROUGE", or "Default Title"). */
    public static String lineNameOf(String productTitle, String variantTitle) {
        return DEFAULT_TITLE.equals(variantTitle) ? productTitle : productTitle + " - " + variantTitle;
    }

    /**
     * Whether a till may offer it: its product is active (not a draft, not archived) and it is in
     * stock or may be sold without.
     */
    public boolean sellable() {
        return productStatus == ProductStatus.ACTIVE && stock.available();
    }

    public OptionalLong shopifyId() {
        return shopifyVariantId == null ? OptionalLong.empty() : OptionalLong.of(shopifyVariantId);
    }

    public Optional<String> skuIfAny() {
        return sku.isBlank() ? Optional.empty() : Optional.of(sku);
    }
}
