package com.cartwise.domain.imports;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.catalog.Product;
import java.util.Optional;

/**
 * A row of the reference generator's catalog_joined.csv: a product by its Shopify id.
 *
 * @param product the product without its creation date, which {@code createdAt} holds in both readings
 * @param createdAt when the shop created the product, as the row wrote it: a spreadsheet date's day/month
 *                  order is only known once the whole file is read, so the merge picks the reading
 */
public record RunProductRow(SourceRow source, long productId, Product product, Optional<OrderDate> createdAt)
        implements ImportRecord {
    public RunProductRow {
        InvalidInputException.requirePositive(productId, "product_id");
        if (source == null || product == null) {
            throw new IllegalArgumentException("a product row has a place and a product");
        }
        if (product.createdAt().isPresent()) {
            throw new IllegalArgumentException("a product row's creation date waits for its file's date order: pass it as createdAt");
        }
        createdAt = createdAt == null ? Optional.empty() : createdAt;
    }

    /** The product as its file means it, created at the reading of its date that the whole file decided on. */
    public Product product(boolean monthFirstFile) {
        Product p = product;
        return new Product(p.handle(), p.title(), p.vendor(), p.productType(), p.tags(), p.status(), p.category(), p.collections(),
                createdAt.map(date -> date.read(monthFirstFile)));
    }
}
