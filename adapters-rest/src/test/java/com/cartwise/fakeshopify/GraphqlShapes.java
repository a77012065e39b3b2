package com.cartwise.fakeshopify;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fake shop's objects as the GraphQL Admin API writes them: gids, camelCase, enums in capitals, money sets. */
final class GraphqlShapes {
    private GraphqlShapes() {
    }

    static String gid(String type, long id) {
        return "gid://shopify/" + type + "/" + id;
    }

    static Map<String, Object> product(FakeShop.Product p) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", gid("Product", p.id));
        node.put("handle", p.handle);
        node.put("title", p.title);
        node.put("vendor", p.vendor);
        node.put("productType", p.productType);
        node.put("tags", p.tags);
        node.put("status", p.status);
        node.put("createdAt", p.createdAt.toString());
        node.put("updatedAt", p.updatedAt.toString());
        return node;
    }

    static Map<String, Object> variant(FakeShop shop, FakeShop.Variant v) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", gid("ProductVariant", v.id));
        node.put("sku", v.sku);
        node.put("barcode", v.barcode);
        node.put("price", v.price);
        node.put("compareAtPrice", v.compareAtPrice);
        node.put("inventoryPolicy", v.inventoryPolicy);
        node.put("inventoryQuantity", shop.quantity(v));
        node.put("selectedOptions", v.options.stream().map(o -> Map.of("value", o)).toList());
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", gid("InventoryItem", v.inventoryItemId));
        item.put("tracked", v.tracked);
        item.put("unitCost", v.cost == null ? null : Map.of("amount", v.cost));
        node.put("inventoryItem", item);
        return node;
    }

    static Map<String, Object> stockItem(FakeShop shop, FakeShop.Variant v) {
        Map<String, Object> variant = new LinkedHashMap<>();
        variant.put("id", gid("ProductVariant", v.id));
        variant.put("sku", v.sku);
        variant.put("product", Map.of("handle", shop.productOf(v).handle));
        variant.put("selectedOptions", v.options.stream().map(o -> Map.of("value", o)).toList());
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", gid("InventoryItem", v.inventoryItemId));
        node.put("variant", variant);
        return node;
    }

    static Map<String, Object> stockLevel(FakeShop.Location location, int[] quantities) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("location", Map.of("id", gid("Location", location.id()), "name", location.name()));
        node.put("quantities", List.of(Map.of("name", "available", "quantity", quantities[0]),
                Map.of("name", "on_hand", "quantity", quantities[1])));
        return node;
    }

    static Map<String, Object> order(FakeShop shop, FakeShop.Order o) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", gid("Order", o.id));
        node.put("name", o.name);
        node.put("createdAt", o.createdAt.toString());
        node.put("updatedAt", o.updatedAt.toString());
        node.put("cancelledAt", o.cancelledAt == null ? null : o.cancelledAt.toString());
        node.put("currencyCode", shop.currency);
        node.put("displayFinancialStatus", o.financialStatus);
        node.put("sourceName", o.sourceName);
        node.put("email", o.email.isEmpty() ? null : o.email);
        node.put("customer", o.customerId == 0 ? null : Map.of("id", gid("Customer", o.customerId)));
        node.put("discountCode", o.discountCode.isEmpty() ? null : o.discountCode);
        node.put("totalDiscountsSet", money(o.totalDiscounts));
        node.put("totalRefundedSet", money(o.totalRefunded));
        return node;
    }

    static Map<String, Object> line(FakeShop.Line l) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", gid("LineItem", l.id));
        node.put("name", l.name);
        node.put("sku", l.sku);
        node.put("quantity", l.quantity);
        node.put("currentQuantity", l.currentQuantity);
        node.put("vendor", l.vendor);
        node.put("variant", l.variantId == null ? null : Map.of("id", gid("ProductVariant", l.variantId)));
        node.put("originalUnitPriceSet", money(l.price));
        node.put("totalDiscountSet", money(l.discount));
        return node;
    }

    private static Map<String, Object> money(BigDecimal amount) {
        return Map.of("shopMoney", Map.of("amount", amount));
    }

    /** A child line of a bulk result: the node with its parent's id. */
    static Map<String, Object> child(Map<String, Object> node, String parentId) {
        Map<String, Object> line = new LinkedHashMap<>(node);
        line.put("__parentId", parentId);
        return line;
    }

    static List<Map<String, Object>> nodes(List<Map<String, Object>> nodes) {
        return new ArrayList<>(nodes);
    }
}
