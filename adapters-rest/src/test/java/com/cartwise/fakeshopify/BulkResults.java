package com.cartwise.fakeshopify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A bulk query's JSONL result as Shopify writes it with groupObjects: each top-level object on its
 * own line, followed by its children, each with {@code __parentId}. The fake recognises Cartwise's
 * three queries by their top-level connection.
 */
final class BulkResults {
    private BulkResults() {
    }

    static BulkOperation render(FakeShop shop, String query, long number, int polls) {
        List<String> lines = new ArrayList<>();
        long roots = 0;
        String compact = query.replaceAll("\\s+", " ");
        if (compact.startsWith("{ inventoryItems")) {
            for (FakeShop.Product p : shop.products) {
                for (FakeShop.Variant v : p.variants) {
                    roots++;
                    String itemId = GraphqlShapes.gid("InventoryItem", v.inventoryItemId);
                    lines.add(JsonText.of(GraphqlShapes.stockItem(shop, v)));
                    for (Map.Entry<Long, int[]> level : shop.stock.getOrDefault(v.inventoryItemId, Map.of()).entrySet()) {
                        FakeShop.Location location = shop.locations.stream().filter(l -> l.id() == level.getKey()).findFirst().orElseThrow();
                        lines.add(JsonText.of(GraphqlShapes.child(GraphqlShapes.stockLevel(location, level.getValue()), itemId)));
                    }
                }
            }
            return new BulkOperation(number, "stock", lines, roots, polls);
        }
        if (compact.startsWith("{ orders")) {
            for (FakeShop.Order o : shop.orders) {
                if (!Filters.keeps(compact, o.createdAt, o.updatedAt)) {
                    continue;
                }
                roots++;
                String orderId = GraphqlShapes.gid("Order", o.id);
                lines.add(JsonText.of(GraphqlShapes.order(shop, o)));
                o.lines.forEach(l -> lines.add(JsonText.of(GraphqlShapes.child(GraphqlShapes.line(l), orderId))));
            }
            return new BulkOperation(number, "orders", lines, roots, polls);
        }
        if (compact.startsWith("{ products")) {
            for (FakeShop.Product p : shop.products) {
                roots++;
                String productId = GraphqlShapes.gid("Product", p.id);
                lines.add(JsonText.of(GraphqlShapes.product(p)));
                p.variants.forEach(v -> lines.add(JsonText.of(GraphqlShapes.child(GraphqlShapes.variant(shop, v), productId))));
            }
            return new BulkOperation(number, "products", lines, roots, polls);
        }
        throw new IllegalArgumentException("the fake Shopify runs no bulk query like " + compact);
    }
}
