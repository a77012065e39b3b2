package com.cartwise.domain.imports;

import java.util.List;

/**
 * The names under which an import reports, per file, what its merge changed; the API shows them
 * as they are. Every file of a format reports every name of its format, 0 included.
 */
public final class MergeCounts {
    public static final String PRODUCTS_ADDED = "products_added";
    public static final String PRODUCTS_UPDATED = "products_updated";
    public static final String VARIANTS_ADDED = "variants_added";
    public static final String VARIANTS_UPDATED = "variants_updated";
    public static final String IMAGE_ROWS = "image_rows";
    public static final String ORDERS_ADDED = "orders_added";
    public static final String ORDERS_REPLACED = "orders_replaced";
    /** Orders the shop already had exactly so: left as they are, nothing rewritten. */
    public static final String ORDERS_UNCHANGED = "orders_unchanged";
    public static final String LINES = "lines";
    public static final String CANCELLED_ORDERS = "cancelled_orders";
    public static final String RETURNED_LINES = "returned_lines";
    public static final String REFUNDED_LINES = "refunded_lines";
    /** Lines no catalogue variant matches yet; they stay, and a later catalogue import may match them. */
    public static final String UNMATCHED_LINES = "unmatched_lines";
    /** Variants basket data added to the catalogue for item codes it did not know. */
    public static final String ITEMS_ADDED = "items_added";
    /** Of those, the ones the file gave no price: priced at 0 until a catalogue import prices them. */
    public static final String ITEMS_WITHOUT_PRICE = "items_without_price";
    public static final String STOCK_LEVELS = "stock_levels";
    public static final String VARIANTS_RESTOCKED = "variants_restocked";
    public static final String CUSTOMERS_ADDED = "customers_added";
    public static final String CUSTOMERS_UPDATED = "customers_updated";

    private static final List<String> ORDERS = List.of(ORDERS_ADDED, ORDERS_REPLACED, ORDERS_UNCHANGED, LINES, CANCELLED_ORDERS, RETURNED_LINES,
            REFUNDED_LINES, UNMATCHED_LINES);

    private MergeCounts() {
    }

    public static List<String> of(UploadFormat format) {
        return switch (format) {
            case SHOPIFY_PRODUCTS -> List.of(PRODUCTS_ADDED, VARIANTS_ADDED, VARIANTS_UPDATED, IMAGE_ROWS);
            case SHOPIFY_ORDERS, RUN_ORDERS -> ORDERS;
            case TRANSACTIONS, BASKET_LINES -> concat(ORDERS, ITEMS_ADDED, ITEMS_WITHOUT_PRICE);
            case SHOPIFY_INVENTORY, RUN_INVENTORY_LEVELS -> List.of(STOCK_LEVELS, VARIANTS_RESTOCKED);
            case SHOPIFY_CUSTOMERS -> List.of(CUSTOMERS_ADDED, CUSTOMERS_UPDATED);
            case RUN_CATALOG -> List.of(PRODUCTS_ADDED, PRODUCTS_UPDATED);
            case RUN_VARIANTS -> List.of(VARIANTS_ADDED, VARIANTS_UPDATED);
        };
    }

    private static List<String> concat(List<String> names, String... more) {
        return java.util.stream.Stream.concat(names.stream(), java.util.stream.Stream.of(more)).toList();
    }
}
