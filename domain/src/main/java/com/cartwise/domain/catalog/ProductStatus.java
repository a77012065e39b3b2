package com.cartwise.domain.catalog;

import com.cartwise.domain.InvalidInputException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Whether the merchant sells a product, in Shopify's words. Only an active product is offered at
 * the till: a draft is not for sale yet and an archived one no longer is.
 */
public enum ProductStatus {
    ACTIVE("active"),
    DRAFT("draft"),
    ARCHIVED("archived");

    private final String wireName;

    ProductStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in Shopify's exports, the APIs and the database: {@code active}, {@code draft}, {@code archived}. */
    public String wireName() {
        return wireName;
    }

    /** Reads Shopify's name regardless of case, since merchants edit exports in spreadsheets ("Active"). */
    public static ProductStatus fromWireName(String name) {
        for (ProductStatus status : values()) {
            if (status.wireName.equalsIgnoreCase(name)) {
                return status;
            }
        }
        throw new InvalidInputException("status", "must be one of "
                + Arrays.stream(values()).map(ProductStatus::wireName).collect(Collectors.joining(", "))
                + ", but was '" + name + "'");
    }
}
