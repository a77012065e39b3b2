package com.cartwise.bootstrap.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes small files in the exact column layout of Shopify admin's Products and Orders exports. */
final class ShopifyExports {
    static final List<String> PRODUCT_COLUMNS = List.of("Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type",
            "Tags", "Published", "Option1 Name", "Option1 Value", "Option2 Name", "Option2 Value", "Option3 Name",
            "Option3 Value", "Variant SKU", "Variant Grams", "Variant Inventory Tracker", "Variant Inventory Qty",
            "Variant Inventory Policy", "Variant Fulfillment Service", "Variant Price", "Variant Compare At Price",
            "Variant Requires Shipping", "Variant Taxable", "Variant Barcode", "Image Src", "Image Position",
            "Image Alt Text", "Gift Card", "SEO Title", "SEO Description", "Variant Image", "Variant Weight Unit",
            "Variant Tax Code", "Cost per item", "Status");

    static final List<String> ORDER_COLUMNS = List.of("Name", "Email", "Financial Status", "Paid at", "Fulfillment Status",
            "Fulfilled at", "Accepts Marketing", "Currency", "Subtotal", "Shipping", "Taxes", "Total", "Discount Code",
            "Discount Amount", "Shipping Method", "Created at", "Lineitem quantity", "Lineitem name", "Lineitem price",
            "Lineitem compare at price", "Lineitem sku", "Lineitem requires shipping", "Lineitem taxable",
            "Lineitem fulfillment status", "Billing Name", "Notes", "Cancelled at", "Payment Method", "Vendor", "Id",
            "Tags", "Risk Level", "Source");

    private final List<String> columns;
    private final List<Map<String, String>> rows = new ArrayList<>();

    private ShopifyExports(List<String> columns) {
        this.columns = columns;
    }

    static ShopifyExports products() {
        return new ShopifyExports(PRODUCT_COLUMNS);
    }

    static ShopifyExports orders() {
        return new ShopifyExports(ORDER_COLUMNS);
    }

    ShopifyExports row(Map<String, String> values) {
        for (String column : values.keySet()) {
            if (!columns.contains(column)) {
                throw new IllegalArgumentException("no column " + column);
            }
        }
        rows.add(values);
        return this;
    }

    /** A product's first (or only) variant row: product-level columns are filled only here. */
    ShopifyExports product(String handle, String title, String option1Name, String option1Value, String sku,
                           String tracker, int quantity, String price) {
        return row(cells("Handle", handle, "Title", title, "Vendor", "Alpine Co", "Type", "Ski",
                "Published", "true", "Option1 Name", option1Name, "Option1 Value", option1Value, "Variant SKU", sku,
                "Variant Inventory Tracker", tracker, "Variant Inventory Qty", Integer.toString(quantity),
                "Variant Inventory Policy", "deny", "Variant Price", price, "Status", "active"));
    }

    /** A further variant of the product above: only the variant columns. */
    ShopifyExports variant(String handle, String option1Value, String sku, String tracker, int quantity, String price) {
        return row(cells("Handle", handle, "Option1 Value", option1Value, "Variant SKU", sku,
                "Variant Inventory Tracker", tracker, "Variant Inventory Qty", Integer.toString(quantity),
                "Variant Inventory Policy", "deny", "Variant Price", price));
    }

    /** One line of an order; order-level columns only on the order's first line, as Shopify writes them. */
    ShopifyExports line(String order, boolean firstLine, String createdAt, String lineName, String sku, int quantity, String price) {
        if (firstLine) {
            return row(cells("Name", order, "Financial Status", "paid", "Currency", "EUR", "Created at", createdAt,
                    "Lineitem quantity", Integer.toString(quantity), "Lineitem name", lineName, "Lineitem price", price,
                    "Lineitem sku", sku, "Source", "pos"));
        }
        return row(cells("Name", order, "Lineitem quantity", Integer.toString(quantity), "Lineitem name", lineName,
                "Lineitem price", price, "Lineitem sku", sku));
    }

    /** Cells by column name: "Handle", "ski-wax", "Title", "Ski Wax" ... */
    private static Map<String, String> cells(String... namesAndValues) {
        Map<String, String> cells = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            cells.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return cells;
    }

    String csv() {
        return csv(columns);
    }

    /** The same rows under a header without {@code dropped}: a file a merchant edited by hand. */
    String csvWithout(String dropped) {
        return csv(columns.stream().filter(c -> !c.equals(dropped)).toList());
    }

    private String csv(List<String> header) {
        StringBuilder s = new StringBuilder(header.stream().map(ShopifyExports::quote).collect(Collectors.joining(","))).append('\n');
        for (Map<String, String> row : rows) {
            s.append(header.stream().map(c -> quote(row.getOrDefault(c, ""))).collect(Collectors.joining(","))).append('\n');
        }
        return s.toString();
    }

    private static String quote(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
