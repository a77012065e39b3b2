package com.cartwise.domain.catalog;

import com.cartwise.domain.InvalidInputException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A product as the merchant's catalogue describes it; its variants are what is sold, and only
 * while its status is {@link ProductStatus#ACTIVE}. Category, collections and the shop's own
 * creation date feed bundle generation (category bundles, new launches) where a source has them.
 */
public record Product(String handle, String title, String vendor, String productType, List<String> tags,
                      ProductStatus status, String category, List<String> collections, Optional<Instant> createdAt) {
    public Product {
        InvalidInputException.require(handle != null && !handle.isBlank(), "handle", "is required");
        InvalidInputException.require(title != null && !title.isBlank(), "title", "is required");
        InvalidInputException.require(status != null, "status", "is required");
        vendor = vendor == null ? "" : vendor.strip();
        productType = productType == null ? "" : productType.strip();
        tags = tags == null ? List.of() : List.copyOf(tags);
        category = category == null ? "" : category.strip();
        collections = collections == null ? List.of() : List.copyOf(collections);
        createdAt = createdAt == null ? Optional.empty() : createdAt;
    }

    public Product(String handle, String title, String vendor, String productType, List<String> tags, ProductStatus status) {
        this(handle, title, vendor, productType, tags, status, "", List.of(), Optional.empty());
    }

    /** An active product, as most are; for callers whose catalogue says nothing of status. */
    public Product(String handle, String title, String vendor, String productType, List<String> tags) {
        this(handle, title, vendor, productType, tags, ProductStatus.ACTIVE);
    }

    /** The same product with another status, as when the merchant archives it. */
    public Product withStatus(ProductStatus newStatus) {
        return new Product(handle, title, vendor, productType, tags, newStatus, category, collections, createdAt);
    }
}
