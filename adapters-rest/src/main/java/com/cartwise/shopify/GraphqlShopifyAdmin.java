package com.cartwise.shopify;

import com.cartwise.application.port.ShopifyAdmin;
import com.cartwise.application.shopify.ShopifyAccess;
import com.cartwise.application.shopify.ShopifyFailure;
import com.cartwise.domain.catalog.Product;
import com.cartwise.domain.imports.VariantRow;
import com.cartwise.domain.shopify.WebhookTopic;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link ShopifyAdmin} on the GraphQL Admin API at the pinned version: bulk operations for a
 * historical sync, paginated queries by updated_at for an incremental one.
 */
public final class GraphqlShopifyAdmin implements ShopifyAdmin {
    private final Graphql graphql;
    private final BulkOperations bulk;
    private final GroupedLines lines;
    private final Pages pages;

    public GraphqlShopifyAdmin(HttpClient client, JsonMapper json, ShopifySettings settings) {
        ShopifyHttp http = new ShopifyHttp(client, settings);
        this.graphql = new Graphql(http, json, settings);
        this.bulk = new BulkOperations(graphql, http, settings);
        this.lines = new GroupedLines(json);
        this.pages = new Pages(graphql, settings.pageSize());
    }

    @Override
    public ShopDetails shop(ShopifyAccess access) {
        JsonNode data = graphql.data(access, Queries.SHOP, Map.of(), () -> { });
        Set<String> scopes = Json.list(data, "currentAppInstallation", "accessScopes").stream()
                .map(s -> Json.textOr(s, "", "handle")).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        return new ShopDetails(Json.textOr(data, "", "shop", "name"), Json.textOr(data, "", "shop", "currencyCode"), scopes);
    }

    @Override
    public Totals count(ShopifyAccess access, Window window) {
        Map<String, JsonNode> variables = new LinkedHashMap<>();
        variables.put("productsQuery", search(updatedSince(window), Optional.empty()));
        variables.put("ordersQuery", search(updatedSince(window), window.ordersCreatedSince()));
        JsonNode data = graphql.data(access, Queries.COUNTS, variables, () -> { });
        return new Totals(Json.number(data, "productsCount", "count").orElse(0L),
                Json.number(data, "productVariantsCount", "count").orElse(0L), Json.number(data, "ordersCount", "count").orElse(0L));
    }

    @Override
    public void readCatalogue(ShopifyAccess access, Window window, int file, Feed feed) {
        switch (window) {
            case Window.Everything everything -> bulk.run(access, Queries.bulkProducts(), feed,
                    in -> lines.read(in, file, feed, (product, variants, f) -> {
                        Product p = CatalogueNodes.product(product.node());
                        for (Placed variant : variants) {
                            GroupedLines.readOrRefuse(variant, f,
                                    () -> f.record(new VariantRow(variant.source(), CatalogueNodes.variant(p, variant.node()))));
                        }
                    }));
            case Window.UpdatedSince since -> pages.products(access, text(search(Optional.of(since.since()), Optional.empty())),
                    file, feed);
        }
    }

    @Override
    public void readStock(ShopifyAccess access, int file, Feed feed) {
        bulk.run(access, Queries.bulkStock(), feed, in -> lines.read(in, file, feed, (item, levels, f) -> {
            for (Placed level : levels) {
                GroupedLines.readOrRefuse(level, f, () -> f.record(StockNodes.level(item.node(), level.node(), level.source())));
            }
        }));
    }

    @Override
    public void readOrders(ShopifyAccess access, Window window, int file, Feed feed) {
        switch (window) {
            case Window.Everything everything -> bulk.run(access,
                    Queries.bulkOrders(text(search(Optional.empty(), window.ordersCreatedSince()))), feed,
                    in -> lines.read(in, file, feed, (order, orderLines, f) ->
                            f.record(OrderNodes.order(order.node(), order.source(), orderLines))));
            case Window.UpdatedSince since -> pages.orders(access, text(search(Optional.of(since.since()), window.ordersCreatedSince())),
                    file, feed);
        }
    }

    @Override
    public Optional<String> locationName(ShopifyAccess access, long locationId) {
        JsonNode data = graphql.data(access, Queries.LOCATION,
                Map.of("id", JsonNode.createStringNode(ShopifyIds.gid("Location", locationId))), () -> { });
        return Json.text(data, "location", "name");
    }

    @Override
    public Set<WebhookTopic> subscribe(ShopifyAccess access, URI callback, Collection<WebhookTopic> topics) {
        Set<WebhookTopic> subscribed = new LinkedHashSet<>();
        for (WebhookTopic topic : topics) {
            JsonNode payload = Json.at(graphql.data(access, Queries.SUBSCRIBE, Map.of("topic", JsonNode.createStringNode(topic.graphqlName()),
                    "callbackUrl", JsonNode.createStringNode(callback.toString())), () -> { }), "webhookSubscriptionCreate")
                    .orElseThrow(() -> new ShopifyFailure(ShopifyFailure.Kind.REFUSED, "Shopify did not answer a webhook subscription"));
            List<String> errors = Json.list(payload, "userErrors").stream().map(e -> Json.textOr(e, "", "message")).toList();
            // Shopify refuses a second subscription of one topic to one address: it is subscribed already.
            if (!errors.isEmpty() && errors.stream().noneMatch(m -> m.contains("already been taken"))) {
                throw new ShopifyFailure(ShopifyFailure.Kind.REFUSED, "Shopify refused the " + topic.header() + " subscription: " + errors);
            }
            subscribed.add(topic);
        }
        return subscribed;
    }

    private static Optional<Instant> updatedSince(Window window) {
        return window instanceof Window.UpdatedSince since ? Optional.of(since.since()) : Optional.empty();
    }

    /** Shopify's search syntax for the window: updated_at and created_at bounds, both inclusive. */
    private static JsonNode search(Optional<Instant> updatedSince, Optional<Instant> createdSince) {
        String text = text(updatedSince, createdSince);
        return text.isEmpty() ? JsonNode.nullNode() : JsonNode.createStringNode(text);
    }

    private static String text(Optional<Instant> updatedSince, Optional<Instant> createdSince) {
        StringBuilder s = new StringBuilder();
        updatedSince.ifPresent(at -> s.append("updated_at:>='").append(at).append('\''));
        createdSince.ifPresent(at -> s.append(s.isEmpty() ? "" : " AND ").append("created_at:>='").append(at).append('\''));
        return s.toString();
    }

    private static String text(JsonNode search) {
        return search.isNull() ? "" : search.getStringValue();
    }
}
