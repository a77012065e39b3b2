package com.cartwise.domain.catalog;

import com.cartwise.domain.InvalidInputException;
import java.util.List;

/**
 * A product as the merchant's catalogue describes it; its variants are what is sold, and only
 * while its status is {@link ProductStatus#ACTIVE}.
 */
public record Product(String handle, String title, String vendor, String productType, List<String> tags,
                      ProductStatus status) {
    public Product {
        InvalidInputException.require(handle != null && !handle.isBlank(), "handle", "is required");
        InvalidInputException.require(title != null && !title.isBlank(), "title", "is required");
        InvalidInputException.require(status != null, "status", "is required");
        vendor = vendor == null ? "" : vendor.strip();
        productType = productType == null ? "" : productType.strip();
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** An active product, as most are; for callers whose catalogue says nothing of status. */
    public Product(String handle, String title, String vendor, String productType, List<String> tags) {
        this(handle, title, vendor, productType, tags, ProductStatus.ACTIVE);
    }

    /** The same product with another status, as when the merchant archives it. */
    public Product withStatus(ProductStatus newStatus) {
        return new Product(handle, title, vendor, productType, tags, newStatus);
    }
}
