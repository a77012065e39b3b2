package com.cartwise.domain.orders;

import com.cartwise.domain.InvalidInputException;
import java.math.BigDecimal;

/**
 * One line of an order, as an export names it: Shopify's orders export gives the line's name and
 * SKU but no variant id. Which variant it was is decided when baskets are built, so a catalogue
 * imported after the orders still resolves them.
 */
public record OrderLine(String name, String sku, Long shopifyVariantId, int quantity, BigDecimal price) {
    public OrderLine {
        name = name == null ? "" : name.strip();
        sku = sku == null ? "" : sku.strip();
        InvalidInputException.require(!name.isEmpty() || !sku.isEmpty() || shopifyVariantId != null,
                "line", "needs a name, a SKU or a variant id");
        if (shopifyVariantId != null) {
            InvalidInputException.requirePositive(shopifyVariantId, "shopify_variant_id");
        }
        InvalidInputException.requirePositive(quantity, "quantity");
        InvalidInputException.require(price == null || price.signum() >= 0, "price", "must not be negative");
    }
}
