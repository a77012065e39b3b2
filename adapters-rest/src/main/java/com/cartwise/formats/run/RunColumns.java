package com.cartwise.formats.run;

import java.util.List;

/**
 * The one alias table of the reference bundle generator's four files, whose column names vary
 * from shop to shop ("order_id", "Order ID", "order"): every field the readers take, with the
 * names it goes by, matched regardless of case, spaces, dashes and underscores.
 */
final class RunColumns {
    static final List<String> ORDER_ID = List.of("order_id", "order id", "order_number", "order", "order_name");
    static final List<String> CREATED_AT = List.of("created_at", "order_date", "processed_at", "date", "ordered_at");
    static final List<String> CUSTOMER = List.of("customer_id", "customer", "customer_email", "email");
    static final List<String> SKU = List.of("sku", "variant_sku", "lineitem_sku");
    static final List<String> VARIANT_ID = List.of("variant_id", "shopify_variant_id", "variant");
    static final List<String> PRODUCT_ID = List.of("product_id", "shopify_product_id");
    static final List<String> QUANTITY = List.of("quantity", "qty", "units");
    static final List<String> PRICE = List.of("price", "unit_price", "variant_price");
    static final List<String> DISCOUNT = List.of("discount", "line_discount", "discount_amount", "total_discount");
    static final List<String> LINE_NAME = List.of("line_item_name", "lineitem_name", "item_name", "product_title");
    static final List<String> CURRENCY = List.of("currency", "currency_code");
    static final List<String> TITLE = List.of("title", "variant_title", "name");
    static final List<String> COMPARE_AT_PRICE = List.of("compare_at_price", "compare_price", "msrp");
    static final List<String> COST = List.of("cost", "unit_cost", "cost_per_item");
    static final List<String> INVENTORY_ITEM_ID = List.of("inventory_item_id", "inventory_item");
    static final List<String> LOCATION = List.of("location", "location_id", "location_name");
    static final List<String> AVAILABLE = List.of("available", "quantity_available", "available_quantity", "on_hand");
    static final List<String> PRODUCT_TITLE = List.of("title", "product_title", "product_name", "name");
    static final List<String> HANDLE = List.of("handle", "product_handle");
    static final List<String> PRODUCT_TYPE = List.of("product_type", "type", "category");
    static final List<String> VENDOR = List.of("vendor", "brand");
    static final List<String> TAGS = List.of("tags");
    static final List<String> COLLECTIONS = List.of("collections", "collection");
    static final List<String> STATUS = List.of("status");

    private RunColumns() {
    }
}
