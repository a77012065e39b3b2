package com.cartwise.formats.shopify;

import com.cartwise.formats.csv.Column;
import com.cartwise.formats.csv.Header;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Where the columns Cartwise reads sit in one products export. */
record ProductColumns(
        Column handle,
        Column title,
        Optional<Column> vendor,
        Optional<Column> type,
        Optional<Column> tags,
        Optional<Column> status,
        Optional<Column> published,
        List<Column> optionValues,
        Column sku,
        Optional<Column> barcode,
        Optional<Column> variantId,
        Column price,
        Optional<Column> inventoryTracker,
        Optional<Column> inventoryQuantity,
        Optional<Column> inventoryPolicy,
        Optional<Column> image,
        Optional<Column> compareAtPrice,
        Optional<Column> cost,
        Optional<Column> category) {

    static final String HANDLE = "Handle";
    static final String TITLE = "Title";
    static final String OPTION1_VALUE = "Option1 Value";
    static final String SKU = "Variant SKU";
    static final String PRICE = "Variant Price";
    static final List<String> REQUIRED = List.of(HANDLE, TITLE, OPTION1_VALUE, SKU, PRICE);

    static ProductColumns of(Header header) {
        header.requireAll("a Shopify products export", REQUIRED);
        return new ProductColumns(
                header.column(HANDLE),
                header.column(TITLE),
                header.find("Vendor"),
                header.find("Type"),
                header.find("Tags"),
                header.find("Status"),
                header.find("Published"),
                Stream.of(Optional.of(header.column(OPTION1_VALUE)), header.find("Option2 Value"), header.find("Option3 Value"))
                        .flatMap(Optional::stream).toList(),
                header.column(SKU),
                header.find("Variant Barcode"),
                header.find("Variant ID"),
                header.column(PRICE),
                header.find("Variant Inventory Tracker"),
                header.find("Variant Inventory Qty"),
                header.find("Variant Inventory Policy"),
                header.find("Image Src"),
                header.find("Variant Compare At Price"),
                header.find("Cost per item"),
                header.find("Product Category"));
    }

    /** The column each field of the domain's records is read from, to place the domain's objections. */
    Map<String, Column> byDomainField() {
        Map<String, Column> map = new HashMap<>();
        map.put("handle", handle);
        map.put("title", title);
        map.put("option_values", optionValues.getFirst());
        map.put("sku", sku);
        map.put("price", price);
        status.ifPresent(c -> map.put("status", c));
        variantId.ifPresent(c -> map.put("shopify_variant_id", c));
        inventoryQuantity.ifPresent(c -> map.put("inventory_quantity", c));
        compareAtPrice.ifPresent(c -> map.put("compare_at_price", c));
        cost.ifPresent(c -> map.put("cost", c));
        return Map.copyOf(map);
    }
}
