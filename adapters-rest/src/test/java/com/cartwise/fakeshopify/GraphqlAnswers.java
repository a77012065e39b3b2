package com.cartwise.fakeshopify;

import io.micronaut.json.tree.JsonNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.nio.charset.StandardCharsets;

/**
 * The answers of the fake's GraphQL endpoint, by operation name, and what each costs. The costs
 * follow Shopify's rule of thumb (an object 1, a connection 2 + first × its node), so that a page
 * size that would exceed Shopify's single-query limit of 1,000 points is refused here too.
 */
final class GraphqlAnswers {
    static final int MAX_QUERY_COST = 1000;

    private final FakeShopify fake;
    private final FakeShop shop;
    private final JsonNode variables;

    GraphqlAnswers(FakeShopify fake, FakeShop shop, JsonNode variables) {
        this.fake = fake;
        this.shop = shop;
        this.variables = variables;
    }

    int cost(String operation) {
        int first = integer("first", 0);
        return switch (operation) {
            case "ProductsUpdatedSince" -> 2 + first * (3 + 2 + first * 4);
            case "ProductVariantsPage" -> 3 + first * 4;
            case "OrdersUpdatedSince" -> 2 + first * (8 + 2 + first * 6);
            case "OrderLineItemsPage" -> 3 + first * 6;
            case "RunBulkQuery", "CancelBulkOperation", "SubscribeWebhook" -> 10;
            case "SyncTotals", "ShopDetails" -> 3;
            default -> 1;
        };
    }

    Map<String, Object> data(String operation) {
        return switch (operation) {
            case "ShopDetails" -> Map.of("shop", Map.of("name", shop.name, "currencyCode", shop.currency, "myshopifyDomain", shop.domain),
                    "currentAppInstallation", Map.of("accessScopes", fake.scopesOf(shop).stream().map(s -> Map.of("handle", s)).toList()));
            case "SyncTotals" -> Map.of(
                    "productsCount", Map.of("count", shop.products.stream().filter(p -> Filters.keeps(text("productsQuery"), p.createdAt,
                            p.updatedAt)).count()),
                    "productVariantsCount", Map.of("count", shop.products.stream().mapToLong(p -> p.variants.size()).sum()),
                    "ordersCount", Map.of("count", shop.orders.stream().filter(o -> Filters.keeps(text("ordersQuery"), o.createdAt,
                            o.updatedAt)).count()));
            case "RunBulkQuery" -> Map.of("bulkOperationRunQuery", fake.startBulk(shop, text("query")));
            case "BulkOperationStatus" -> Map.of("node", fake.bulkStatus(text("id")));
            case "CurrentBulkOperation" -> {
                Map<String, Object> current = new LinkedHashMap<>();
                current.put("currentBulkOperation", fake.currentBulk(shop));
                yield current;
            }
            case "CancelBulkOperation" -> Map.of("bulkOperationCancel", fake.cancelBulk(text("id")));
            case "ProductsUpdatedSince" -> Map.of("products", page(shop.products.stream()
                    .filter(p -> Filters.keeps(text("query"), p.createdAt, p.updatedAt)).toList(), p -> {
                        Map<String, Object> node = GraphqlShapes.product(p);
                        node.put("variants", page(p.variants, 0, integer("first", 10), v -> GraphqlShapes.variant(shop, v)));
                        return node;
                    }));
            case "ProductVariantsPage" -> Map.of("product", Map.of("variants", page(product(text("id")).variants,
                    v -> GraphqlShapes.variant(shop, v))));
            case "OrdersUpdatedSince" -> Map.of("orders", page(shop.orders.stream()
                    .filter(o -> Filters.keeps(text("query"), o.createdAt, o.updatedAt)).toList(), o -> {
                        Map<String, Object> node = GraphqlShapes.order(shop, o);
                        node.put("lineItems", page(o.lines, 0, integer("first", 10), GraphqlShapes::line));
                        return node;
                    }));
            case "OrderLineItemsPage" -> Map.of("order", Map.of("lineItems", page(order(text("id")).lines, GraphqlShapes::line)));
            case "LocationName" -> {
                Map<String, Object> location = new LinkedHashMap<>();
                location.put("location", shop.locations.stream().filter(l -> GraphqlShapes.gid("Location", l.id()).equals(text("id")))
                        .findFirst().map(l -> (Object) Map.of("name", l.name())).orElse(null));
                yield location;
            }
            case "SubscribeWebhook" -> Map.of("webhookSubscriptionCreate", fake.subscribe(shop, text("topic"), text("callbackUrl")));
            default -> throw new IllegalArgumentException("the fake Shopify does not answer " + operation);
        };
    }

    private <T> Map<String, Object> page(List<T> all, Function<T, Map<String, Object>> node) {
        int from = text("after") == null ? 0 : Integer.parseInt(new String(Base64.getDecoder().decode(text("after")), StandardCharsets.UTF_8));
        return page(all, from, integer("first", 10), node);
    }

    private static <T> Map<String, Object> page(List<T> all, int from, int first, Function<T, Map<String, Object>> node) {
        int to = Math.min(all.size(), from + first);
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (int i = from; i < to; i++) {
            nodes.add(node.apply(all.get(i)));
        }
        Map<String, Object> pageInfo = new LinkedHashMap<>();
        pageInfo.put("hasNextPage", to < all.size());
        pageInfo.put("endCursor", to == from ? null : Base64.getEncoder().encodeToString(String.valueOf(to).getBytes(StandardCharsets.UTF_8)));
        return Map.of("pageInfo", pageInfo, "nodes", nodes);
    }

    private FakeShop.Product product(String gid) {
        return shop.products.stream().filter(p -> GraphqlShapes.gid("Product", p.id).equals(gid)).findFirst().orElseThrow();
    }

    private FakeShop.Order order(String gid) {
        return shop.orders.stream().filter(o -> GraphqlShapes.gid("Order", o.id).equals(gid)).findFirst().orElseThrow();
    }

    private String text(String name) {
        JsonNode value = variables == null ? null : variables.get(name);
        return value == null || value.isNull() ? null : value.coerceStringValue();
    }

    private int integer(String name, int otherwise) {
        JsonNode value = variables == null ? null : variables.get(name);
        return value == null || value.isNull() ? otherwise : value.getIntValue();
    }
}
