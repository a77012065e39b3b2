package com.cartwise.bootstrap.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.bootstrap.TestServers;
import com.cartwise.bootstrap.ThreeVariantShop;
import com.cartwise.bootstrap.server.CartwiseServer;
import com.cartwise.bootstrap.tenancy.GuardedRoute;
import com.cartwise.bootstrap.tenancy.Requests;
import com.cartwise.domain.shop.ShopId;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lists paginate: every GET route of the router whose JSON answer holds an array is either paged
 * (limit + cursor, {@code next_cursor} in the answer, a 400 naming {@code limit} or {@code cursor}
 * for a bad one, and pages of one that add up to the whole list in the same order) or named below
 * with the reason it needs no pages. A new list is found as soon as the router knows it.
 */
class PaginationTest {
    private static final String SHOP = "paged-shop";
    /** Lists that need no pages, and why. */
    private static final Map<String, String> BOUNDED = Map.of(
            "GET /api/v1/admin/flags", "the flag catalogue: one entry per flag the code defines",
            "GET /api/v1/admin/shops/{shopId}/flags", "the flag catalogue as it applies to one shop",
            "GET /api/v1/shops/{shopId}/analytics/acceptance", "a top-N report: limit (at most 1,000) bounds it, ranks move on every call",
            "GET /api/v1/shops/{shopId}/analytics/top-pairs", "a top-N report: limit (at most 1,000) bounds it, ranks move on every call",
            "GET /api/v1/shops/{shopId}/analytics/top-bundles", "a top-N report: limit (at most 1,000) bounds it, ranks move on every call",
            "GET /api/v1/shops/{shopId}/analytics/series", "a row per day or week of the period, which is at most 731 days",
            "GET /api/v1/shops/{shopId}/analytics/revenue", "one row",
            "GET /api/v1/shops/{shopId}/analytics/holdout", "a row per arm of the holdout: three at most",
            "GET /api/v1/shops/{shopId}/active-bundles/export", "the storefront's document of every active bundle, one download by design");

    @TempDir
    static Path dataDirectory;
    private static CartwiseServer server;
    private static JsonMapper json;

    @BeforeAll
    static void start() throws Exception {
        server = TestServers.embedded(dataDirectory);
        json = server.context().getBean(JsonMapper.class);
        ThreeVariantShop.seed(server, ShopId.of(SHOP));
        // Two of each list the shop can have without a bundle generation: jobs, models, keys, flag changes.
        for (int i = 0; i < 2; i++) {
            assertEquals(201, call("POST", "/api/v1/shops/" + SHOP + "/models?wait=true", "{}").statusCode());
            assertEquals(201, call("POST", "/api/v1/admin/shops/" + SHOP + "/api-keys", "{}").statusCode());
            assertEquals(200, call("PUT", "/api/v1/admin/shops/" + SHOP + "/flags/kill_switch", "{\"value\":" + (i == 0) + "}").statusCode());
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyListTheRouterKnowsIsPagedOrNamedAsBounded() throws Exception {
        List<String> lists = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (GuardedRoute route : GuardedRoute.guarded(server)) {
            String name = route.toString();
            if (!route.method().equals("GET") || BOUNDED.containsKey(name)) {
                continue;
            }
            String path = route.path(SHOP);
            Optional<String> items = arrayMember(call("GET", path, null));
            if (items.isEmpty()) {
                continue;
            }
            lists.add(name);
            wrong.addAll(pagingFaults(name, path, items.get()));
        }
        assertTrue(lists.size() >= 5, "the paged lists were found: " + lists);
        assertEquals(List.of(), wrong);
    }

    private static List<String> pagingFaults(String name, String path, String items) throws Exception {
        List<String> wrong = new ArrayList<>();
        JsonNode whole = json(call("GET", path, null));
        if (whole.get("next_cursor") == null) {
            wrong.add(name + " answers no next_cursor");
            return wrong;
        }
        for (String bad : List.of("limit=0", "limit=100000", "limit=ten", "cursor=not-a-cursor", "cursor=" + "x".repeat(40))) {
            HttpResponse<String> answer = call("GET", path + "?" + bad, null);
            String field = bad.substring(0, bad.indexOf('='));
            if (answer.statusCode() != 400 || !answer.body().contains("\"field\":\"" + field + "\"")) {
                wrong.add(name + "?" + bad + " -> " + answer.statusCode() + " " + answer.body());
            }
        }
        // Pages of one, followed by their cursors, hold the first page's items in its order.
        List<String> walked = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 50; page++) {
            JsonNode answer = json(call("GET", path + "?limit=1" + (cursor == null ? "" : "&cursor=" + cursor), null));
            answer.get(items).values().forEach(item -> walked.add(item.toString()));
            JsonNode next = answer.get("next_cursor");
            if (next == null || next.isNull()) {
                break;
            }
            cursor = next.getStringValue();
        }
        List<String> firstPage = new ArrayList<>();
        whole.get(items).values().forEach(item -> firstPage.add(item.toString()));
        if (!walked.equals(firstPage)) {
            wrong.add(name + ": pages of one hold " + walked + ", the whole list " + firstPage);
        }
        return wrong;
    }

    /** The name of the answer's array member, when the answer is a JSON object holding one. */
    private static Optional<String> arrayMember(HttpResponse<String> answer) throws IOException {
        if (answer.statusCode() != 200 || !answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            return Optional.empty();
        }
        JsonNode body = json(answer);
        if (!body.isObject()) {
            return Optional.empty();
        }
        for (Map.Entry<String, JsonNode> member : body.entries()) {
            if (member.getValue().isArray()) {
                return Optional.of(member.getKey());
            }
        }
        return Optional.empty();
    }

    private static JsonNode json(HttpResponse<String> answer) throws IOException {
        return json.readValue(answer.body(), JsonNode.class);
    }

    private static HttpResponse<String> call(String method, String path, String body) throws IOException, InterruptedException {
        return Requests.send(server.httpPort(), TestServers.OPERATOR_KEY, method, path, body == null ? null : "application/json", body,
                Map.of());
    }
}
