package com.cartwise.rest.orders;

import com.cartwise.rest.csv.Column;
import com.cartwise.rest.csv.Header;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the columns Cartwise reads sit in one orders export. */
record OrderColumns(
        Column name,
        Column createdAt,
        Optional<Column> currency,
        Column quantity,
        Column lineName,
        Column sku,
        Optional<Column> price) {

    static final List<String> REQUIRED = List.of("Name", "Created at", "Lineitem quantity", "Lineitem name", "Lineitem sku");

    static OrderColumns of(Header header) {
        header.requireAll("orders export", REQUIRED);
        return new OrderColumns(
                header.column("Name"),
                header.column("Created at"),
                header.find("Currency"),
                header.column("Lineitem quantity"),
                header.column("Lineitem name"),
                header.column("Lineitem sku"),
                header.find("Lineitem price"));
    }

    /** The column each field of the domain's records is read from, to place the domain's objections. */
    Map<String, Column> byDomainField() {
        Map<String, Column> map = new HashMap<>();
        map.put("name", name);
        map.put("created_at", createdAt);
        map.put("line", lineName);
        map.put("quantity", quantity);
        price.ifPresent(c -> map.put("price", c));
        return Map.copyOf(map);
    }
}
