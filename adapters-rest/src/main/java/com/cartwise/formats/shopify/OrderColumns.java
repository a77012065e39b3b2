package com.cartwise.formats.shopify;

import com.cartwise.formats.csv.Column;
import com.cartwise.formats.csv.Header;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the columns Cartwise reads sit in one Shopify orders export. */
record OrderColumns(
        Column name,
        Column createdAt,
        Optional<Column> currency,
        Column quantity,
        Column lineName,
        Column sku,
        Optional<Column> price,
        Optional<Column> compareAtPrice,
        Optional<Column> lineDiscount,
        Optional<Column> vendor,
        Optional<Column> cancelledAt,
        Optional<Column> financialStatus,
        Optional<Column> refundedAmount,
        Optional<Column> discountCode,
        Optional<Column> discountAmount,
        Optional<Column> source,
        Optional<Column> email) {

    static final List<String> REQUIRED = List.of("Name", "Created at", "Lineitem quantity", "Lineitem name", "Lineitem sku");

    static OrderColumns of(Header header) {
        header.requireAll("a Shopify orders export", REQUIRED);
        return new OrderColumns(
                header.column("Name"),
                header.column("Created at"),
                header.find("Currency"),
                header.column("Lineitem quantity"),
                header.column("Lineitem name"),
                header.column("Lineitem sku"),
                header.find("Lineitem price"),
                header.find("Lineitem compare at price"),
                header.find("Lineitem discount"),
                header.find("Vendor"),
                header.find("Cancelled at"),
                header.find("Financial Status"),
                header.find("Refunded Amount"),
                header.find("Discount Code"),
                header.find("Discount Amount"),
                header.find("Source"),
                header.find("Email"));
    }

    /** The column each field of the domain's records is read from, to place the domain's objections. */
    Map<String, Column> byDomainField() {
        Map<String, Column> map = new HashMap<>();
        map.put("name", name);
        map.put("created_at", createdAt);
        map.put("line", lineName);
        map.put("quantity", quantity);
        price.ifPresent(c -> map.put("price", c));
        compareAtPrice.ifPresent(c -> map.put("compare_at_price", c));
        return Map.copyOf(map);
    }
}
