package com.cartwise.domain.catalog;

import com.cartwise.domain.InvalidInputException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A product as the merchant's catalogue describes it; its variants are what is sold, and only
 * while its status is {@link ProductStatus#ACTIVE}. Category, collections and the shop's own
 * creation date feed bundle generation (category bundles, new launches) where a source has them.
 *
 * @param shopifyProductId Shopify's id of the product where the source gives it (the Admin API, its
 *                         webhooks): products/delete names a product by it alone
 */
public record Product(String handle, String title, String vendor, String productType, List<String> tags,
                      ProductStatus status, String category, List<String> collections, Optional<Instant> createdAt,
                      Optional<Long> shopifyProductId) {
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
        shopifyProductId = shopifyProductId == null ? Optional.empty() : shopifyProductId;
        if (shopifyProductId.isPresent()) {
            InvalidInputException.requirePositive(shopifyProductId.get(), "shopify_product_id");
        }
    }

    /** A product as a source without Shopify's product id (the exports) describes it. */
    public Product(String handle, String title, String vendor, String productType, List<String> tags, ProductStatus status,
                   String category, List<String> collections, Optional<Instant> createdAt) {
        this(handle, title, vendor, productType, tags, status, category, collections, createdAt, Optional.empty());
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
        return new Product(handle, title, vendor, productType, tags, newStatus, category, collections, createdAt,
                shopifyProductId);
    }
}
