package com.cartwise.domain.catalog;

import com.cartwise.domain.InvalidInputException;

/** One of the keys a variant is known by, as a cart item or request names it. */
public sealed interface VariantKey {

    /** Cartwise's own stable id. */
    record ById(long variantId) implements VariantKey {
        public ById {
            InvalidInputException.requirePositive(variantId, "variant_id");
        }
    }

    /** Shopify's numeric variant id, as a POS cart carries it. */
    record ByShopifyVariantId(long shopifyVariantId) implements VariantKey {
        public ByShopifyVariantId {
            InvalidInputException.requirePositive(shopifyVariantId, "shopify_variant_id");
        }
    }

    /** A SKU. A SKU shared by several variants names none of them: SKUs are not unique in real shops. */
    record BySku(String sku) implements VariantKey {
        public BySku {
            InvalidInputException.require(sku != null && !sku.isBlank(), "sku", "must not be blank");
            InvalidInputException.requireNoNul(sku, "sku");
            sku = sku.strip();
        }
    }
}
