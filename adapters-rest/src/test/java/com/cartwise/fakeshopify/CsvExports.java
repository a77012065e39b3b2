package com.cartwise.fakeshopify;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The fake shop as Shopify admin exports it (Products > Export, Orders > Export), so that a test
 * can import a shop by CSV first and then sync the same shop through the API. The exports carry no
 * Shopify ids, as the real ones do not.
 */
public final class CsvExports {
    private CsvExports() {
    }

    public static String products(FakeShop shop) {
        StringBuilder csv = new StringBuilder("Handle,Title,Vendor,Type,Tags,Status,Option1 Name,Option1 Value,Option2 Name,"
                + "Option2 Value,Option3 Name,Option3 Value,Variant SKU,Variant Barcode,Variant Price,Variant Compare At Price,"
                + "Variant Inventory Tracker,Variant Inventory Qty,Variant Inventory Policy\n");
        for (FakeShop.Product p : shop.products) {
            boolean first = true;
            for (FakeShop.Variant v : p.variants) {
                csv.append(cells(p.handle, first ? p.title : "", first ? p.vendor : "", first ? p.productType : "",
                        first ? String.join(", ", p.tags) : "", first ? p.status.toLowerCase(Locale.ROOT) : "",
                        "Size", option(v, 0), v.options.size() > 1 ? "Colour" : "", option(v, 1), v.options.size() > 2 ? "Style" : "",
                        option(v, 2), v.sku, v.barcode, v.price.toPlainString(),
                        v.compareAtPrice == null ? "" : v.compareAtPrice.toPlainString(), v.tracked ? "shopify" : "",
                        String.valueOf(shop.quantity(v)), v.inventoryPolicy.toLowerCase(Locale.ROOT)));
                first = false;
            }
        }
        return csv.toString();
    }

    public static String orders(FakeShop shop) {
        StringBuilder csv = new StringBuilder("Name,Email,Financial Status,Currency,Created at,Cancelled at,Source,"
                + "Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,Vendor\n");
        for (FakeShop.Order o : shop.orders) {
            boolean first = true;
            for (FakeShop.Line l : o.lines) {
                csv.append(cells(o.name, first ? o.email : "", first ? o.financialStatus.toLowerCase(Locale.ROOT) : "",
                        first ? shop.currency : "", first ? date(o.createdAt) : "", first && o.cancelledAt != null ? date(o.cancelledAt) : "",
                        first ? o.sourceName : "", String.valueOf(l.quantity), l.name, l.price.toPlainString(), l.sku, l.vendor));
                first = false;
            }
        }
        return csv.toString();
    }

    /** Every customer who ordered, once: Shopify's customers export. */
    public static String customers(FakeShop shop) {
        StringBuilder csv = new StringBuilder("Customer ID,First Name,Last Name,Email,Total Spent,Total Orders,Tags\n");
        shop.orders.stream().map(o -> o.customerId).distinct().forEach(id -> {
            FakeShop.Order first = shop.orders.stream().filter(o -> o.customerId == id).findFirst().orElseThrow();
            long orders = shop.orders.stream().filter(o -> o.customerId == id).count();
            csv.append(cells(String.valueOf(id), "Ada", "Lovelace-" + id, first.email, "100.00", String.valueOf(orders), "vip"));
        });
        return csv.toString();
    }

    private static String option(FakeShop.Variant v, int i) {
        return i < v.options.size() ? v.options.get(i) : "";
    }

    private static String date(Instant at) {
        return at.toString();
    }

    private static String cells(String... values) {
        return List.of(values).stream().map(CsvExports::cell).collect(Collectors.joining(",")) + "\n";
    }

    private static String cell(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
