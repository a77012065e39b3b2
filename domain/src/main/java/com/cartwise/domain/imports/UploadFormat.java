package com.cartwise.domain.imports;

import com.cartwise.domain.InvalidInputException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The kinds of file Cartwise imports, each recognised from its header (or named by the merchant
 * with {@code ?type=}).
 */
public enum UploadFormat {
    /** Shopify admin, Products > Export: a row per variant (and per extra image). */
    SHOPIFY_PRODUCTS("products"),
    /** Shopify admin, Orders > Export: a row per line item. */
    SHOPIFY_ORDERS("orders"),
    /** Shopify admin, Products > Inventory > Export: a row per variant and location. */
    SHOPIFY_INVENTORY("inventory"),
    /** Shopify admin, Customers > Export. */
    SHOPIFY_CUSTOMERS("customers"),
    /** The reference bundle generator's orders.csv: a row per order line. */
    RUN_ORDERS("run_orders"),
    /** The reference bundle generator's variants.csv. */
    RUN_VARIANTS("run_variants"),
    /** The reference bundle generator's inventory_levels.csv. */
    RUN_INVENTORY_LEVELS("run_inventory_levels"),
    /** The reference bundle generator's catalog_joined.csv: a row per product. */
    RUN_CATALOG("run_catalog"),
    /** A transaction file: a row per invoice line (invoice, item code, description, quantity, date, price ...). */
    TRANSACTIONS("transactions"),
    /** One basket per line: item ids separated by spaces or commas. */
    BASKET_LINES("baskets");

    private final String wireName;

    UploadFormat(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Whether the format belongs to the reference generator's four-file layout, committed together as one run. */
    public boolean partOfRun() {
        return name().startsWith("RUN_");
    }

    public static UploadFormat fromWireName(String name) {
        for (UploadFormat format : values()) {
            if (format.wireName.equals(name)) {
                return format;
            }
        }
        throw new InvalidInputException("type", "must be one of "
                + Arrays.stream(values()).map(UploadFormat::wireName).collect(Collectors.joining(", ")) + ", but was '" + name + "'");
    }
}
