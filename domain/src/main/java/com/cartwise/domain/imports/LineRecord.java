package com.cartwise.domain.imports;

import com.cartwise.domain.InvalidInputException;
import java.math.BigDecimal;

/**
 * One line of an order as a file names it. Which catalogue variant it is gets decided when the
 * import merges (see {@code LineResolution}), so that orders may come before their catalogue.
 *
 * @param quantity never 0; negative for a returned item (transaction files write returns so)
 * @param refunded the line's money was given back: stored and flagged, left out of baskets
 * @param createsVariant the file is the shop's only catalogue (basket data): a line that matches no
 *                       variant adds one, keyed by its SKU (the item code) and named by its name
 */
public record LineRecord(
        SourceRow source,
        String name,
        String sku,
        Long shopifyVariantId,
        int quantity,
        BigDecimal price,
        BigDecimal compareAtPrice,
        BigDecimal discount,
        String vendor,
        boolean refunded,
        boolean createsVariant) {

    public LineRecord {
        if (source == null) {
            throw new IllegalArgumentException("a line has a place");
        }
        name = name == null ? "" : name.strip();
        sku = sku == null ? "" : sku.strip();
        vendor = vendor == null ? "" : vendor.strip();
        InvalidInputException.require(!name.isEmpty() || !sku.isEmpty() || shopifyVariantId != null,
                "line", "needs a name, a SKU or a variant id");
        if (shopifyVariantId != null) {
            InvalidInputException.requirePositive(shopifyVariantId, "shopify_variant_id");
        }
        InvalidInputException.require(quantity != 0, "quantity", "must not be 0");
        InvalidInputException.require(price == null || price.signum() >= 0, "price", "must not be negative");
        InvalidInputException.require(compareAtPrice == null || compareAtPrice.signum() >= 0, "compare_at_price",
                "must not be negative");
        InvalidInputException.require(!createsVariant || !sku.isEmpty(), "sku",
                "names the item that basket data adds to the catalogue, so it is required");
    }

    /** A returned item: transaction files book a return as a line with a negative quantity. */
    public boolean isReturn() {
        return quantity < 0;
    }
}
