package com.cartwise.bootstrap.flags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.bootstrap.TestServers;
import com.cartwise.bootstrap.ThreeVariantShop;
import com.cartwise.bootstrap.bundles.DemoExports;
import com.cartwise.bootstrap.robustness.RestCalls;
import com.cartwise.bootstrap.server.CartwiseServer;
import com.cartwise.rest.client.CartwiseRestClient;
import com.cartwise.proto.v1.CartItem;
import com.cartwise.proto.v1.RecommendForCartRequest;
import com.cartwise.proto.v1.RecommendForCartResponse;
import com.cartwise.proto.v1.RecommendationServiceGrpc;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * What the flags' end-to-end tests share: replicas of one database that read the flags every
 * 200 ms, the demo shop imported and trained through one of them, and waiting for the other to
 * follow.
 */
final class ReplicasOfADemoShop {
    static final Duration PATIENCE = Duration.ofSeconds(20);
    /** A variant of the demo shop bought with others often enough to have co-purchase answers. */
    static final String SKI = "SKI-005-156CM";

    private ReplicasOfADemoShop() {
    }

    /** Replicas share the upload directory (docs/SCALING.md): either one's worker may claim an import the other received. */
    static CartwiseServer replica(EmbeddedPostgres database, Path temp, Path directory, Map<String, Object> more) {
        Map<String, Object> settings = new HashMap<>(more);
        settings.put("cartwise.imports.upload-directory", temp.resolve("uploads").toString());
        settings.put("cartwise.copy.openai.api-key", "");
        settings.put("cartwise.flags.refresh", "200ms");
        return ThreeVariantShop.replica(database, directory.resolve("data"), settings);
    }

    static void givenATrainedDemoShop(RestCalls rest, String shop, Path exports) throws IOException {
        Files.createDirectories(exports);
        rest.createShop(shop);
        CartwiseRestClient client = new CartwiseRestClient(URI.create(rest.base()), Duration.ofSeconds(5), Duration.ofSeconds(60),
                TestServers.OPERATOR_KEY);
        DemoExports.importInto(client, shop, DemoExports.write(exports));
        HttpResponse<String> trained = rest.post("/api/v1/shops/" + shop + "/models?wait=true", "{}");
        assertEquals(201, trained.statusCode(), trained.body());
    }

    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "not within " + PATIENCE + ": " + what);
            Thread.sleep(100);
        }
    }

    /** The REST twin's answer to a cart of the demo shop's 156 cm ski; without a session when {@code session} is null. */
    static JsonNode recommendSki(RestCalls rest, String shop, String session) {
        HttpResponse<String> answer = rest.post("/api/v1/shops/" + shop + "/recommendations", "{\"items\":[{\"sku\":\"" + SKI
                + "\"}],\"limit\":3" + (session == null ? "" : ",\"session_id\":\"" + session + "\"") + "}");
        assertEquals(200, answer.statusCode(), answer.body());
        return json(answer.body());
    }

    /** RecommendForCart of the same cart over gRPC; without a session when {@code session} is null. */
    static RecommendForCartResponse askSki(RecommendationServiceGrpc.RecommendationServiceBlockingStub till, String shop, String session) {
        RecommendForCartRequest.Builder request = RecommendForCartRequest.newBuilder().setShopId(shop)
                .addItems(CartItem.newBuilder().setSku(SKI).setQuantity(1)).setLimit(3);
        if (session != null) {
            request.setSessionId(session);
        }
        return till.withDeadlineAfter(10, TimeUnit.SECONDS).recommendForCart(request.build());
    }

    /** Sets a shop's flag through the admin API, as the operator "e2e-ops". */
    static void setFlag(RestCalls admin, String shop, String name, String jsonValue) {
        HttpResponse<String> set = admin.put("/api/v1/admin/shops/" + shop + "/flags/" + name, "{\"value\": " + jsonValue + "}", "e2e-ops");
        assertEquals(200, set.statusCode(), set.body());
    }

    static String text(JsonNode node, String member) {
        JsonNode value = node.get(member);
        return value == null ? null : value.getStringValue();
    }

    static JsonNode json(String text) {
        try {
            return JsonMapper.createDefault().readValue(text, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }
}
