package com.cartwise.domain.imports;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.catalog.Product;

/** A row of the reference generator's catalog_joined.csv: a product by its Shopify id. */
public record RunProductRow(SourceRow source, long productId, Product product) implements ImportRecord {
    public RunProductRow {
        InvalidInputException.require(productId > 0, "product_id", "must be positive, but was " + productId);
        if (source == null || product == null) {
            throw new IllegalArgumentException("a product row has a place and a product");
        }
    }
}
