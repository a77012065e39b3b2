package com.cartwise.shopify;

import com.cartwise.application.port.ShopifyAdmin;
import com.cartwise.application.shopify.ShopifyAccess;
import com.cartwise.domain.catalog.Product;
import com.cartwise.domain.imports.SourceRow;
import com.cartwise.domain.imports.VariantRow;
import io.micronaut.json.tree.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Incremental reads: what changed since a cursor, by updated_at, a page at a time (cursor-based
 * pagination, as Shopify's connections page). A product's variants or an order's lines beyond the
 * first page of them are read by follow-up pages of that one object.
 */
final class Pages {
    private final Graphql graphql;
    private final int pageSize;

    Pages(Graphql graphql, int pageSize) {
        this.graphql = graphql;
        this.pageSize = pageSize;
    }

    void products(ShopifyAccess access, String search, int file, ShopifyAdmin.Feed feed) {
        Counter counter = new Counter(file);
        each(access, Queries.PRODUCTS_PAGE, "products", search, feed, counter, node -> {
            Placed product = counter.place(node);
            GroupedLines.readOrRefuse(product, feed, () -> {
                Product p = CatalogueNodes.product(node);
                for (JsonNode variant : nested(access, node, "variants", Queries.MORE_VARIANTS, "product", feed)) {
                    Placed placed = counter.place(variant);
                    GroupedLines.readOrRefuse(placed, feed,
                            () -> feed.record(new VariantRow(placed.source(), CatalogueNodes.variant(p, variant))));
                }
            });
        });
    }

    void orders(ShopifyAccess access, String search, int file, ShopifyAdmin.Feed feed) {
        Counter counter = new Counter(file);
        each(access, Queries.ORDERS_PAGE, "orders", search, feed, counter, node -> {
            Placed order = counter.place(node);
            GroupedLines.readOrRefuse(order, feed, () -> {
                List<Placed> lines = new ArrayList<>();
                for (JsonNode line : nested(access, node, "lineItems", Queries.MORE_LINES, "order", feed)) {
                    lines.add(counter.place(line));
                }
                feed.record(OrderNodes.order(node, order.source(), lines));
            });
        });
    }

    @FunctionalInterface
    private interface NodeReader {
        void read(JsonNode node);
    }

    private void each(ShopifyAccess access, String query, String connection, String search, ShopifyAdmin.Feed feed, Counter counter,
                      NodeReader reader) {
        Optional<String> after = Optional.empty();
        long objects = 0;
        do {
            Map<String, JsonNode> variables = variables(after);
            variables.put("query", JsonNode.createStringNode(search));
            long seen = objects;
            JsonNode page = Json.at(graphql.data(access, query, variables,
                    () -> feed.progress(ShopifyAdmin.Feed.Step.THROTTLED, seen)), connection).orElseThrow();
            for (JsonNode node : Json.list(page, "nodes")) {
                reader.read(node);
                objects++;
            }
            feed.progress(ShopifyAdmin.Feed.Step.READING, objects);
            after = next(page);
        } while (after.isPresent());
    }

    /** The object's nested list, with every follow-up page of it. */
    private List<JsonNode> nested(ShopifyAccess access, JsonNode node, String list, String morePages, String owner,
                                  ShopifyAdmin.Feed feed) {
        List<JsonNode> all = new ArrayList<>(Json.list(node, list, "nodes"));
        Optional<String> after = Json.at(node, list).flatMap(Pages::next);
        while (after.isPresent()) {
            Map<String, JsonNode> variables = variables(after);
            variables.put("id", JsonNode.createStringNode(Json.textOr(node, "", "id")));
            JsonNode page = Json.at(graphql.data(access, morePages, variables,
                    () -> feed.progress(ShopifyAdmin.Feed.Step.THROTTLED, 0)), owner, list).orElseThrow();
            all.addAll(Json.list(page, "nodes"));
            after = next(page);
        }
        return all;
    }

    private Map<String, JsonNode> variables(Optional<String> after) {
        Map<String, JsonNode> variables = new LinkedHashMap<>();
        variables.put("first", JsonNode.createNumberNode(pageSize));
        variables.put("after", after.map(JsonNode::createStringNode).orElse(JsonNode.nullNode()));
        return variables;
    }

    private static Optional<String> next(JsonNode connection) {
        boolean more = Json.bool(connection, "pageInfo", "hasNextPage").orElse(false);
        return more ? Json.text(connection, "pageInfo", "endCursor") : Optional.empty();
    }

    /** Numbers the objects of a paginated read, as lines number a bulk result's. */
    private static final class Counter {
        private final int file;
        private long line;

        Counter(int file) {
            this.file = file;
        }

        Placed place(JsonNode node) {
            return new Placed(node, new SourceRow(file, ++line));
        }
    }
}
