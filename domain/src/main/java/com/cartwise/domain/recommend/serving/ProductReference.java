package com.cartwise.domain.recommend.serving;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.catalog.VariantKey;

/** The product a product page shows: the whole product by its handle, or one of its variants. */
public sealed interface ProductReference {

    record OfProduct(String handle) implements ProductReference {
        public OfProduct {
            InvalidInputException.require(handle != null && !handle.isBlank(), "handle", "is required");
        }
    }

    record OfVariant(VariantKey variant) implements ProductReference {
        public OfVariant {
            InvalidInputException.require(variant != null, "variant", "is required");
        }
    }
}
