package com.cartwise.shopify;

import com.cartwise.application.shopify.ShopifyAccess;
import com.cartwise.application.shopify.ShopifyFailure;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Queries to a shop's GraphQL Admin API. Throttled answers (HTTP 200 with a THROTTLED error) are
 * waited out by the throttle status and sent again, and the next request waits for room in the
 * bucket first; any other GraphQL error refuses the request with Shopify's own messages.
 */
final class Graphql {
    private static final int MAX_ERROR_TEXT = 500;

    private final ShopifyHttp http;
    private final JsonMapper json;
    private final ShopifySettings settings;
    private final Map<String, RateLimit> limits = new ConcurrentHashMap<>();

    Graphql(ShopifyHttp http, JsonMapper json, ShopifySettings settings) {
        this.http = http;
        this.json = json;
        this.settings = settings;
    }

    /** The answer's {@code data}; {@code waiting} runs at least every second while a limit is waited out. */
    JsonNode data(ShopifyAccess access, String query, Map<String, JsonNode> variables, Runnable waiting) {
        RateLimit limit = limits.computeIfAbsent(access.domain().value(), shop -> new RateLimit());
        byte[] body = body(query, variables);
        while (true) {
            Duration room = limit.waitForRoom();
            if (!room.isZero()) {
                Pause.of(room, waiting);
            }
            JsonNode answer = parse(http.post(settings.graphql(access.domain().value()), Optional.of(access.token().value()),
                    "application/json", body, waiting));
            limit.observe(answer);
            List<JsonNode> errors = Json.list(answer, "errors");
            if (errors.stream().anyMatch(e -> "THROTTLED".equals(Json.textOr(e, "", "extensions", "code")))) {
                Pause.of(limit.waitAfterThrottle(), waiting);
                continue;
            }
            if (!errors.isEmpty()) {
                throw refused(errors);
            }
            return Json.at(answer, "data").orElseThrow(() -> new ShopifyFailure(ShopifyFailure.Kind.REFUSED,
                    "Shopify answered a GraphQL query without data"));
        }
    }

    private static ShopifyFailure refused(List<JsonNode> errors) {
        String codes = errors.stream().map(e -> Json.textOr(e, "", "extensions", "code")).filter(c -> !c.isEmpty()).distinct()
                .collect(Collectors.joining(", "));
        String messages = errors.stream().map(e -> Json.textOr(e, "(no message)", "message")).collect(Collectors.joining("; "));
        String text = "Shopify refused a query" + (codes.isEmpty() ? "" : " (" + codes + ")") + ": " + messages;
        if (codes.contains("ACCESS_DENIED")) {
            text += ". The token lacks an access scope the sync needs (see docs/SHOPIFY.md)";
        }
        return new ShopifyFailure(ShopifyFailure.Kind.REFUSED, text.length() > MAX_ERROR_TEXT ? text.substring(0, MAX_ERROR_TEXT) + "…" : text);
    }

    private byte[] body(String query, Map<String, JsonNode> variables) {
        Map<String, JsonNode> request = new LinkedHashMap<>();
        request.put("query", JsonNode.createStringNode(query));
        request.put("variables", JsonNode.createObjectNode(variables));
        try {
            return json.writeValueAsBytes(JsonNode.createObjectNode(request));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a GraphQL request", e);
        }
    }

    private JsonNode parse(byte[] answer) {
        try {
            return json.readValue(answer, JsonNode.class);
        } catch (IOException e) {
            throw new ShopifyFailure(ShopifyFailure.Kind.UNAVAILABLE, "Shopify's answer was not JSON");
        }
    }
}
