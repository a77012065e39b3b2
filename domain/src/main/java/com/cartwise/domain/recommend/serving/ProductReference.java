package com.cartwise.domain.recommend.serving;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.catalog.VariantKey;

/** The product a product page shows: the whole product by its handle, or one of its variants. */
public sealed interface ProductReference {

    /** What it names, as a merchant reads it: "product with handle 'ski-wax'", "variant with SKU 'WAX'". */
    String describe();

    record OfProduct(String handle) implements ProductReference {
        public OfProduct {
            InvalidInputException.require(handle != null && !handle.isBlank(), "handle", "is required");
            InvalidInputException.requireNoNul(handle, "handle");
            handle = handle.strip();
        }

        @Override
        public String describe() {
            return "product with handle '" + handle + "'";
        }
    }

    record OfVariant(VariantKey variant) implements ProductReference {
        public OfVariant {
            InvalidInputException.require(variant != null, "variant", "is required");
        }

        @Override
        public String describe() {
            return switch (variant) {
                case VariantKey.ById id -> "variant with variant_id " + id.variantId();
                case VariantKey.ByShopifyVariantId s -> "variant with shopify_variant_id " + s.shopifyVariantId();
                case VariantKey.BySku s -> "variant with SKU '" + s.sku() + "'";
            };
        }
    }
}
