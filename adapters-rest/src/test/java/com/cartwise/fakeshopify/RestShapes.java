package com.cartwise.fakeshopify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fake shop's objects as webhook bodies carry them: the REST Admin API's shapes. */
public final class RestShapes {
    private RestShapes() {
    }

    public static Map<String, Object> order(FakeShop shop, FakeShop.Order o) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", o.id);
        body.put("name", o.name);
        body.put("order_number", Integer.parseInt(o.name.substring(1)));
        body.put("created_at", o.createdAt.toString());
        body.put("updated_at", o.updatedAt.toString());
        body.put("cancelled_at", o.cancelledAt == null ? null : o.cancelledAt.toString());
        body.put("currency", shop.currency);
        body.put("financial_status", o.financialStatus.toLowerCase(java.util.Locale.ROOT));
        body.put("email", o.email);
        body.put("source_name", o.sourceName);
        body.put("total_discounts", o.totalDiscounts);
        body.put("discount_codes", o.discountCode.isEmpty() ? List.of() : List.of(Map.of("code", o.discountCode, "amount", o.totalDiscounts)));
        body.put("customer", o.customerId == 0 ? null : Map.of("id", o.customerId, "email", o.email, "first_name", "Ada",
                "last_name", "Lovelace"));
        body.put("billing_address", Map.of("name", "Ada Lovelace", "address1", "12 St James's Square", "city", "London"));
        List<Map<String, Object>> lines = new ArrayList<>();
        List<Map<String, Object>> refunded = new ArrayList<>();
        for (FakeShop.Line l : o.lines) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", l.id);
            line.put("name", l.name);
            line.put("sku", l.sku);
            line.put("quantity", l.quantity);
            line.put("price", l.price);
            line.put("total_discount", l.discount);
            line.put("variant_id", l.variantId);
            line.put("vendor", l.vendor);
            lines.add(line);
            if (l.currentQuantity < l.quantity) {
                refunded.add(Map.of("line_item_id", l.id, "quantity", l.quantity - l.currentQuantity));
            }
        }
        body.put("line_items", lines);
        body.put("refunds", refunded.isEmpty() ? List.of() : List.of(Map.of("id", o.id + 7, "refund_line_items", refunded,
                "transactions", List.of(Map.of("kind", "refund", "status", "success", "amount", o.totalRefunded)))));
        return body;
    }

    public static Map<String, Object> product(FakeShop shop, FakeShop.Product p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", p.id);
        body.put("handle", p.handle);
        body.put("title", p.title);
        body.put("vendor", p.vendor);
        body.put("product_type", p.productType);
        body.put("tags", String.join(", ", p.tags));
        body.put("status", p.status.toLowerCase(java.util.Locale.ROOT));
        body.put("created_at", p.createdAt.toString());
        body.put("updated_at", p.updatedAt.toString());
        List<Map<String, Object>> variants = new ArrayList<>();
        for (FakeShop.Variant v : p.variants) {
            Map<String, Object> variant = new LinkedHashMap<>();
            variant.put("id", v.id);
            variant.put("product_id", p.id);
            variant.put("sku", v.sku);
            variant.put("barcode", v.barcode);
            variant.put("price", v.price);
            variant.put("compare_at_price", v.compareAtPrice);
            variant.put("inventory_policy", v.inventoryPolicy.toLowerCase(java.util.Locale.ROOT));
            variant.put("inventory_management", v.tracked ? "shopify" : null);
            variant.put("inventory_quantity", shop.quantity(v));
            variant.put("inventory_item_id", v.inventoryItemId);
            for (int i = 0; i < 3; i++) {
                variant.put("option" + (i + 1), i < v.options.size() ? v.options.get(i) : null);
            }
            variants.add(variant);
        }
        body.put("variants", variants);
        return body;
    }

    public static Map<String, Object> inventoryLevel(long inventoryItemId, long locationId, int available) {
        return Map.of("inventory_item_id", inventoryItemId, "location_id", locationId, "available", available,
                "updated_at", java.time.Instant.now().toString());
    }

    public static Map<String, Object> customersRedact(FakeShop shop, long customerId, String email, List<Long> orderIds) {
        return Map.of("shop_id", 548380009, "shop_domain", shop.domain, "customer", Map.of("id", customerId, "email", email,
                "phone", "555-625-1199"), "orders_to_redact", orderIds);
    }

    public static Map<String, Object> customersDataRequest(FakeShop shop, long customerId, String email, List<Long> orderIds) {
        return Map.of("shop_id", 548380009, "shop_domain", shop.domain, "orders_requested", orderIds,
                "customer", Map.of("id", customerId, "email", email, "phone", "555-625-1199"), "data_request", Map.of("id", 9999));
    }

    public static Map<String, Object> shopRedact(FakeShop shop) {
        return Map.of("shop_id", 548380009, "shop_domain", shop.domain);
    }

    public static Map<String, Object> appUninstalled(FakeShop shop) {
        return Map.of("id", 548380009, "name", shop.name, "domain", shop.domain, "myshopify_domain", shop.domain);
    }
}
