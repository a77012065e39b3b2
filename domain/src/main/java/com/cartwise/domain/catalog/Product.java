package com.cartwise.domain.catalog;

import com.cartwise.domain.InvalidInputException;
import java.util.List;

/** A product as the merchant's catalogue describes it; its variants are what is sold. */
public record Product(String handle, String title, String vendor, String productType, List<String> tags) {
    public Product {
        InvalidInputException.require(handle != null && !handle.isBlank(), "handle", "is required");
        InvalidInputException.require(title != null && !title.isBlank(), "title", "is required");
        vendor = vendor == null ? "" : vendor.strip();
        productType = productType == null ? "" : productType.strip();
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
